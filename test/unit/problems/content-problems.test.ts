import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import { formatContentProblem } from '../../../src/problems/content-problem.ts';
import { checkInFolder, contentWithScenario, fixturesDir } from '../../helpers/fixture-content.ts';

const problemsDir = join(fixturesDir, 'problems');
const scenarios = readdirSync(problemsDir).sort();

/** What `check` would print for the base fixture with a scenario laid over it. */
async function problemReport(scenario: string): Promise<string> {
  const work = contentWithScenario(join(problemsDir, scenario));
  const { backlog, problems } = await checkInFolder(work);
  expect(backlog).toBeUndefined();
  expect(problems.length).toBeGreaterThan(0);
  return problems.map(formatContentProblem).join('\n\n');
}


describe('each kind of content problem is reported in words a product owner understands', () => {
  test('the base fixture itself has no problem', () => {
    const work = contentWithScenario();
    const { backlog, problems } = loadBacklog('content', { cwd: work });
    expect(problems).toEqual([]);
    expect(backlog?.stories.map((story) => story.id)).toEqual(['ST-1', 'ST-2']);
  });

  test.each(scenarios)('%s', async (scenario) => {
    expect(await problemReport(scenario)).toMatchSnapshot();
  });
});
