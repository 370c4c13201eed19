import type { StoryView } from '../model/view-data.ts';

/**
 * The most stories the board report's table lists: a board reads a few pages, and a table of
 * thousands of rows would make the PDF hundreds of pages long (and its printing minutes long).
 */
export const reportStoryLimit = 200;

/** The stories the report lists, open ones first in backlog order, then done; the rest are left to backlog.csv. */
export function reportStories(stories: readonly StoryView[], limit = reportStoryLimit): { listed: StoryView[]; total: number } {
  if (stories.length <= limit) return { listed: [...stories], total: stories.length };
  const closed = (story: StoryView) => story.category === 'done' || story.category === 'dropped';
  const listed = [...stories.filter((story) => !closed(story)), ...stories.filter(closed)].slice(0, limit);
  return { listed, total: stories.length };
}
