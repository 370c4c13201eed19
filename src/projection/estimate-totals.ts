import type { EstimateTotals, Measure, StoryView } from '../model/view-data.ts';

const measures: readonly Measure[] = ['points', 'personDays', 'cost'];

/**
 * The measures a view's totals show: those its stories carry. A story's estimate already holds
 * only what the view's `show` switches allow, so a hidden measure never reaches a total.
 */
export function measuresCarried(stories: readonly StoryView[]): Measure[] {
  return measures.filter((measure) => stories.some((story) => story.estimate?.[measure] !== undefined));
}

/** Estimates added up, done against remaining; dropped stories are no longer work, so they count for nothing. */
export function addUpEstimates(stories: readonly StoryView[], carried: readonly Measure[]): EstimateTotals {
  const totals: EstimateTotals = { estimated: {}, done: {}, remaining: {} };
  for (const measure of carried) {
    totals.estimated[measure] = 0;
    totals.done[measure] = 0;
    totals.remaining[measure] = 0;
  }
  for (const story of stories) {
    if (story.category === 'dropped') continue;
    for (const measure of carried) {
      const value = story.estimate?.[measure] ?? 0;
      totals.estimated[measure]! += value;
      totals[story.category === 'done' ? 'done' : 'remaining'][measure]! += value;
    }
  }
  return totals;
}
