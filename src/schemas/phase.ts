import { z } from 'astro/zod';
import { phaseStatuses } from '../model/content.ts';
import { notAWholeNumber, phaseEndsBeforeStart } from '../problems/catalogue/fields.ts';
import { ruleIssue, ruleMessage } from '../problems/schema-rules.ts';
import { calendarDate, entryId, nonEmptyText, nonNegative, oneOf } from './fields.ts';
import type { SchemaSettings } from './settings.ts';

/** `phases/<id>.md` frontmatter: a roadmap phase. The body describes it. */
export function createPhaseSchema({ levels }: SchemaSettings) {
  return z
    .strictObject({
      /** Phase name. Required. */
      title: nonEmptyText,
      /** Position on the roadmap; unique. Required. */
      order: z.int({ error: ruleMessage(notAWholeNumber) }),
      /** First day. */
      start: calendarDate.optional(),
      /** Last day; not before `start`. */
      end: calendarDate.optional(),
      /** `planned`, `active` or `done`. Default `planned`. */
      status: z.enum(phaseStatuses).default('planned'),
      /** One sentence: what the phase must achieve. */
      goal: z.string().optional(),
      /** Planned effort and money. */
      budget: z.strictObject({ personDays: nonNegative.optional(), cost: nonNegative.optional() }).optional(),
      /** Dated milestones, each with its own visibility. */
      milestones: z
        .array(
          z.strictObject({
            title: nonEmptyText,
            date: calendarDate,
            visibility: oneOf(levels).optional(),
          }),
        )
        .default([]),
      /**
       * The stakeholders the phase mobilises, each once: their role and planned person-days. An
       * entry is shown where its stakeholder is.
       */
      team: z
        .array(z.strictObject({ stakeholder: entryId, role: nonEmptyText.optional(), personDays: nonNegative.optional() }))
        .default([]),
      /** Technical means: environments, devices, equipment, licences. Shown wherever the phase is. */
      resources: z.array(nonEmptyText).default([]),
      /** Visibility level. Default: the project's `defaultVisibility`. */
      visibility: oneOf(levels).optional(),
    })
    .superRefine((phase, context) => {
      if (phase.start && phase.end && phase.end < phase.start) {
        context.addIssue(ruleIssue(phaseEndsBeforeStart, { start: phase.start }, { path: ['end'], input: phase.end }));
      }
    });
}
