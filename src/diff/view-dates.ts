import { idKey } from '../loading/entry-id.ts';
import type { StoryView, ViewData } from '../projection/view-data.ts';
import { matchStories } from './diff-projections.ts';
import { isSamePlainData } from './plain-data.ts';

/** One commit's content as one view sees it. */
export interface ViewRevision {
  /** Committer date, ISO 8601. */
  date: string;
  /** The content projected for the view as defined today (src/diff/project-for-comparison.ts). */
  data: ViewData;
  /** The view's own definition at that commit (its title, level…); undefined before it existed. */
  definition?: object;
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
 * as shown, from the view's projections of consecutive commits, newest first: a commit that changed
 * only what the view does not show moves no date. When the history is `cutShort` (older commits
 * were not read), what the oldest revision shows may be older than it: a date resting on it is
 * unknown, and left out rather than guessed.
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
    const earlierOf = new Map(matchStories(older.data.stories, newer.data.stories).pairs.map(([before, after]) => [idKey(after.id), before]));
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
