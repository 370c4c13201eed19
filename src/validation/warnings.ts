import type { Backlog, Entry } from '../model/backlog.ts';
import { budgetLines } from '../model/budget-lines.ts';
import { idKey } from '../model/ids.ts';
import { doneWithOpenCriteria, milestoneAfterPhaseEnd, phaseOverBudget } from '../problems/catalogue/warnings.ts';
import { problemAt, sortProblems, type ContentProblem } from '../problems/content-problem.ts';

/**
 * What builds but deserves a look before a review (`check` prints them): a done story with an
 * unticked criterion, a phase whose stories are estimated above its budget (dropped stories apart,
 * every story counted: the team's reading), a milestone after its phase's end.
 */
export function findWarnings(backlog: Backlog): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const at = (entry: Entry<unknown>, path: (string | number)[]) => ({ file: entry.file, field: path.join('.'), ...entry.locate(path) });
  const categoryOf = new Map(backlog.project.workflow.map((status) => [status.id, status.category]));

  for (const story of backlog.stories) {
    if (categoryOf.get(story.data.status) !== 'done') continue;
    // One warning per story, at its first unticked criterion: a list of each would drown the rest.
    const { acceptance } = story.data;
    const first = acceptance.findIndex((criterion) => !criterion.done);
    if (first === -1) continue;
    const open = acceptance.filter((criterion) => !criterion.done).length;
    warnings.push(
      problemAt(at(story, ['acceptance', first]), doneWithOpenCriteria, {
        status: story.data.status,
        text: acceptance[first].text,
        open,
        total: acceptance.length,
      }),
    );
  }

  for (const phase of backlog.phases) {
    const stories = backlog.stories.filter(
      (story) =>
        story.data.phase !== undefined && idKey(story.data.phase) === idKey(phase.id) && categoryOf.get(story.data.status) !== 'dropped',
    );
    const sum = (measure: 'personDays' | 'cost') => stories.reduce((total, story) => total + (story.data.estimate?.[measure] ?? 0), 0);
    for (const line of budgetLines({ personDays: sum('personDays'), cost: sum('cost') }, phase.data.budget)) {
      if (!line.over) continue;
      const { measure, estimated, budget } = line;
      warnings.push(
        problemAt(at(phase, ['budget', measure]), phaseOverBudget, { measure, estimated, budget, currency: backlog.project.currency }),
      );
    }
    const end = phase.data.end;
    if (end === undefined) continue;
    phase.data.milestones.forEach((milestone, index) => {
      if (milestone.date > end)
        warnings.push(problemAt(at(phase, ['milestones', index, 'date']), milestoneAfterPhaseEnd, { date: milestone.date, end }));
    });
  }
  return sortProblems(warnings);
}
