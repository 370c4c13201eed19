import { z } from 'astro/zod';
import { entryIdPattern } from '../model/ids.ts';

/**
 * A real calendar date written `YYYY-MM-DD`. YAML's core schema keeps it a string; we check it is a
 * day that exists, so `2026-02-30` is an error instead of silently becoming March 2nd.
 */
export const calendarDate = z
  .string({ error: 'expected a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD' })
  .refine(isRealDate, { error: 'this day does not exist in the calendar' });

export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An entry id (see entryIdPattern) as written in files and references. */
export const entryId = z
  .string({ error: 'expected an id' })
  .regex(entryIdPattern, { error: 'an id holds letters, digits, ".", "_" and "-" only, and starts with a letter or digit' });

/** A list of ids referring to another collection; checked against it by the cross-checks. */
export const entryIds = z.array(entryId);

/** An amount that cannot be negative: points, person-days, money. */
export const nonNegative = z.number({ error: 'expected a number' }).min(0, { error: 'must be 0 or more' });

/** A name that can be written as a `:::name` container directive. */
export const levelName = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'a visibility level is lower-case letters, digits and "-"' });

/**
 * A web address, http or https only: it becomes a link on published pages, where a `javascript:`
 * or `data:` URL would run code.
 */
export function webAddress(example = 'https://example.org/spec') {
  return z.url({ protocol: /^https?$/, error: `expected a web address starting with https:// or http://, such as ${example}` });
}

export const nonEmptyText = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** An enum over values known only once project.yaml is read (visibility levels, workflow ids). */
export function oneOf(values: readonly string[]) {
  return z.enum(values as [string, ...string[]]);
}
