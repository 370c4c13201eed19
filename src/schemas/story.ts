import { z } from 'astro/zod';
import { priorities } from '../model/content.ts';
import { updatedBeforeCreated } from '../problems/catalogue/fields.ts';
import { ruleIssue } from '../problems/schema-rules.ts';
import { calendarDate, entryId, entryIds, nonEmptyText, nonNegative, oneOf, webAddress } from './fields.ts';
import type { SchemaSettings } from './settings.ts';

/** `stories/**\/<file>.md|.mdx` frontmatter: a user story. The body is Markdown (or MDX). */
export function createStorySchema({ levels, statuses }: SchemaSettings) {
  return z
    .strictObject({
      /** Story id. Default: the file name without extension. */
      id: entryId.optional(),
      /** Short title. Required. */
      title: nonEmptyText,
      /** "As a ___": who wants it. */
      as: z.string().optional(),
      /** "I want ___": what they want. */
      want: z.string().optional(),
      /** "so that ___": why. */
      soThat: z.string().optional(),
      /** A workflow id (see project `workflow`). Required. */
      status: oneOf(statuses),
      /** MoSCoW priority: `must`, `should`, `could` or `wont`. Required. */
      priority: z.enum(priorities),
      /** Order inside a priority, lower first; ties are ordered by id. */
      rank: z.number().optional(),
      /** The phase it is planned in. */
      phase: entryId.optional(),
      /** The epic it belongs to. */
      epic: entryId.optional(),
      /** Stakeholders it concerns. */
      stakeholders: entryIds.default([]),
      /** Stories that must be done first; no cycles. */
      dependsOn: entryIds.default([]),
      /** Size: story points, person-days, cost in the project's currency. */
      estimate: z
        .strictObject({ points: nonNegative.optional(), personDays: nonNegative.optional(), cost: nonNegative.optional() })
        .optional(),
      /** Acceptance criteria: text, or `{ text, done }` to tick them off. */
      acceptance: z
        .array(z.union([nonEmptyText, z.strictObject({ text: nonEmptyText, done: z.boolean().default(false) })]))
        .default([])
        .transform((criteria) => criteria.map((item) => (typeof item === 'string' ? { text: item, done: false } : item))),
      /** What stakeholders said, for instance after a trial. */
      feedback: z
        .array(
          z.strictObject({
            date: calendarDate,
            from: entryId,
            text: nonEmptyText,
            /** Stories this feedback led to, written or changed because of it; checked like `dependsOn`. */
            ledTo: entryIds.default([]),
            visibility: oneOf(levels).optional(),
          }),
        )
        .default([]),
      /** Who is responsible. */
      owner: z.string().optional(),
      /** Free tags, used by view filters and search. */
      tags: z.array(nonEmptyText).default([]),
      /** Visibility level. Default: the project's `defaultVisibility`. */
      visibility: oneOf(levels).optional(),
      /** Date the story was written. Default: its first commit in git. */
      created: calendarDate.optional(),
      /** Date of the last change. Default: its last commit in git. */
      updated: calendarDate.optional(),
      /** Related documents. */
      links: z.array(z.strictObject({ title: nonEmptyText, url: webAddress() })).default([]),
    })
    .superRefine((story, context) => {
      if (story.created && story.updated && story.updated < story.created) {
        context.addIssue(ruleIssue(updatedBeforeCreated, { created: story.created }, { path: ['updated'], input: story.updated }));
      }
    });
}
