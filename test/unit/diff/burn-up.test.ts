import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBurnUps } from '../../../src/diff/burn-up.ts';
import { readViewHistory, readViewWindows, type Revision } from '../../../src/diff/changes-for-view.ts';
import { projectForComparison } from '../../../src/diff/project-for-comparison.ts';
import type { ViewRevision, ViewWindow } from '../../../src/diff/view-dates.ts';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import type { Backlog } from '../../../src/model/backlog.ts';
import type { PhaseView, Progress, ViewData } from '../../../src/model/view-data.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';

// Plain data: only what a burn-up reads of a projection, each phase's id and progress.
type Figures = Partial<Progress>;
const progress = (figures: Figures): Progress => ({ stories: 0, planned: 0, active: 0, done: 0, dropped: 0, ...figures });
const shows = (phases: Record<string, Figures>) =>
  ({ phases: Object.entries(phases).map(([id, figures]) => ({ id, progress: progress(figures) }) as PhaseView) }) as ViewData;
const at = (date: string, phases: Record<string, Figures>): ViewRevision => ({ date: `${date}T12:00:00+00:00`, data: shows(phases) });
/** A window holding these revisions, newest first. */
const windowOf = (...revisions: ViewRevision[]): ViewWindow => ({ revisions, cutShort: false, capped: false });

describe("a phase's burn-up", () => {
  test('counts stories done against the stories in scope, dropped stories apart', () => {
    const window = windowOf(at('2026-01-20', { open: { stories: 4, done: 1, dropped: 1 } }), at('2026-01-10', { open: { stories: 2 } }));
    expect(readBurnUps(window, shows({ open: { stories: 5, done: 3, dropped: 1 } }), '2026-01-25')).toEqual({
      open: {
        measure: 'stories',
        days: [
          { date: '2026-01-10', done: 0, scope: 2 },
          { date: '2026-01-20', done: 1, scope: 3 },
          { date: '2026-01-25', done: 3, scope: 4 },
        ],
      },
    });
  });

  test("counts points when the view shows estimates and the phase's stories carry some, else stories", () => {
    const window = windowOf(
      at('2026-01-20', {
        open: { stories: 2, done: 1, points: { done: 3, total: 8 } },
        bare: { stories: 2, done: 1, points: { done: 0, total: 0 } },
      }),
      // Before its stories were estimated, or shown with estimates: no points yet.
      at('2026-01-10', { open: { stories: 2 }, bare: { stories: 1 } }),
    );
    const current = shows({
      open: { stories: 2, done: 2, points: { done: 8, total: 8 } },
      bare: { stories: 2, done: 2, points: { done: 0, total: 0 } },
    });
    const burnUps = readBurnUps(window, current, '2026-01-25');
    expect(burnUps.open).toEqual({
      measure: 'points',
      days: [
        { date: '2026-01-10', done: 0, scope: 0 },
        { date: '2026-01-20', done: 3, scope: 8 },
        { date: '2026-01-25', done: 8, scope: 8 },
      ],
    });
    expect(burnUps.bare.measure).toBe('stories');
    expect(burnUps.bare.days.map((day) => day.scope)).toEqual([1, 2, 2]);
  });

  test('takes the last state of each day, and leaves out what came after the reference date', () => {
    const window = windowOf(
      at('2026-01-22', { open: { stories: 9, done: 9 } }),
      at('2026-01-20', { open: { stories: 3, done: 2 } }),
      at('2026-01-20', { open: { stories: 3, done: 1 } }),
      at('2026-01-10', { open: { stories: 3 } }),
    );
    const current = shows({ open: { stories: 9, done: 9 } });
    expect(readBurnUps(window, current, '2026-01-21').open.days).toEqual([
      { date: '2026-01-10', done: 0, scope: 3 },
      { date: '2026-01-20', done: 2, scope: 3 },
      { date: '2026-01-21', done: 9, scope: 9 },
    ]);
    // A revision of the reference date itself is today's state: the current figures stand for it.
    expect(readBurnUps(window, current, '2026-01-20').open.days).toEqual([
      { date: '2026-01-10', done: 0, scope: 3 },
      { date: '2026-01-20', done: 9, scope: 9 },
    ]);
  });

  test('ends at the reference date with the figures of the progress bar, and keeps only the days they moved', () => {
    const window = windowOf(
      at('2026-01-20', { open: { stories: 3, done: 1 }, other: { stories: 2 } }),
      at('2026-01-15', { open: { stories: 3, done: 1 }, other: { stories: 1 } }),
      at('2026-01-12', { open: { stories: 3, done: 1 } }),
      at('2026-01-10', { open: { stories: 3 } }),
    );
    expect(readBurnUps(window, shows({ open: { stories: 3, done: 1 }, other: { stories: 2 } }), '2026-02-01')).toEqual({
      open: {
        measure: 'stories',
        days: [
          { date: '2026-01-10', done: 0, scope: 3 },
          { date: '2026-01-12', done: 1, scope: 3 },
          { date: '2026-02-01', done: 1, scope: 3 },
        ],
      },
      other: {
        measure: 'stories',
        days: [
          { date: '2026-01-15', done: 0, scope: 1 },
          { date: '2026-01-20', done: 0, scope: 2 },
          { date: '2026-02-01', done: 0, scope: 2 },
        ],
      },
    });
  });

  test('starts where the view last began showing the phase, matched by its id key', () => {
    const window = windowOf(
      at('2026-01-20', { OPEN: { stories: 2, done: 1 } }),
      at('2026-01-15', { Open: { stories: 2 } }),
      at('2026-01-12', {}),
      at('2026-01-10', { open: { stories: 7 } }),
    );
    expect(readBurnUps(window, shows({ open: { stories: 2, done: 2 } }), '2026-01-25').open.days.map((day) => day.date)).toEqual([
      '2026-01-15',
      '2026-01-20',
      '2026-01-25',
    ]);
  });

  test('is left out with fewer than two days to draw, and without a reference date', () => {
    const current = shows({ open: { stories: 2 } });
    expect(readBurnUps(windowOf(at('2026-01-20', { open: { stories: 1 } })), current, '2026-01-20')).toEqual({});
    expect(readBurnUps(windowOf(), current, '2026-01-20')).toEqual({});
    expect(readBurnUps(windowOf(at('2026-01-10', { open: { stories: 1 } })), current, undefined)).toEqual({});
  });
});

