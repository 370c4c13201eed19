import { z } from 'astro/zod';
import { defaultVisibilityLevels, defaultWorkflow, supportedLocales, workflowCategories } from '../model/content.ts';
import { invalidIdPrefix, invalidStatusId, listedTwice, unknownCurrency } from '../problems/catalogue/fields.ts';
import { ruleIssue, ruleMessage } from '../problems/schema-rules.ts';
import { levelName, nonEmptyText, webAddress } from './fields.ts';

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

const workflowStatus = z.strictObject({
  /** Id written in a story's `status`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: ruleMessage(invalidStatusId) }),
  /** Label shown on badges and board columns. */
  label: nonEmptyText,
  /** What the status means for progress figures: planned, active, done or dropped. */
  category: z.enum(workflowCategories),
});

/** `project.yaml`: settings of the whole backlog. */
export const projectSchema = z
  .strictObject({
    /** Name of the product or engagement. Required. */
    name: nonEmptyText,
    /** The client's name, shown on the overview. */
    client: nonEmptyText.optional(),
    /** Markdown introduction shown on every site's overview. */
    summary: z.string().optional(),
    /** UI language: `en` or `fr`. Default `en`. */
    locale: z.enum(supportedLocales).default('en'),
    /** ISO 4217 currency code for costs and budgets. Default `EUR`. */
    currency: z
      .string()
      .refine((code) => knownCurrencies.has(code), { error: ruleMessage(unknownCurrency) })
      .default('EUR'),
    /** Visibility levels, most open first. Default `[public, client, internal]`. */
    visibilityLevels: z.array(levelName).min(1).default(defaultVisibilityLevels),
    /** Level of content that sets none. Default: the last (most restricted) level. */
    defaultVisibility: levelName.optional(),
    /** Story statuses and their categories. Default: draft, ready, in-progress, in-review, done, dropped. */
    workflow: z
      .array(workflowStatus)
      .min(1)
      .default(() => defaultWorkflow.map((status) => ({ ...status }))),
    /** URL of the repository, for "edit this page" and history links. */
    repository: webAddress('https://github.com/owner/repository').optional(),
    /** Prefix of new story ids made by `backlog-docs new story`. Default `ST`. */
    idPrefix: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]*$/, { error: ruleMessage(invalidIdPrefix) })
      .default('ST'),
  })
  .superRefine(
    (project, context) => {
      reportDuplicates(project.visibilityLevels, ['visibilityLevels'], context);
      reportDuplicates(
        project.workflow.map((status) => status.id),
        ['workflow'],
        context,
        'id',
      );
      if (project.defaultVisibility !== undefined && !project.visibilityLevels.includes(project.defaultVisibility)) {
        context.addIssue({
          code: 'invalid_value',
          values: project.visibilityLevels,
          path: ['defaultVisibility'],
          input: project.defaultVisibility,
        });
      }
    },
    // Also run when another key is wrong, so every problem of project.yaml is listed at once.
    { when: ({ value }) => isProjectShaped(value) },
  )
  // Fail closed: content that does not say otherwise gets the most restricted level.
  .transform((project) => ({
    ...project,
    defaultVisibility: project.defaultVisibility ?? project.visibilityLevels[project.visibilityLevels.length - 1],
  }));

function isProjectShaped(value: unknown): value is { visibilityLevels: string[]; workflow: { id: string }[]; defaultVisibility?: string } {
  const project = value as Record<string, unknown>;
  return (
    Array.isArray(project?.visibilityLevels) &&
    project.visibilityLevels.every((level) => typeof level === 'string') &&
    Array.isArray(project.workflow) &&
    project.workflow.every((status) => typeof (status as { id?: unknown })?.id === 'string') &&
    (project.defaultVisibility === undefined || typeof project.defaultVisibility === 'string')
  );
}

function reportDuplicates(values: string[], path: (string | number)[], context: z.RefinementCtx, key?: string) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      context.addIssue(ruleIssue(listedTwice, { value }, { path: key ? [...path, index, key] : [...path, index], input: value }));
    }
    seen.add(value);
  });
}
