import type { Amounts, Measure } from '../model/view-data.ts';

/** One measure of a phase (or of the project) set against its budget. */
export interface BudgetLine {
  measure: Measure;
  estimated?: number;
  budget?: number;
  /** Estimated minus budget: above 0 is over budget. */
  difference?: number;
  /** Estimated as a share of the budget (1 is all of it). */
  share?: number;
  over: boolean;
}

/**
 * The lines a budget table shows: points have no budget, so only person-days and cost, each when
 * the view shows it on either side (the projection left out what its `show` switches hide).
 */
export function budgetLines(estimated: Amounts, budget: { personDays?: number; cost?: number } = {}): BudgetLine[] {
  return (['personDays', 'cost'] as const).flatMap((measure) => {
    const planned = budget[measure];
    const value = estimated[measure];
    if (planned === undefined && value === undefined) return [];
    const difference = planned !== undefined && value !== undefined ? value - planned : undefined;
    const share = planned !== undefined && planned > 0 && value !== undefined ? value / planned : undefined;
    return [{ measure, estimated: value, budget: planned, difference, share, over: difference !== undefined && difference > 0 }];
  });
}
