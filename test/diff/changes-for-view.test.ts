import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readViewHistory, type Revision } from '../../src/diff/changes-for-view.ts';
import { projectForComparison } from '../../src/diff/project-for-comparison.ts';
import { loadBacklog } from '../../src/loading/load-backlog.ts';
import { fixturesDir } from '../helpers/fixture-content.ts';
import { createContentRepository, type ContentRepository } from '../helpers/git-repo.ts';

/** Revisions of the leak fixture, newest first: each step applies one more edit. */
function history(...steps: ((content: ContentRepository) => void)[]): Revision[] {
  const content = createContentRepository(join(fixturesDir, 'leaks'));
  const load = () => loadBacklog(content.content, { gitDates: false }).backlog!;
  const revisions: Revision[] = [{ date: '2026-01-01T12:00:00Z', backlog: load() }];
  steps.forEach((step, index) => {
    step(content);
    revisions.unshift({ date: `2026-01-${String(index + 2).padStart(2, '0')}T12:00:00Z`, backlog: load() });
  });
  return revisions;
}

/** What one view of the newest revision knows of the history. */
const historyFor = (revisions: Revision[], viewId: string, referenceDate?: string) => {
  const head = revisions[0].backlog!;
  const view = head.views.find((candidate) => candidate.id === viewId)!;
  return readViewHistory(revisions, view, projectForComparison(head, view), referenceDate);
};
const changesFor = (revisions: Revision[], viewId: string, referenceDate?: string) => historyFor(revisions, viewId, referenceDate).changes;

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
    expect(changesFor(revisions, 'team', '2026-01-02')).toEqual([{ date: '2026-01-02T12:00:00Z', kind: 'status', story: 'LK-3', from: 'ready', to: 'in-progress' }]);
    const withBroken = [revisions[0], { date: '2026-01-03T12:00:00Z' }, ...revisions.slice(2)];
    expect(changesFor(withBroken, 'team').map((change) => change.kind)).toEqual(['story-phase', 'status']);
  });
});

describe('the date a view gives each story', () => {
  const revisions = history(
    (content) => content.edit('stories/LK-3.md', 'status: ready', 'status: in-progress'),
    // Only what the client does not see of LK-1: its internal feedback.
    (content) => content.edit('stories/LK-1.md', 'text: CANARY_HIDDEN_FEEDBACK,', 'text: CANARY_HIDDEN_FEEDBACK reworded,'),
  );
  const updatedFor = (viewId: string, of = revisions) => historyFor(of, viewId).updated;

  test('is the day of the last commit that changed what the view shows of it', () => {
    expect(updatedFor('client').get('LK-3')).toBe('2026-01-02');
    expect(updatedFor('client').get('LK-1')).toBe('2026-01-01');
    expect(updatedFor('team').get('LK-1')).toBe('2026-01-03');
  });

  test('comes from the files up to the oldest commit read when the history was cut short', () => {
    const oldest = revisions.at(-1)!;
    const path = oldest.backlog!.stories.find((story) => story.id === 'LK-1')!.path;
    const cutShort = [...revisions.slice(0, -1), { ...oldest, fileDates: new Map([[path, { created: '2025-11-02', updated: '2025-12-01' }]]) }];
    expect(updatedFor('client', cutShort).get('LK-1')).toBe('2025-12-01');
    // Not in the files' dates: no date rather than a guess.
    expect(updatedFor('client', cutShort).has('LK-2')).toBe(false);
  });
});

test('a date written in a story file is kept, even with no commit to read', () => {
  const content = createContentRepository(join(fixturesDir, 'leaks'));
  content.edit('stories/LK-2.md', 'visibility: public', 'visibility: public\nupdated: 2025-10-10');
  const backlog = loadBacklog(content.content).backlog!;
  const view = backlog.views.find((candidate) => candidate.id === 'client')!;
  const current = projectForComparison(backlog, view);
  expect(readViewHistory([], view, current).updated.get('LK-2')).toBe('2025-10-10');
  const committed = [{ date: '2026-01-05T12:00:00Z', backlog: loadBacklog(content.content, { gitDates: false }).backlog! }];
  expect(readViewHistory(committed, view, current).updated.get('LK-2')).toBe('2025-10-10');
});
