import { idKey } from '../model/ids.ts';
import type { StoryView, ViewData } from '../model/view-data.ts';
import { isSamePlainData } from '../projection/plain-data.ts';
import { matchStories } from './diff-projections.ts';

/** One commit's content as one view sees it. */
export interface ViewRevision {
  /** Committer date, ISO 8601. */
  date: string;
  /** The content projected for the view as defined today (src/diff/project-for-comparison.ts). */
  data: ViewData;
  /** The view's own definition at that commit (its title, level…); undefined before it existed. */
  definition?: object;
}

/**
 * The part of the history one view's dates and changes are read from: what it showed after each of
 * the last commits that changed what it shows, newest first. A commit that changed only what the
 * view does not show is not in it, and does not push older changes out of it.
 */
export interface ViewWindow {
  /**
   * One revision per state the view's site was in, newest first, each dated by the oldest commit
   * that showed it (the commit that made that change); consecutive revisions always differ.
   */
  revisions: ViewRevision[];
  /** What the oldest revision shows may be older than its date: older history was left unread. */
  cutShort: boolean;
  /** Cut short by the most commits a build reads, before the view had its number of changes. */
  capped: boolean;
}

/**
 * Gathers one view's window from the revisions of the content, fed newest first (those that did
 * not load left out): it keeps the newest `depth` changes of what the view shows and the revision
 * each was measured against, skipping over commits that change nothing it shows, however many.
 * `add` returns false once the window is complete (an older change was seen): feed no more.
 * `close` tells whether the revisions stopped short of the content's first commit (the cap).
 */
export function gatherViewWindow(depth: number) {
  const revisions: ViewRevision[] = [];
  let complete = false;
  return {
    add(revision: ViewRevision): boolean {
      if (complete) return false;
      const last = revisions.at(-1);
      if (last && showsTheSame(last, revision)) {
        // The same site one commit earlier: that state dates from this commit, or before.
        revisions[revisions.length - 1] = { ...last, date: revision.date };
        return true;
      }
      if (revisions.length > depth) {
        complete = true;
        return false;
      }
      revisions.push(last ? { ...revision, data: shareWith(revision.data, last.data) } : revision);
      return true;
    },
    close(stoppedShort: boolean): ViewWindow {
      return { revisions: [...revisions], cutShort: complete || stoppedShort, capped: !complete && stoppedShort };
    },
  };
}

/** A view's window from all its revisions at once, newest first, as `gatherViewWindow` gathers it. */
export function readViewWindow(revisions: Iterable<ViewRevision>, depth: number, stoppedShort = false): ViewWindow {
  const window = gatherViewWindow(depth);
  for (const revision of revisions) if (!window.add(revision)) break;
  return window.close(stoppedShort);
}

/** The dates git gives one view's site. */
export interface ViewDates {
  /** Day (YYYY-MM-DD) of the last commit that changed what the view shows; undefined when unknown. */
  lastChange?: string;
  /** Day each story was first shown, by the id key (src/loading/entry-id.ts) of its newest id. */
  created: Map<string, string>;
  /** Day each story last changed as shown, by the same key. */
  updated: Map<string, string>;
}

/**
 * When the view's site last changed, and when each story it shows was first shown and last changed
 * as shown, from the view's projections of consecutive commits, newest first (its window): a commit
 * that changed only what the view does not show moves no date. When the history is `cutShort`
 * (older commits were not read), what the oldest revision shows may be older than it: a date
 * resting on it is unknown, and left out rather than guessed.
 */
export function readViewDates(revisions: readonly ViewRevision[], cutShort: boolean): ViewDates {
  const dates: ViewDates = { created: new Map(), updated: new Map() };
  if (revisions.length === 0) return dates;
  const dayOf = (index: number) => revisions[index].date.slice(0, 10);
  // Each story of the newest revision → its key in the revision being read, renames followed back.
  const keyAt = new Map(revisions[0].data.stories.map((story) => [idKey(story.id), idKey(story.id)]));
  // Each story → the oldest revision read that shows it.
  const firstShown = new Map([...keyAt.keys()].map((story) => [story, 0]));
  for (let index = 0; index + 1 < revisions.length; index++) {
    const [newer, older] = [revisions[index], revisions[index + 1]];
    if (dates.lastChange === undefined && !showsTheSame(newer, older)) dates.lastChange = dayOf(index);
    const [newerByKey, olderByKey] = [byKey(newer.data.stories), byKey(older.data.stories)];
    const earlierOf = new Map(
      matchStories(older.data.stories, newer.data.stories).pairs.map(([before, after]) => [idKey(after.id), before]),
    );
    for (const [story, key] of keyAt) {
      const shown = newerByKey.get(key);
      // Hidden in the newer revision, it may still have been shown before.
      const before = shown ? earlierOf.get(key) : olderByKey.get(key);
      if (shown && !dates.updated.has(story) && !(before && isSameStory(before, shown))) dates.updated.set(story, dayOf(index));
      if (before) {
        keyAt.set(story, idKey(before.id));
        firstShown.set(story, index + 1);
      }
    }
  }
  const oldest = revisions.length - 1;
  // A complete history starts with the content's first commit: what it shows dates from it.
  if (!cutShort) {
    dates.lastChange ??= dayOf(oldest);
    for (const story of keyAt.keys()) if (!dates.updated.has(story)) dates.updated.set(story, dayOf(oldest));
  }
  for (const [story, index] of firstShown) if (index < oldest || !cutShort) dates.created.set(story, dayOf(index));
  return dates;
}

/**
 * `value` with each part that equals the same part of `kept` (items of a list matched by id) replaced
 * by it: a window keeps fifty projections of the whole backlog, which differ in a few stories.
 */
function shareWith<T>(value: T, kept: unknown): T {
  if (isSamePlainData(value, kept)) return kept as T;
  if (Array.isArray(value) && Array.isArray(kept)) {
    const keptById = new Map(kept.filter(hasId).map((item) => [item.id, item]));
    return value.map((item: unknown, index) =>
      shareWith(item, hasId(item) && keptById.has(item.id) ? keptById.get(item.id) : kept[index]),
    ) as T;
  }
  if (isRecord(value) && isRecord(kept))
    return Object.fromEntries(Object.entries(value).map(([key, part]) => [key, shareWith(part, kept[key])])) as T;
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasId(value: unknown): value is { id: unknown } {
  return isRecord(value) && 'id' in value;
}

/** Whether a commit left the view's site as it was: the same definition, the same projection. */
function showsTheSame(newer: ViewRevision, older: ViewRevision): boolean {
  return isSamePlainData(newer.definition, older.definition) && isSamePlainData(newer.data, older.data);
}

/** Whether what the view shows of a story is unchanged. Who depends on it is other stories' edit, not its own. */
function isSameStory(before: StoryView, after: StoryView): boolean {
  return isSamePlainData({ ...before, dependents: undefined }, { ...after, dependents: undefined });
}

function byKey(stories: StoryView[]): Map<string, StoryView> {
  return new Map(stories.map((story) => [idKey(story.id), story]));
}
