import type { z } from 'astro/zod';
import type { ContentProblemCode } from './catalogue/index.ts';
import type { DataOf, ProblemDefinition } from './problem-definition.ts';
import { describeProblem, type ProblemText } from './problem-text.ts';

/**
 * The rules our schemas add (a date that exists, an amount of 0 or more) word their issues with the
 * catalogue too. Zod keeps only the message of an issue (and, for a refinement's own issue, its
 * params), so the schemas pass Zod the catalogue's message, and this module remembers which rule
 * each message is; describeSchemaIssues (./schema-issues.ts) finds the rule again by the issue.
 */

/** A rule of a schema: a catalogue definition whose data is what the schema knows, and the value found. */
type RuleDefinition = ProblemDefinition<never> & { code: ContentProblemCode };
type Known<Definition> = Omit<DataOf<Definition>, 'found'>;

interface Rule {
  definition: ProblemDefinition<never>;
  known: object;
}

const rulesByMessage = new Map<string, Rule>();

/**
 * Zod's `error` for a rule checked where the schema is built (`.regex`, `.min`, `.refine`): the
 * catalogue's message, with what the schema knows (`{ example }`). Never pass it the value being
 * checked: every message is remembered, so their number must stay that of the rules.
 */
export function ruleMessage<const Definition extends RuleDefinition>(
  definition: Definition,
  ...[known]: keyof Known<Definition> extends never ? [] : [known: Known<Definition>]
): string {
  const message = (definition.message as (data: object) => string)({ ...known, found: '' });
  const other = rulesByMessage.get(message);
  if (other && other.definition.code !== definition.code)
    throw new Error(`the schema rules ${other.definition.code} and ${definition.code} say the same: "${message}"`);
  rulesByMessage.set(message, { definition, known: known ?? {} });
  return message;
}

/** An issue a refinement adds (`context.addIssue`), worded by the catalogue with the data it found. */
export function ruleIssue<const Definition extends RuleDefinition>(
  definition: Definition,
  known: Known<Definition>,
  issue: { path: PropertyKey[]; input: unknown },
): z.core.$ZodRawIssue {
  const rule: Rule = { definition, known };
  return { code: 'custom', ...issue, message: (definition.message as (data: object) => string)({ ...known, found: '' }), params: { rule } };
}

/** The catalogue's words for an issue one of our rules raised, with the value found; undefined for Zod's own. */
export function describeRuleIssue(issue: z.core.$ZodIssue, found: string): ProblemText<ContentProblemCode> | undefined {
  const rule = (issue.code === 'custom' ? (issue.params?.rule as Rule | undefined) : undefined) ?? rulesByMessage.get(issue.message);
  if (!rule) return undefined;
  const definition = rule.definition as unknown as ProblemDefinition<{ found: string }> & { code: ContentProblemCode };
  return describeProblem(definition, { ...rule.known, found });
}
