import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import { formatContentProblem } from '../../../src/problems/content-problem.ts';
import { findWarnings } from '../../../src/validation/warnings.ts';
import { contentWithScenario, fixturesDir } from '../../helpers/fixture-content.ts';

function warningsOf(...scenarios: string[]) {
  const { backlog, problems } = loadBacklog('content', { cwd: contentWithScenario(...scenarios) });
  expect(problems).toEqual([]);
  return findWarnings(backlog!);
}

describe('check warnings', () => {
  test('the base fixture has none', () => {
    expect(warningsOf()).toEqual([]);
  });

  test('a done story with unticked criteria, a phase over budget, a milestone after the end: each at its line', () => {
    const warnings = warningsOf(join(fixturesDir, 'warnings'));
    expect(warnings.map((warning) => `${warning.code} ${warning.file}:${warning.line} ${warning.field}`)).toEqual([
      'phase-over-budget content/phases/p1.md:6 budget.cost',
      'milestone-after-phase-end content/phases/p1.md:9 milestones.1.date',
      'done-with-open-criteria content/stories/ST-3.md:9 acceptance.1',
    ]);
    expect(warnings.map(formatContentProblem).join('\n\n')).toMatchInlineSnapshot(`
      "content/phases/p1.md:6:33  budget.cost  the phase's stories come to 6000 EUR, over its budget of 5000 (+20 %)
          hint      raise the budget, or move or drop stories; dropped stories do not count

      content/phases/p1.md:9:37  milestones.1.date  this milestone (2026-04-02) falls after the phase ends (2026-03-27)
          hint      move the milestone, or the phase's end

      content/stories/ST-3.md:9:5  acceptance.1  the story is "done" but 2 of its 3 acceptance criteria are not ticked, this one first
          found     "Not ticked yet"
          hint      tick it ({ text: …, done: true }), or move the story back in the workflow"
    `);
  });
});
