import type { Backlog } from '../loading/backlog.ts';
import { idKey } from '../loading/entry-id.ts';
import type { FileDates } from '../loading/git-history.ts';
import type { ChangeEntry, ViewData } from '../projection/view-data.ts';
import { diffProjections } from './diff-projections.ts';
import { dropUndefined } from './plain-data.ts';
import { projectForComparison, type ViewEntry } from './project-for-comparison.ts';

/** The content at one commit (src/history/content-history.ts); no backlog when it did not load. */
export interface Revision {
  /** Committer date, ISO 8601. */
  date: string;
  backlog?: Backlog;
  /** On the oldest revision of a history cut short: each file's dates up to that commit, by path. */
  fileDates?: Map<string, FileDates>;
}

/** What a view may know of the content's history. */
export interface ViewHistory {
  /** The changes page (SPEC §3). */
  changes: ChangeEntry[];
  /**
   * Each story's `updated` date as this view sees it: the day of the last commit that changed what
   * the view shows of it (git's date of the file would move with edits the view does not show), or
   * the date written in its file. A story missing here has no known date.
   */
  updated: Map<string, string>;
}

/**
 * The history of one view: new stories, status changes, phase moves and phase date shifts, found
 * by the same semantic diff between consecutive commits, and when each story last changed. Every
 * revision is projected with the view as defined today, and only items the view shows today are
 * named, so something hidden now never appears, even if it was visible once. Commit messages,
 * which may mention anything, are never read. Changes after the build's reference date are left
 * out of the changes page.
 */
export function readViewHistory(history: readonly Revision[], view: ViewEntry, current: ViewData, referenceDate?: string): ViewHistory {
  const readable = history.filter((revision) => revision.backlog !== undefined);
  const projected = readable.map((revision) => ({ date: revision.date, data: projectForComparison(revision.backlog!, view) }));
  const storyNow = new Map(current.stories.map((story) => [idKey(story.id), story.id]));
  const phaseNow = new Map(current.phases.map((phase) => [idKey(phase.id), phase.id]));
  const now = (map: Map<string, string>, id: string | undefined) => (id === undefined ? undefined : map.get(idKey(id)));
  // Dates written in a file are the team's word, kept as they are. Without any commit to read,
  // git gave no date either: every date there is was written.
  const dated = new Set(readable[0]?.backlog!.stories.filter((story) => story.data.updated !== undefined).map((story) => idKey(story.id)));
  const written = (id: string) => readable.length === 0 || dated.has(idKey(id));
  const updated = new Map(current.stories.filter((story) => story.updated && written(story.id)).map((story) => [story.id, story.updated!]));
  const touch = (id: string, date: string) => {
    if (!updated.has(id)) updated.set(id, date.slice(0, 10));
  };

  const entries: ChangeEntry[] = [];
  for (let index = 0; index + 1 < projected.length; index++) {
    const { date, data } = projected[index];
    const diff = diffProjections(projected[index + 1].data, data);
    for (const story of [...diff.stories.added, ...diff.stories.changed]) {
      const id = now(storyNow, story.id);
      if (id) touch(id, date);
    }
    if (referenceDate !== undefined && date.slice(0, 10) > referenceDate) continue;
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

  // Unchanged since the oldest commit read: dated by it, or by the file's dates up to it when the
  // history was cut short.
  const oldest = readable.at(-1);
  for (const story of oldest?.backlog!.stories ?? []) {
    const id = now(storyNow, story.id);
    const date = oldest!.fileDates ? oldest!.fileDates.get(story.path)?.updated : oldest!.date;
    if (id && date) touch(id, date);
  }
  return { changes: entries, updated };
}

function datesOf(phase: { start?: string; end?: string }): { start?: string; end?: string } {
  return dropUndefined({ start: phase.start, end: phase.end });
}
