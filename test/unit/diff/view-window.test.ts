import { describe, expect, test } from 'vitest';
import { gatherViewWindow, readViewDates, readViewWindow, type ViewRevision } from '../../../src/diff/view-dates.ts';
import type { ViewData } from '../../../src/model/view-data.ts';

// Plain data: only what the windowing reads of a projection (stories compared as plain data).
type Shown = Record<string, string>;
/** What a view shows: story id → its status. */
const shows = (stories: Shown): ViewData =>
  ({ stories: Object.entries(stories).map(([id, status]) => ({ id, title: `Story ${id}`, status })), phases: [] }) as unknown as ViewData;
const at = (day: number, stories: Shown): ViewRevision => ({
  date: `2026-01-${String(day).padStart(2, '0')}T12:00:00Z`,
  data: shows(stories),
  definition: { level: 'client' },
});
const daysOf = (revisions: readonly ViewRevision[]) => revisions.map((revision) => revision.date.slice(0, 10));

/** Five states of a site, newest first, each made by the commit of its day. */
const states: Shown[] = [{ A: 'done', B: 'done' }, { A: 'done', B: 'ready' }, { A: 'ready', B: 'ready' }, { A: 'ready' }, { A: 'draft' }];
const visibleOnly = states.map((stories, index) => at(20 - index * 4, stories));

/**
 * The same history with `hidden[i]` commits after the i-th change (newest first), each changing
 * only what the view does not show: the view sees the same state, later that day.
 */
function withHiddenCommits(hidden: number[]): ViewRevision[] {
  const later = (date: string, n: number) => `${date.slice(0, 11)}${13 + Math.floor(n / 60)}:${String(n % 60).padStart(2, '0')}:00Z`;
  return visibleOnly.flatMap((revision, index) => [
    ...Array.from({ length: hidden[index] }, (_, n) => ({ ...revision, date: later(revision.date, hidden[index] - n) })),
    revision,
  ]);
}

describe("a view's window on the history", () => {
  test('skips over commits that change nothing it shows, and dates each state by the commit that made it', () => {
    const window = readViewWindow(withHiddenCommits([3, 0, 2, 1, 0]), 50);
    expect(daysOf(window.revisions)).toEqual(['2026-01-20', '2026-01-16', '2026-01-12', '2026-01-08', '2026-01-04']);
    expect(window.revisions.map((revision) => revision.data)).toEqual(visibleOnly.map((revision) => revision.data));
    expect(window).toMatchObject({ cutShort: false, capped: false });
  });

  test('holds the newest `depth` changes and the state they were made from; older ones cut it short', () => {
    const window = readViewWindow(visibleOnly, 2);
    expect(daysOf(window.revisions)).toEqual(['2026-01-20', '2026-01-16', '2026-01-12']);
    expect(window).toMatchObject({ cutShort: true, capped: false });
    // Exactly `depth` changes: the history is complete.
    expect(readViewWindow(visibleOnly.slice(2), 2)).toMatchObject({ cutShort: false, capped: false });
  });

  test('is the same however many hidden commits there are, wherever they are', () => {
    const layouts = [
      [0, 0, 0, 0, 0],
      [60, 0, 0, 0, 0],
      [1, 55, 0, 2, 0],
      [0, 0, 0, 0, 70],
      [9, 9, 9, 9, 9],
    ];
    for (const depth of [0, 1, 2, 3, 4, 50]) {
      const expected = readViewWindow(visibleOnly, depth);
      for (const layout of layouts) {
        const window = readViewWindow(withHiddenCommits(layout), depth);
        expect(window, `depth ${depth}, hidden ${layout.join(',')}`).toEqual(expected);
        expect(readViewDates(window.revisions, window.cutShort)).toEqual(readViewDates(expected.revisions, expected.cutShort));
      }
    }
  });

  test('stopped at the cap before its number of changes, it says so, and leaves out what rests on the oldest', () => {
    const window = readViewWindow(withHiddenCommits([0, 0, 0, 4, 0]).slice(0, 5), 50, true);
    expect(daysOf(window.revisions)).toEqual(['2026-01-20', '2026-01-16', '2026-01-12', '2026-01-08']);
    expect(window).toMatchObject({ cutShort: true, capped: true });
    const dates = readViewDates(window.revisions, window.cutShort);
    expect(dates.lastChange).toBe('2026-01-20');
    expect(dates.created.get('a')).toBeUndefined();
    expect(dates.created.get('b')).toBe('2026-01-12');
    // Complete before the cap: not capped, even if the history stopped there.
    expect(readViewWindow(visibleOnly, 1, true)).toMatchObject({ cutShort: true, capped: false });
  });

  test('asks for no revision past the one that completes it', () => {
    let pulled = 0;
    function* endless() {
      for (let day = 28; ; day--) {
        pulled++;
        // A change every third commit.
        yield at(day, { A: String(Math.floor(day / 3)) });
      }
    }
    const window = gatherViewWindow(2);
    for (const revision of endless()) if (!window.add(revision)) break;
    expect(daysOf(window.close(false).revisions)).toEqual(['2026-01-27', '2026-01-24', '2026-01-21']);
    expect(pulled).toBe(9);
  });

  test('keeps one copy of what its revisions have in common', () => {
    const window = readViewWindow(visibleOnly, 50);
    const [newest, older] = window.revisions.map((revision) => revision.data.stories);
    expect(older[0]).toBe(newest[0]);
    expect(older[1]).not.toBe(newest[1]);
    expect(window.revisions.map((revision) => revision.data)).toEqual(visibleOnly.map((revision) => revision.data));
  });
});
