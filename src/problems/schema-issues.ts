import type { z } from 'astro/zod';
import { invalidValue, notAnAllowedValue, requiredField, unknownKey, wrongKindOfValue } from './catalogue/fields.ts';
import type { ContentProblemCode } from './catalogue/index.ts';
import { describeProblem, type ProblemText } from './problem-text.ts';
import { describeRuleIssue } from './schema-rules.ts';

/** A schema issue told in people's words, with the path of the field it is about. */
export type DescribedIssue = ProblemText<ContentProblemCode> & {
  path: PropertyKey[];
  /** Point at the key itself (an unknown key) rather than its value. */
  atKey: boolean;
};

type Issue = z.core.$ZodIssue;

/** Describes every issue of a failed parse; unknown keys become one issue each. */
export function describeSchemaIssues(issues: readonly Issue[], data: unknown, schema: z.ZodType): DescribedIssue[] {
  return issues.flatMap((issue): DescribedIssue[] => {
    const value = valueAt(data, issue.path);
    const at = (atKey: boolean, path = issue.path) => ({ path, atKey });
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      const expected = issue.code === 'invalid_type' ? typeName(issue.expected) : `one of ${issue.values.map(String).join(', ')}`;
      return [{ ...at(true), ...describeProblem(requiredField, { key: String(issue.path.at(-1)), expected }) }];
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeysAt(schema, issue.path);
        return issue.keys.map((key) => ({ ...at(true, [...issue.path, key]), ...describeProblem(unknownKey, { key, allowed }) }));
      }
      case 'invalid_type':
        return [
          { ...at(false), ...describeProblem(wrongKindOfValue, { expected: typeName(issue.expected), found: describeValue(value) }) },
        ];
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const written = typeof value === 'string' ? value : undefined;
        return [{ ...at(false), ...describeProblem(notAnAllowedValue, { allowed, found: describeValue(value), written }) }];
      }
      case 'invalid_union':
        return [
          {
            ...at(false),
            ...describeProblem(wrongKindOfValue, { expected: 'text, or a mapping with "text" and "done"', found: describeValue(value) }),
          },
        ];
      default:
        // One of our schemas' rules (../schemas/), or a rule Zod words itself.
        return [
          {
            ...at(false),
            ...(describeRuleIssue(issue, describeValue(value)) ??
              describeProblem(invalidValue, { reason: issue.message, found: describeValue(value) })),
          },
        ];
    }
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** Keys a strict object accepts at `path`, found by walking the schema's definition. */
export function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return [];
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      options?: z.core.$ZodType[];
    };
    if (def.type === 'object' && def.shape) current = unwrap(def.shape[String(segment)]);
    else if (def.type === 'array' && def.element) current = unwrap(def.element);
    else return [];
  }
  return objectKeys(current);
}

function objectKeys(schema: z.core.$ZodType | undefined): string[] {
  if (!schema) return [];
  const def = schema._zod.def as { type: string; shape?: Record<string, unknown>; options?: z.core.$ZodType[] };
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => objectKeys(unwrap(option)));
  return [];
}

/** Looks through optional, default, refinement and transform wrappers to the schema that has the shape. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of keys to values',
  };
  return names[expected] ?? expected;
}

/** A short, single-line picture of a value as written. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(text);
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects are told above; YAML leaves numbers and booleans
  return String(value);
}
