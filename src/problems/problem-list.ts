import { plural } from '../text/plural.ts';
import { formatContentProblem, type ContentProblem } from './content-problem.ts';

/** Every problem, a blank line between them, then a count, as `check` prints them. */
export function formatProblemList(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `${problems.map(formatContentProblem).join('\n\n')}\n\n✗ ${plural(problems.length, 'problem')} in ${plural(files, 'file')}`;
}

/** Warnings, as `check` prints them after its summary: each one, then a count. */
export function formatWarningList(warnings: readonly ContentProblem[]): string {
  const files = new Set(warnings.map((warning) => warning.file)).size;
  return `${warnings.map(formatContentProblem).join('\n\n')}\n\n⚠ ${plural(warnings.length, 'warning')} in ${plural(files, 'file')} (check --strict counts them as problems)`;
}
