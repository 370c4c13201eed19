import type { Amounts, Measure } from './view-data.ts';

/** One measure of a phase (or of the project) set against its budget; over budget, both sides are known. */
export type BudgetLine = {
  measure: BudgetMeasure;
  /** Estimated as a share of the budget (1 is all of it). */
  share?: number;
} & (
  | { over: false; estimated?: number; budget?: number; /** Estimated minus budget: above 0 is over budget. */ difference?: number }
  | { over: true; estimated: number; budget: number; difference: number }
);

/** What a budget plans: points have none. */
export type BudgetMeasure = Exclude<Measure, 'points'>;

/**
 * The lines a budget table shows: points have no budget, so only person-days and cost, each when
 * the view shows it on either side (the projection left out what its `show` switches hide).
 */
export function budgetLines(estimated: Amounts, budget: { personDays?: number; cost?: number } = {}): BudgetLine[] {
  return (['personDays', 'cost'] as const).flatMap((measure): BudgetLine[] => {
    const planned = budget[measure];
    const value = estimated[measure];
    if (planned === undefined || value === undefined)
      return planned === undefined && value === undefined ? [] : [{ measure, estimated: value, budget: planned, over: false }];
    const difference = value - planned;
    const share = planned > 0 ? value / planned : undefined;
    return [{ measure, estimated: value, budget: planned, difference, share, over: difference > 0 }];
  });
}
