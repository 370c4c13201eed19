import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import type { RenderedBacklog } from '../../../src/model/rendered-backlog.ts';
import type { StoryView } from '../../../src/model/view-data.ts';
import { addUpEstimates, measuresCarried } from '../../../src/projection/estimate-totals.ts';
import { projectBacklogForView } from '../../../src/projection/project-backlog.ts';
import { renderBacklog } from '../../../src/rendering/render-backlog.ts';
import { budgetLines } from '../../../src/model/budget-lines.ts';
import { projectRoot } from '../../helpers/run-script.ts';

const story = (category: StoryView['category'], estimate?: StoryView['estimate']) => ({ category, estimate }) as StoryView;

describe('adding up estimates', () => {
  test('done against remaining, dropped stories left out', () => {
    const stories = [
      story('done', { points: 3, cost: 1000 }),
      story('active', { points: 5, cost: 2500 }),
      story('planned', { points: 2 }),
      story('dropped', { points: 8, cost: 9000 }),
    ];
    expect(addUpEstimates(stories, measuresCarried(stories))).toEqual({
      estimated: { points: 10, cost: 3500 },
      done: { points: 3, cost: 1000 },
      remaining: { points: 7, cost: 2500 },
    });
  });

  test('a measure no story carries is not a total of 0, it is absent', () => {
    const stories = [story('done', { points: 3 }), story('planned')];
    expect(measuresCarried(stories)).toEqual(['points']);
    expect(addUpEstimates([], ['points'])).toEqual({ estimated: { points: 0 }, done: { points: 0 }, remaining: { points: 0 } });
  });

  test('a budget line says how far over or under, and marks only what is over', () => {
    expect(budgetLines({ points: 49, personDays: 63, cost: 40950 }, { personDays: 45, cost: 29250 })).toEqual([
      { measure: 'personDays', estimated: 63, budget: 45, difference: 18, share: 1.4, over: true },
      { measure: 'cost', estimated: 40950, budget: 29250, difference: 11700, share: 1.4, over: true },
    ]);
    expect(budgetLines({ cost: 9750 }, { cost: 11700 })[0]).toMatchObject({ difference: -1950, over: false });
    expect(budgetLines({ cost: 500 })).toEqual([{ measure: 'cost', estimated: 500, over: false }]);
    expect(budgetLines({ points: 5 })).toEqual([]);
  });
});

describe("the example backlog's phases against their budgets, per view", () => {
  let rendered: RenderedBacklog;
  beforeAll(async () => {
    const content = join(projectRoot, 'content');
    const { backlog } = loadBacklog(content);
    rendered = (await renderBacklog(backlog!, content, projectRoot)).rendered!;
  });
  const phase = (viewId: string, phaseId: string) =>
    projectBacklogForView(rendered, viewId).phases.find((candidate) => candidate.id === phaseId)!;

  test('the team counts every story: the trials come to 70 person-days and €45,500 against 60 and €39,000', () => {
    const trials = phase('team', 'trials');
    expect(trials.estimates.estimated).toEqual({ points: 62, personDays: 70, cost: 45500 });
    expect(trials.budget).toEqual({ personDays: 60, cost: 39000 });
    expect(budgetLines(trials.estimates.estimated, trials.budget).map((line) => line.over)).toEqual([true, true]);
  });

  test('the client counts only the stories it sees, and consolidation is over budget there too', () => {
    const consolidation = phase('client', 'consolidation');
    expect(consolidation.estimates.estimated.cost).toBe(29900);
    expect(consolidation.estimates.estimated.cost).toBeLessThan(phase('team', 'consolidation').estimates.estimated.cost!);
    expect(budgetLines(consolidation.estimates.estimated, consolidation.budget).find((line) => line.measure === 'cost')).toMatchObject({
      budget: 29250,
      over: true,
    });
  });

  test('a view that shows no estimates or costs has no totals and no budgets to show', () => {
    const data = projectBacklogForView(rendered, 'public');
    expect(data.totals).toEqual({ estimated: {}, done: {}, remaining: {} });
    expect(
      data.phases.every((candidate) => candidate.budget === undefined && Object.keys(candidate.estimates.estimated).length === 0),
    ).toBe(true);
  });

  test('the project totals add up the phases and the stories without one', () => {
    const data = projectBacklogForView(rendered, 'team');
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(data.totals.budget).toEqual({
      personDays: sum(data.phases.map((candidate) => candidate.budget?.personDays ?? 0)),
      cost: sum(data.phases.map((candidate) => candidate.budget?.cost ?? 0)),
    });
    expect(data.totals.estimated.cost).toBe(sum(data.stories.filter((s) => s.category !== 'dropped').map((s) => s.estimate?.cost ?? 0)));
  });
});
