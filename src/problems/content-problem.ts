import type { ContentProblemCode } from './catalogue/index.ts';
import type { DataArguments, ProblemDefinition } from './problem-definition.ts';
import { describeProblem, type ProblemText } from './problem-text.ts';

/**
 * A mistake in the content folder, told to the person who made it: where (file, line, column,
 * field), what is wrong, what was expected and found, and a hint when one is obvious; and its
 * permanent `code` from the catalogue (./catalogue/), for bots. Content problems are data, never
 * exceptions: every stage collects them so `check` lists all at once.
 */
export type ContentProblem = ProblemPlace & ProblemText<ContentProblemCode>;

/** Where a problem is. */
export interface ProblemPlace {
  /** Path of the file, relative to the working folder, with forward slashes. */
  file: string;
  /** 1-based line and column of the YAML node or Markdown line, when there is one. */
  line?: number;
  column?: number;
  /** Dotted path of the field (`estimate.points`, `dependsOn.1`), empty for the whole file. */
  field: string;
}

/** A problem found in a text whose file the caller knows (a frontmatter, a body), at its line. */
export type ProblemAtLine = ProblemText<ContentProblemCode> & { line: number; column?: number };

/** The problem a definition describes, with this data, at this place. */
export function problemAt<const Definition extends ProblemDefinition<never> & { code: ContentProblemCode }>(
  place: ProblemPlace,
  definition: Definition,
  ...data: DataArguments<Definition>
): ContentProblem {
  return { ...place, ...describeProblem(definition, ...data) };
}

/** `path:line:column  field.path  message`, then expected / found / hint on indented lines. */
export function formatContentProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}`;
  const head = [where, problem.field, problem.message].filter(Boolean).join('  ');
  const details: string[] = [];
  if (problem.expected !== undefined) details.push(`    expected  ${problem.expected}`);
  if (problem.found !== undefined) details.push(`    found     ${problem.found}`);
  if (problem.hint !== undefined) details.push(`    hint      ${problem.hint}`);
  return [head, ...details].join('\n');
}

/** The same problem as a GitHub workflow command, so it shows as an annotation on the PR diff. */
export function formatGithubAnnotation(problem: ContentProblem, level: 'error' | 'warning' = 'error'): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line ?? 1}`,
    `col=${problem.column ?? 1}`,
    // The code is for bots reading the annotations; the human format leaves it out.
    `title=${escapeProperty(`${problem.field ? `${problem.field}: ${problem.message}` : problem.message} [${problem.code}]`)}`,
  ].join(',');
  const detail = [
    problem.message,
    problem.expected !== undefined ? `expected: ${problem.expected}` : undefined,
    problem.found !== undefined ? `found: ${problem.found}` : undefined,
    problem.hint !== undefined ? `hint: ${problem.hint}` : undefined,
  ].filter((part) => part !== undefined);
  return `::${level} ${properties}::${escapeData(detail.join('\n'))}`;
}

/** Problems in reading order: by file, then position, so output is stable and easy to follow. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.field, b.field) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Escaping rules of GitHub's workflow commands (toolkit/core command.ts).
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
