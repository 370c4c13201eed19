import type { Backlog } from '../model/backlog.ts';
import { formatGithubAnnotation, type ContentProblem } from '../problems/content-problem.ts';
import { formatProblemList } from '../problems/problem-list.ts';
import { plural } from '../text/plural.ts';

/** The list of problems; with GitHub Actions, annotations too. */
export function reportProblems(problems: readonly ContentProblem[], print: (line: string) => void, env = process.env): void {
  print(formatProblemList(problems));
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
