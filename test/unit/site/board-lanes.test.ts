import { describe, expect, test } from 'vitest';
import type { EpicView, PhaseView, StoryView } from '../../../src/model/view-data.ts';
import { boardLanes, boardOrder } from '../../../src/site/board-lanes.ts';

const story = (id: string, category: StoryView['category'], extra: Partial<StoryView> = {}) => ({ id, category, ...extra }) as StoryView;
const ids = (stories: StoryView[]) => stories.map((item) => item.id);

describe("the board's order and lanes", () => {
  test('open work keeps the backlog order; finished work comes most recently updated first, undated last', () => {
    const stories = [
      story('A', 'done', { updated: '2026-03-01' }),
      story('B', 'planned'),
      story('C', 'dropped'),
      story('D', 'done', { updated: '2026-05-01' }),
      story('E', 'active'),
      story('F', 'done', { updated: '2026-03-01' }),
    ];
    expect(ids(boardOrder(stories))).toEqual(['B', 'E', 'D', 'A', 'F', 'C']);
  });

  test('grouped by phase: one lane per phase in roadmap order, then the unscheduled; empty lanes left out', () => {
    const data = {
      stories: [story('A', 'planned', { phase: 'late' }), story('B', 'planned'), story('C', 'done', { phase: 'early' })],
      phases: [{ id: 'early' }, { id: 'idle' }, { id: 'late' }] as PhaseView[],
      epics: [{ id: 'maps' }] as EpicView[],
    };
    expect(boardLanes(data, 'phase').map((lane) => [lane.key, ids(lane.stories)])).toEqual([
      ['early', ['C']],
      ['late', ['A']],
      ['', ['B']],
    ]);
    expect(boardLanes(data, 'epic').map((lane) => [lane.key, ids(lane.stories)])).toEqual([['', ['A', 'B', 'C']]]);
    expect(boardLanes(data, '')).toEqual([{ key: '', stories: data.stories }]);
  });
});
