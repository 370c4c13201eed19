import type { StoryView, ViewData } from '../model/view-data.ts';

/** How many cards a column of finished work shows before its "Show all": the most recent ones. */
export const recentCards = 8;

/** The board's groupings, `''` for none; kept in the URL as `?group=` (board-layout.ts). */
export const boardGroupings = ['', 'phase', 'epic'] as const;
export type BoardGrouping = (typeof boardGroupings)[number];

/** A row of the board: the stories of one phase or epic (`key`, `''` for none), in board order. */
export interface BoardLane {
  key: string;
  stories: StoryView[];
}

/** Done and dropped columns only grow: they are the ones cut to their most recent cards. */
export function isFinished(category: StoryView['category']): boolean {
  return category === 'done' || category === 'dropped';
}

/**
 * Open work keeps the backlog's order; finished work comes most recently updated first (from git,
 * per view), undated last, so the cut keeps what the team just closed.
 */
export function boardOrder(stories: StoryView[]): StoryView[] {
  const finished = stories.filter((story) => isFinished(story.category));
  finished.sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? ''));
  return [...stories.filter((story) => !isFinished(story.category)), ...finished];
}

/**
 * The lanes of a grouping: one per phase (roadmap order) or epic, then the stories of none; a lane
 * without stories is left out. No grouping is a single lane.
 */
export function boardLanes(data: Pick<ViewData, 'stories' | 'phases' | 'epics'>, grouping: BoardGrouping): BoardLane[] {
  const stories = boardOrder(data.stories);
  if (!grouping) return [{ key: '', stories }];
  const keys = [...(grouping === 'phase' ? data.phases : data.epics).map((item) => item.id), ''];
  return keys
    .map((key) => ({ key, stories: stories.filter((story) => (story[grouping] ?? '') === key) }))
    .filter((lane) => lane.stories.length > 0);
}