describe('a burn-up through the sites’ own projection', () => {
  const backlog = loadBacklog(join(fixturesDir, 'leaks')).backlog!;
  /** The backlog with these stories' fields changed. */
  const edited = (base: Backlog, changes: Record<string, object>): Backlog => ({
    ...base,
    stories: base.stories.map((story) => (changes[story.id] ? { ...story, data: { ...story.data, ...changes[story.id] } } : story)),
  });
  const burnUpsOf = (revisions: Revision[], viewId: string) => {
    const view = backlog.views.find((candidate) => candidate.id === viewId)!;
    const window = readViewWindows({ revisions, cutShort: false }, [view]).get(viewId)!;
    const current = projectForComparison(revisions[0].backlog!, view);
    return readBurnUps(window, current, readViewHistory(window, current).referenceDate);
  };
  // LK-1 (public) is done on the 20th; LK-4 (internal, in the same phase) moves on the 20th and the 25th.
  const visible = edited(backlog, { 'LK-1': { status: 'done' } });
  const history = (hidden: boolean): Revision[] => [
    { date: '2026-01-25T12:00:00Z', backlog: hidden ? edited(visible, { 'LK-4': { status: 'done', estimate: { points: 13 } } }) : visible },
    { date: '2026-01-20T12:00:00Z', backlog: hidden ? edited(visible, { 'LK-4': { status: 'in-progress' } }) : visible },
    { date: '2026-01-10T12:00:00Z', backlog },
  ];

  test('a story the view does not show never moves a line, nor adds a day', () => {
    for (const viewId of ['client', 'public', 'board-only'])
      expect(burnUpsOf(history(true), viewId), viewId).toEqual(burnUpsOf(history(false), viewId));
    expect(burnUpsOf(history(true), 'client').open).toEqual({
      measure: 'points',
      days: [
        { date: '2026-01-10', done: 0, scope: 777 },
        { date: '2026-01-20', done: 777, scope: 777 },
      ],
    });
    expect(burnUpsOf(history(true), 'public').open.days).toEqual([
      { date: '2026-01-10', done: 1, scope: 2 },
      { date: '2026-01-20', done: 2, scope: 2 },
    ]);
    // The edits are real: the team's line moved with them.
    expect(burnUpsOf(history(true), 'team').open.days).toEqual([
      { date: '2026-01-10', done: 0, scope: 777 },
      { date: '2026-01-20', done: 777, scope: 777 },
      { date: '2026-01-25', done: 790, scope: 790 },
    ]);
  });
});
