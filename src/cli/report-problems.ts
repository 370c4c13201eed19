import { formatContentProblem, formatGithubAnnotation, type ContentProblem } from '../problems/content-problem.ts';
import type { Backlog } from '../model/backlog.ts';

/** Every problem, a blank line between them, then a count; with GitHub Actions, annotations too. */
export function reportProblems(problems: readonly ContentProblem[], print: (line: string) => void, env = process.env): void {
  print(problems.map(formatContentProblem).join('\n\n'));
  const files = new Set(problems.map((problem) => problem.file)).size;
  print(`\n✗ ${plural(problems.length, 'problem')} in ${plural(files, 'file')}`);
  if (env.GITHUB_ACTIONS === 'true') for (const problem of problems) print(formatGithubAnnotation(problem));
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

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
