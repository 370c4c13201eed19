import type { Backlog } from '../model/backlog.ts';
import { idKey } from '../model/ids.ts';
import type { ChangeEntry, ViewData } from '../model/view-data.ts';
import { dropUndefined } from '../projection/plain-data.ts';
import { diffProjections } from './diff-projections.ts';
import { projectForComparison, type ViewEntry } from './project-for-comparison.ts';
import { gatherViewWindow, readViewDates, type ViewWindow } from './view-dates.ts';

/** The content at one commit (src/history/content-history.ts); no backlog when it did not load. */
export interface Revision {
  /** Committer date, ISO 8601. */
  date: string;
  backlog?: Backlog;
}

/** The content at the commits that touched it, newest first. */
export interface ContentHistory {
  /** May be read lazily as it is iterated (src/history/content-history.ts): iterate it once, and stop when done. */
  revisions: Iterable<Revision>;
  /**
   * The revisions stop short of the content's first commit (at the most a build reads): what the
   * oldest shows may date from before it. Known once they have all been iterated.
   */
  cutShort: boolean;
  /** The most commits it reads. */
  cap?: number;
  /** The same id, the same commits (and revisions): a window read from it can be reused. */
  id?: string;
}

/** How many changes of what it shows each view looks back over, so long histories stay fast. */
export const viewHistoryDepth = 50;

/**
 * Each view's window on the history (src/diff/view-dates.ts): the revisions are read once for all
 * the views, newest first, each projected for every view whose window is still open, and no
 * further than the oldest change the last of them needs. Every revision is projected with the view
 * as defined today.
 */
export function readViewWindows(history: ContentHistory, views: readonly ViewEntry[], depth = viewHistoryDepth): Map<string, ViewWindow> {
  const windows = new Map<string, ViewWindow>();
  const open = new Map(views.map((view) => [view, gatherViewWindow(depth)]));
  if (open.size > 0) {
    for (const { date, backlog } of history.revisions) {
      if (!backlog) continue;
      for (const [view, window] of open) {
        const definition = backlog.views.find((candidate) => candidate.id === view.id)?.data;
        if (window.add({ date, data: projectForComparison(backlog, view), definition })) continue;
        windows.set(view.id, window.close(false));
        open.delete(view);
      }
      if (open.size === 0) break;
    }
  }
  for (const [view, window] of open) windows.set(view.id, window.close(history.cutShort));
  return windows;
}

/** What a view may know of the content's history. */
export interface ViewHistory {
  /**
   * What "today" is on the site (SPEC §3): the given source date, else the day of the last commit
   * that changed what the view shows; undefined when neither is known.
   */
  referenceDate?: string;
  /** The changes page (SPEC §3). */
  changes: ChangeEntry[];
  /**
   * Each story's dates as this view sees them: the day it was first shown and the day of the last
   * commit that changed what the view shows of it (git's dates of the file would move with edits
   * the view does not show), or the dates written in its file. A story missing has no known date.
   */
  created: Map<string, string>;
  updated: Map<string, string>;
}

/**
 * The history of one view, from its window (`readViewWindows`): new stories, status changes, phase
 * moves and phase date shifts, found by the same semantic diff between consecutive revisions, and
 * the dates of the site and its stories (src/diff/view-dates.ts). Every revision is projected with
 * the view as defined today, and only items the view shows today are named, so something hidden
 * now never appears, even if it was visible once. Commit messages, which may mention anything, are
 * never read. Changes after the reference date are left out of the changes page.
 */
export function readViewHistory(window: ViewWindow, current: Pick<ViewData, 'stories' | 'phases'>, sourceDate?: string): ViewHistory {
  const projected = window.revisions;
  const dates = readViewDates(projected, window.cutShort);
  const referenceDate = sourceDate ?? dates.lastChange;
  const storyNow = new Map(current.stories.map((story) => [idKey(story.id), story.id]));
  const phaseNow = new Map(current.phases.map((phase) => [idKey(phase.id), phase.id]));
  const now = (map: Map<string, string>, id: string | undefined) => (id === undefined ? undefined : map.get(idKey(id)));
  // Dates written in a story's file are the team's word, kept as they are.
  const datesOfStories = (field: 'created' | 'updated') =>
    new Map(
      current.stories.flatMap((story) => {
        const date = story[field] ?? dates[field].get(idKey(story.id));
        return date === undefined ? [] : [[story.id, date] as const];
      }),
    );

  const entries: ChangeEntry[] = [];
  for (let index = 0; index + 1 < projected.length; index++) {
    const { date, data } = projected[index];
    if (referenceDate !== undefined && date.slice(0, 10) > referenceDate) continue;
    const diff = diffProjections(projected[index + 1].data, data);
    for (const story of diff.stories.added) {
      const id = now(storyNow, story.id);
      if (id) entries.push({ date, kind: 'story-added', story: id });
    }
    for (const story of diff.stories.changed) {
      const id = now(storyNow, story.id);
      if (!id) continue;
      for (const change of story.changes) {
        if (change.field === 'status') entries.push({ date, kind: 'status', story: id, from: change.from!, to: change.to! });
        if (change.field === 'phase') {
          const [from, to] = [now(phaseNow, change.from?.id), now(phaseNow, change.to?.id)];
          if (from !== to) entries.push(dropUndefined({ date, kind: 'story-phase' as const, story: id, from, to }));
        }
      }
    }
    for (const phase of diff.phases.changed) {
      const id = now(phaseNow, phase.id);
      if (!id || !phase.changes.some((change) => change.field === 'start' || change.field === 'end')) continue;
      const before = projected[index + 1].data.phases.find((other) => idKey(other.id) === idKey(phase.id))!;
      const after = data.phases.find((other) => idKey(other.id) === idKey(phase.id))!;
      entries.push({ date, kind: 'phase-dates', phase: id, from: datesOf(before), to: datesOf(after) });
    }
  }
  return { referenceDate, changes: entries, created: datesOfStories('created'), updated: datesOfStories('updated') };
}

function datesOf(phase: { start?: string; end?: string }): { start?: string; end?: string } {
  return dropUndefined({ start: phase.start, end: phase.end });
}
