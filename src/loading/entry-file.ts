import type { z } from 'astro/zod';
import type { Entry, StoryData } from '../model/backlog.ts';
import { entryIdPattern } from '../model/ids.ts';
import { fileNameNotAnId } from '../problems/catalogue/content-files.ts';
import { problemAt, type ContentProblem } from '../problems/content-problem.ts';
import { describeSchemaIssues } from '../problems/schema-issues.ts';
import type { EntrySchemas } from '../schemas/index.ts';
import { collectionLayout, type ContentFile } from './content-files.ts';
import { entryIdOf } from './entry-id.ts';
import type { EntrySource, readEntrySource } from './read-entry-source.ts';

/**
 * What one entry file gives the backlog, from that file alone: its entry when it is valid, else
 * its id (references to it are not dangling) and, for a story, its valid fields (its references are
 * still checked); and its own problems. The checks across files come after, over all of them.
 */
export interface EntryFileOutcome {
  problems: ContentProblem[];
  entry?: Entry<unknown>;
  invalidId?: string;
  salvaged?: Entry<StoryData>;
}

/** Reads and validates one entry file: `file` is its path as messages show it. */
export function loadEntryFile(
  { collection, path }: ContentFile,
  file: string,
  schemas: EntrySchemas,
  readSource: typeof readEntrySource,
): EntryFileOutcome {
  const source = readSource(path, collectionLayout[collection].kind);
  if ('problems' in source) return { problems: source.problems.map((problem) => ({ file, field: '', ...problem })) };
  const id = entryIdOf(path, source.data.id);
  if (source.data.id === undefined && !entryIdPattern.test(id)) {
    return { problems: [problemAt({ file, line: 1, column: 1, field: '' }, fileNameNotAnId, { id })] };
  }
  const problems: ContentProblem[] = [];
  const result = validate(schemas[collection], source, file, problems);
  const entry = { id, file, path, body: source.body, bodyLine: source.bodyLine, locate: source.locate };
  if (result !== undefined) return { problems, entry: { ...entry, data: result } };
  // A story with a typo still has its references checked, so one run lists every problem.
  const salvaged = collection === 'stories' ? { ...entry, data: validFieldsOf<StoryData>(schemas.stories, source.data) } : undefined;
  return { problems, invalidId: id, salvaged };
}

export function validate<S extends z.ZodType>(
  schema: S,
  source: EntrySource,
  file: string,
  problems: ContentProblem[],
): z.output<S> | undefined {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  for (const issue of describeSchemaIssues(result.error.issues, source.data, schema)) {
    const { path, atKey, ...text } = issue;
    problems.push({ file, ...source.locate(path, atKey), field: path.map(String).join('.'), ...text });
  }
  return undefined;
}

/**
 * The fields of an entry that failed its schema which are valid on their own, the others at their
 * defaults (an empty list) or left out, for the cross-checks: the entry itself is never published.
 */
function validFieldsOf<D>(schema: z.ZodObject, data: Record<string, unknown>): D {
  const fields = Object.entries(schema.shape).flatMap(([key, field]) => {
    const parsed = [data[key], undefined].map((value) => (field as z.ZodType).safeParse(value)).find((result) => result.success);
    return parsed?.data !== undefined ? [[key, parsed.data]] : [];
  });
  return Object.fromEntries(fields) as D;
}
