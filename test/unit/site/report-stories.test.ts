import { describe, expect, test } from 'vitest';
import type { StoryView } from '../../../src/model/view-data.ts';
import { reportStories } from '../../../src/site/report-stories.ts';

const story = (id: string, category: StoryView['category']) => ({ id, category }) as StoryView;

describe("the board report's backlog table", () => {
  test('lists every story, in backlog order, up to the limit', () => {
    const stories = [story('A', 'done'), story('B', 'planned')];
    expect(reportStories(stories, 2)).toEqual({ listed: stories, total: 2 });
  });

  test('past the limit, lists open stories first in backlog order, then done and dropped, and counts them all', () => {
    const stories = [story('A', 'done'), story('B', 'planned'), story('C', 'dropped'), story('D', 'active'), story('E', 'planned')];
    const { listed, total } = reportStories(stories, 4);
    expect(listed.map((item) => item.id)).toEqual(['B', 'D', 'E', 'A']);
    expect(total).toBe(5);
  });
});
