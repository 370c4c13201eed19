import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readViewHistory, readViewWindows, type ContentHistory, type Revision } from '../../../src/diff/changes-for-view.ts';
import { projectForComparison } from '../../../src/diff/project-for-comparison.ts';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { createContentRepository, type ContentRepository } from '../../helpers/git-repo.ts';

/** Revisions of the leak fixture, newest first: each step applies one more edit. */
function history(...steps: ((content: ContentRepository) => void)[]): Revision[] {
  const content = createContentRepository(join(fixturesDir, 'leaks'));
  const load = () => loadBacklog(content.content).backlog!;
  const revisions: Revision[] = [{ date: '2026-01-01T12:00:00Z', backlog: load() }];
  steps.forEach((step, index) => {
    step(content);
    revisions.unshift({ date: `2026-01-${String(index + 2).padStart(2, '0')}T12:00:00Z`, backlog: load() });
  });
  return revisions;
}

/** What one view of the newest revision knows of the history (complete unless `cutShort`). */
const historyFor = (revisions: Revision[], viewId: string, sourceDate?: string, cutShort = false) => {
  const head = revisions[0].backlog!;
  const view = head.views.find((candidate) => candidate.id === viewId)!;
  return readViewHistory(readViewWindows({ revisions, cutShort }, [view]).get(viewId)!, projectForComparison(head, view), sourceDate);
};
const changesFor = (revisions: Revision[], viewId: string, sourceDate?: string) => historyFor(revisions, viewId, sourceDate).changes;

describe('the changes a view lists', () => {
  const revisions = history(
    (content) => content.edit('stories/LK-3.md', 'status: ready', 'status: in-progress'),
    (content) => content.edit('stories/LK-1.md', 'phase: open', 'phase: secret'),
    // Hidden again: what the client once saw of LK-3 must not appear any more.
    (content) => content.edit('stories/LK-3.md', 'visibility: client', 'visibility: internal'),
  );

  test('name only what the view shows today', () => {
    expect(changesFor(revisions, 'client')).toEqual([{ date: '2026-01-03T12:00:00Z', kind: 'story-phase', story: 'LK-1', from: 'open' }]);
    expect(changesFor(revisions, 'team')).toEqual([
      { date: '2026-01-03T12:00:00Z', kind: 'story-phase', story: 'LK-1', from: 'open', to: 'secret' },
      { date: '2026-01-02T12:00:00Z', kind: 'status', story: 'LK-3', from: 'ready', to: 'in-progress' },
    ]);
  });

  test('leave out what happened after the reference date, and commits that did not load', () => {
    expect(changesFor(revisions, 'team', '2026-01-02')).toEqual([
      { date: '2026-01-02T12:00:00Z', kind: 'status', story: 'LK-3', from: 'ready', to: 'in-progress' },
    ]);
    const withBroken = [revisions[0], { date: '2026-01-03T12:00:00Z' }, ...revisions.slice(2)];
    expect(changesFor(withBroken, 'team').map((change) => change.kind)).toEqual(['story-phase', 'status']);
  });
});

