import type { Backlog } from '../model/backlog.ts';
import { formatGithubAnnotation, type ContentProblem } from '../problems/content-problem.ts';
import { formatProblemList, formatWarningList } from '../problems/problem-list.ts';
import { plural } from '../text/plural.ts';
import type { Refusal } from '../problems/refusal.ts';

/** The list of problems; with GitHub Actions, annotations too. */
export function reportProblems(problems: readonly ContentProblem[], print: (line: string) => void, env = process.env): void {
  print(formatProblemList(problems));
  if (env.GITHUB_ACTIONS === 'true') for (const problem of problems) print(formatGithubAnnotation(problem));
}

/** The list of warnings; with GitHub Actions, warning annotations too. */
export function reportWarnings(warnings: readonly ContentProblem[], print: (line: string) => void, env = process.env): void {
  print(formatWarningList(warnings));
  if (env.GITHUB_ACTIONS === 'true') for (const warning of warnings) print(formatGithubAnnotation(warning, 'warning'));
}

/** Why a command cannot do its work, on standard error: the message, then its hint. Returns the exit code, 1. */
export function reportRefusal(refusal: Refusal): number {
  console.error(`${refusal.message}${refusal.hint === undefined ? '' : `\n    hint      ${refusal.hint}`}`);
  return 1;
}

/** One line: what was checked, per collection. */
export function summariseBacklog(backlog: Backlog): string {
  const counts = [
    plural(backlog.views.length, 'view'),
    plural(backlog.phases.length, 'phase'),
    plural(backlog.epics.length, 'epic'),
    plural(backlog.stakeholders.length, 'stakeholder'),
    plural(backlog.stories.length, 'story', 'stories'),
  ];
  return `${backlog.project.name}: ${counts.join(', ')}`;
}
