import { z } from 'astro/zod';
import { entryIdPattern } from '../model/ids.ts';
import {
  emptyText,
  invalidId,
  invalidLevelName,
  negativeAmount,
  noSuchDay,
  notADate,
  notAWebAddress,
} from '../problems/catalogue/fields.ts';
import { ruleMessage } from '../problems/schema-rules.ts';

// The words of a rule are the catalogue's (ruleMessage); a value of the wrong kind is worded by
// src/problems/schema-issues.ts, so types take no message of their own.

/**
 * A real calendar date written `YYYY-MM-DD`. YAML's core schema keeps it a string; we check it is a
 * day that exists, so `2026-02-30` is an error instead of silently becoming March 2nd.
 */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: ruleMessage(notADate) })
  .refine(isRealDate, { error: ruleMessage(noSuchDay) });

export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An entry id (see entryIdPattern) as written in files and references. */
export const entryId = z.string().regex(entryIdPattern, { error: ruleMessage(invalidId) });

/** A list of ids referring to another collection; checked against it by the cross-checks. */
export const entryIds = z.array(entryId);

/** An amount that cannot be negative: points, person-days, money. */
export const nonNegative = z.number().min(0, { error: ruleMessage(negativeAmount) });

/** A name that can be written as a `:::name` container directive. */
export const levelName = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: ruleMessage(invalidLevelName) });

/**
 * A web address, http or https only: it becomes a link on published pages, where a `javascript:`
 * or `data:` URL would run code.
 */
export function webAddress(example = 'https://example.org/spec') {
  return z.url({ protocol: /^https?$/, error: ruleMessage(notAWebAddress, { example }) });
}

export const nonEmptyText = z
  .string()
  .trim()
  .min(1, { error: ruleMessage(emptyText) });

/** An enum over values known only once project.yaml is read (visibility levels, workflow ids). */
export function oneOf(values: readonly string[]) {
  return z.enum(values as [string, ...string[]]);
}