describe('the dates git gives a view', () => {
  const revisions = history(
    (content) => content.edit('stories/LK-3.md', 'status: ready', 'status: in-progress'),
    (content) =>
      content.write(
        'stories/LK-7.md',
        '---\ntitle: Written for the team first\nstatus: draft\npriority: could\nvisibility: internal\n---\n',
      ),
    (content) => content.edit('stories/LK-7.md', 'visibility: internal', 'visibility: public'),
    // Only what the client and the public do not see: LK-1's internal block and feedback, a hidden story.
    (content) => {
      content.edit('stories/LK-1.md', 'CANARY_INTERNAL_BLOCK', 'CANARY_INTERNAL_BLOCK, reworded');
      content.edit('stories/LK-1.md', 'text: CANARY_HIDDEN_FEEDBACK,', 'text: CANARY_HIDDEN_FEEDBACK reworded,');
      content.edit('stories/secret/SECRETSTORY-1.md', 'status: ready', 'status: done');
    },
  );
  const datesOf = (viewId: string, story: string, of = historyFor(revisions, viewId)) => [of.created.get(story), of.updated.get(story)];

  test('the reference date is the last commit that changed what the view shows, or the source date', () => {
    expect(historyFor(revisions, 'team').referenceDate).toBe('2026-01-05');
    expect(historyFor(revisions, 'client').referenceDate).toBe('2026-01-04');
    expect(historyFor(revisions, 'public').referenceDate).toBe('2026-01-04');
    expect(historyFor(revisions, 'public', '2026-02-01').referenceDate).toBe('2026-02-01');
    // A body edit counts, not only the fields the changes page lists.
    const bodyEdited = history((content) => content.edit('stories/LK-2.md', 'Public image:', 'Public image, captioned:'));
    expect(historyFor(bodyEdited, 'public').referenceDate).toBe('2026-01-02');
  });

  test('a story is created when the view first shows it, and updated when what it shows of it last changed', () => {
    // Made public on the 4th: the team's page shows the story's level (issue 13), so that is an update there.
    expect(datesOf('team', 'LK-7')).toEqual(['2026-01-03', '2026-01-04']);
    expect(datesOf('client', 'LK-7')).toEqual(['2026-01-04', '2026-01-04']);
    expect(datesOf('team', 'LK-1')).toEqual(['2026-01-01', '2026-01-05']);
    expect(datesOf('client', 'LK-1')).toEqual(['2026-01-01', '2026-01-01']);
    expect(datesOf('client', 'LK-3')).toEqual(['2026-01-01', '2026-01-02']);
  });

  test('a history cut short leaves out the dates that rest on its oldest commit, rather than guess', () => {
    const cutShort = (viewId: string, of = revisions) => historyFor(of, viewId, undefined, true);
    expect(datesOf('client', 'LK-1', cutShort('client'))).toEqual([undefined, undefined]);
    expect(datesOf('client', 'LK-3', cutShort('client'))).toEqual([undefined, '2026-01-02']);
    expect(datesOf('client', 'LK-7', cutShort('client'))).toEqual(['2026-01-04', '2026-01-04']);
    // The last two commits only: the client's site has not changed since the older one, which is unknown.
    expect(cutShort('client', revisions.slice(0, 2)).referenceDate).toBeUndefined();
    expect(cutShort('team', revisions.slice(0, 2)).referenceDate).toBe('2026-01-05');
  });

  test('dates written in a story file are kept, even with no commit to read', () => {
    const content = createContentRepository(join(fixturesDir, 'leaks'));
    content.edit('stories/LK-2.md', 'visibility: public', 'visibility: public\ncreated: 2025-09-09\nupdated: 2025-10-10');
    const backlog = loadBacklog(content.content).backlog!;
    const view = backlog.views.find((candidate) => candidate.id === 'client')!;
    const current = projectForComparison(backlog, view);
    const read = (history: ContentHistory) => readViewHistory(readViewWindows(history, [view]).get('client')!, current);
    const noCommit: ContentHistory = { revisions: [], cutShort: false };
    expect(datesOf('client', 'LK-2', read(noCommit))).toEqual(['2025-09-09', '2025-10-10']);
    const committed: ContentHistory = { revisions: [{ date: '2026-01-05T12:00:00Z', backlog }], cutShort: false };
    expect(datesOf('client', 'LK-2', read(committed))).toEqual(['2025-09-09', '2025-10-10']);
    expect(datesOf('client', 'LK-1', read(committed))).toEqual(['2026-01-05', '2026-01-05']);
  });
});

describe('each view reads its own window on the history', () => {
  // Newest first: four commits only the team sees, on one the client sees.
  const revisions = history(
    (content) => content.edit('stories/LK-3.md', 'status: ready', 'status: in-progress'),
    ...[1, 2, 3, 4].map(
      (n) => (content: ContentRepository) =>
        content.edit('stories/secret/SECRETSTORY-1.md', 'CANARY_HIDDEN_STORY_BODY', `CANARY_HIDDEN_STORY_BODY ${n}`),
    ),
  );
  const head = revisions[0].backlog!;
  const viewsOf = (...ids: string[]) => ids.map((id) => head.views.find((view) => view.id === id)!);

  test('back through commits that change nothing it shows, to its own number of changes', () => {
    const windows = readViewWindows({ revisions, cutShort: false }, viewsOf('client', 'team'), 2);
    const days = (id: string) => windows.get(id)!.revisions.map((revision) => revision.date.slice(0, 10));
    expect(days('client')).toEqual(['2026-01-02', '2026-01-01']);
    expect(windows.get('client')).toMatchObject({ cutShort: false, capped: false });
    expect(days('team')).toEqual(['2026-01-06', '2026-01-05', '2026-01-04']);
    expect(windows.get('team')).toMatchObject({ cutShort: true, capped: false });
    const client = readViewHistory(windows.get('client')!, projectForComparison(head, viewsOf('client')[0]));
    expect(client.referenceDate).toBe('2026-01-02');
    expect([client.created.get('LK-3'), client.updated.get('LK-3')]).toEqual(['2026-01-01', '2026-01-02']);
    expect(client.changes).toEqual([{ date: '2026-01-02T12:00:00Z', kind: 'status', story: 'LK-3', from: 'ready', to: 'in-progress' }]);
  });

  test('reading the revisions once for all views, and no further than the last of them needs', () => {
    let pulled = 0;
    const counted: ContentHistory = {
      cutShort: false,
      revisions: {
        *[Symbol.iterator]() {
          for (const revision of revisions) {
            pulled++;
            yield revision;
          }
        },
      },
    };
    readViewWindows(counted, viewsOf('team', 'public'), 1);
    // The team's window is complete at the third revision; the public sees none of these commits, and reads to the first.
    expect(pulled).toBe(6);
    pulled = 0;
    readViewWindows(counted, viewsOf('team'), 1);
    expect(pulled).toBe(3);
  });

  test('a history stopped at the cap marks the windows it stopped', () => {
    const windows = readViewWindows({ revisions: revisions.slice(0, 3), cutShort: true }, viewsOf('client', 'team'), 1);
    expect(windows.get('client')).toMatchObject({ cutShort: true, capped: true });
    expect(windows.get('team')).toMatchObject({ cutShort: true, capped: false });
  });
});
