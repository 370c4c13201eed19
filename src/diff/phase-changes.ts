import { idKey } from '../model/ids.ts';
import { budgetLines } from '../model/budget-lines.ts';
import type { Mobilised, PhaseView, StoryView } from '../model/view-data.ts';
import { dropUndefined } from '../projection/plain-data.ts';
import type { BudgetCrossing, ItemRef, Milestone, PhaseFieldChange, PhaseTotals, TeamEntry } from './backlog-diff.ts';
import type { Comparable } from './diff-projections.ts';

/** What changed in one phase: dates (with the shift in days), budget, milestones, team, resources, text. */
export function phaseChanges(before: PhaseView, after: PhaseView, stakeholderRef: (id: string) => ItemRef): PhaseFieldChange[] {
  const changes: PhaseFieldChange[] = [];
  for (const field of ['title', 'status', 'goal'] as const) {
    if (before[field] !== after[field]) changes.push(dropUndefined({ field, from: before[field], to: after[field] }));
  }
  if (before.order !== after.order) changes.push({ field: 'order', from: before.order, to: after.order });
  for (const field of ['start', 'end'] as const) {
    const [from, to] = [before[field], after[field]];
    if (from !== to) changes.push(dropUndefined({ field, from, to, days: from && to ? daysBetween(from, to) : undefined }));
  }
  for (const measure of ['personDays', 'cost'] as const) {
    const [from, to] = [before.budget?.[measure], after.budget?.[measure]];
    if (from !== to) changes.push(dropUndefined({ field: `budget.${measure}` as const, from, to }));
  }
  // A milestone by its title and date; its level (on the team's projection) is the report's business apart.
  const written = ({ title, date }: Milestone) => ({ title, date });
  const dateBefore = new Map(before.milestones.map((milestone) => [milestone.title, milestone.date]));
  const dateAfter = new Map(after.milestones.map((milestone) => [milestone.title, milestone.date]));
  const milestones = {
    field: 'milestones' as const,
    added: after.milestones.filter((milestone) => !dateBefore.has(milestone.title)).map(written),
    removed: before.milestones.filter((milestone) => !dateAfter.has(milestone.title)).map(written),
    moved: after.milestones
      .filter((milestone) => dateBefore.has(milestone.title) && dateBefore.get(milestone.title) !== milestone.date)
      .map((milestone) => ({
        ...written(milestone),
        from: dateBefore.get(milestone.title)!,
        days: daysBetween(dateBefore.get(milestone.title)!, milestone.date),
      })),
  };
  if (milestones.added.length + milestones.removed.length + milestones.moved.length > 0) changes.push(milestones);
  const team = teamChanges(before.team, after.team, stakeholderRef);
  if (team.added.length + team.removed.length + team.changed.length > 0) changes.push(team);
  const resources = {
    field: 'resources' as const,
    added: after.resources.filter((resource) => !before.resources.includes(resource)),
    removed: before.resources.filter((resource) => !after.resources.includes(resource)),
  };
  if (resources.added.length + resources.removed.length > 0) changes.push(resources);
  if (before.html !== after.html) changes.push({ field: 'text' });
  return changes;
}

function teamChanges(before: Mobilised[], after: Mobilised[], stakeholderRef: (id: string) => ItemRef) {
  const entry = (member: Mobilised): TeamEntry =>
    dropUndefined({ stakeholder: stakeholderRef(member.stakeholder), role: member.role, personDays: member.personDays });
  const keyed = (team: Mobilised[]) => new Map(team.map((member) => [idKey(member.stakeholder), member]));
  const [was, is] = [keyed(before), keyed(after)];
  return {
    field: 'team' as const,
    added: after.filter((member) => !was.has(idKey(member.stakeholder))).map(entry),
    removed: before.filter((member) => !is.has(idKey(member.stakeholder))).map(entry),
    changed: after.flatMap((member) => {
      const old = was.get(idKey(member.stakeholder));
      if (!old || (old.role === member.role && old.personDays === member.personDays)) return [];
      return [{ ...entry(member), from: dropUndefined({ role: old.role, personDays: old.personDays }) }];
    }),
  };
}

/**
 * The phases whose stories now come to more than their budget, or no longer do, on what the
 * compared view shows. A phase new in the head was within its budget before.
 */
export function diffBudgets(base: Comparable, head: Comparable): BudgetCrossing[] {
  const over = (phase: PhaseView | undefined) =>
    new Set(phase ? budgetLines(phase.estimates.estimated, phase.budget).flatMap((line) => (line.over ? [line.measure] : [])) : []);
  const crossings: BudgetCrossing[] = [];
  for (const phase of head.phases) {
    const before = over(base.phases.find((other) => idKey(other.id) === idKey(phase.id)));
    const now = over(phase);
    for (const line of budgetLines(phase.estimates.estimated, phase.budget)) {
      if (line.estimated === undefined || line.budget === undefined || before.has(line.measure) === now.has(line.measure)) continue;
      crossings.push({
        phase: { id: phase.id, title: phase.title },
        measure: line.measure,
        state: line.over ? 'over' : 'within',
        estimated: line.estimated,
        budget: line.budget,
      });
    }
  }
  return crossings;
}

/** Estimate totals per phase on each side, for the phases where they differ. */
export function diffTotals(base: Comparable, head: Comparable): PhaseTotals[] {
  const before = totalsByPhase(base.stories);
  const after = totalsByPhase(head.stories);
  const order = [...head.phases, ...base.phases.filter((phase) => !head.phases.some((other) => idKey(other.id) === idKey(phase.id)))];
  const groups = [
    ...order.map((phase) => ({ key: idKey(phase.id), phase: { id: phase.id, title: phase.title } })),
    { key: '', phase: undefined },
  ];
  const totals: PhaseTotals[] = [];
  for (const { key, phase } of groups) {
    const entry: PhaseTotals = phase ? { phase } : {};
    for (const measure of ['points', 'personDays', 'cost'] as const) {
      const [from, to] = [before.get(key)?.[measure], after.get(key)?.[measure]];
      if ((from !== undefined || to !== undefined) && (from ?? 0) !== (to ?? 0)) entry[measure] = { from: from ?? 0, to: to ?? 0 };
    }
    if (entry.points || entry.personDays || entry.cost) totals.push(entry);
  }
  return totals;
}

/** Sums per phase key ('' for unscheduled); a measure is present only when some story has it. */
function totalsByPhase(stories: StoryView[]): Map<string, Partial<Record<'points' | 'personDays' | 'cost', number>>> {
  const totals = new Map<string, Partial<Record<'points' | 'personDays' | 'cost', number>>>();
  for (const story of stories) {
    if (story.category === 'dropped') continue;
    const key = story.phase === undefined ? '' : idKey(story.phase);
    const sums = totals.get(key) ?? {};
    for (const measure of ['points', 'personDays', 'cost'] as const) {
      const value = story.estimate?.[measure];
      if (value !== undefined) sums[measure] = round((sums[measure] ?? 0) + value);
    }
    totals.set(key, sums);
  }
  return totals;
}

/** Whole days from one `YYYY-MM-DD` date to another (negative when earlier). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Sums of decimals (person-days) without binary noise such as 0.30000000000000004. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
