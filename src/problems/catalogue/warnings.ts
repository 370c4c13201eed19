// Warnings: content that builds, but that a product owner would want to hear about before a
// review. `check` prints them and exits 0, unless `--strict` makes them problems (for CI).
// Codes are permanent: never renamed or reused; the words may change (../problem-definition.ts).
import type { ProblemDefinition } from '../problem-definition.ts';

export const doneWithOpenCriteria = {
  code: 'done-with-open-criteria',
  title: 'a story is done while some of its acceptance criteria are not ticked',
  message: ({ status, open, total }) =>
    `the story is "${status}" but ${open} of its ${total} acceptance ${total === 1 ? 'criterion is' : 'criteria are'} not ticked, this one first`,
  found: ({ text }) => JSON.stringify(text),
  hint: 'tick it ({ text: …, done: true }), or move the story back in the workflow',
} satisfies ProblemDefinition<{ status: string; text: string; open: number; total: number }>;

export const phaseOverBudget = {
  code: 'phase-over-budget',
  title: "a phase's stories are estimated at more than its budget",
  message: ({ measure, estimated, budget, currency }) =>
    `the phase's stories come to ${estimated} ${measure === 'cost' ? currency : 'person-days'}, over its budget of ${budget} (+${Math.round(((estimated - budget) / budget) * 100)} %)`,
  hint: 'raise the budget, or move or drop stories; dropped stories do not count',
} satisfies ProblemDefinition<{ measure: 'personDays' | 'cost'; estimated: number; budget: number; currency: string }>;

export const milestoneAfterPhaseEnd = {
  code: 'milestone-after-phase-end',
  title: 'a milestone falls after the end of its phase',
  message: ({ date, end }) => `this milestone (${date}) falls after the phase ends (${end})`,
  hint: "move the milestone, or the phase's end",
} satisfies ProblemDefinition<{ date: string; end: string }>;
