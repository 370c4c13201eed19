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

// What bots see of each scenario: the permanent codes of its problems (src/problems/catalogue/).
const codesOfScenario: Record<string, string[]> = {
  'alias-bomb': ['yaml-alias-bomb'],
  'broken-symlink': ['broken-symlink'],
  'closed-with-dots': ['frontmatter-closed-with-dots'],
  'dependency-cycle': ['dependency-cycle'],
  'duplicate-id-case': ['duplicate-id'],
  'duplicate-id-frontmatter': ['duplicate-id'],
  'duplicate-id-unicode': ['duplicate-id'],
  'duplicate-phase-order': ['duplicate-phase-order'],
  'duplicate-yaml-key': ['duplicate-yaml-key'],
  'file-name-not-an-id': ['file-name-not-an-id'],
  'impossible-date': ['no-such-day'],
  'invalid-project': ['unknown-currency', 'not-an-allowed-value', 'not-a-web-address'],
  'invalid-view': ['not-an-allowed-value', 'wrong-kind-of-value', 'unknown-key', 'invalid-base-path'],
  'invalid-yaml-syntax': ['invalid-yaml'],
  'level-lookalikes': ['level-block-in-html', 'level-block-read-as-text', 'level-block-in-code', 'level-block-never-closed'],
  'mdx-errors': ['mdx-import', 'unavailable-component', 'mdx-does-not-render'],
  'missing-logo': ['image-not-in-content'],
  'missing-title': ['required-field'],
  'no-frontmatter': ['no-frontmatter'],
  'not-a-mapping': ['not-a-mapping'],
  'not-utf8': ['not-utf-8'],
  'phase-ends-before-start': ['phase-ends-before-start'],
  'self-dependency': ['self-dependency'],
  'symlink-out-of-content': ['symlink-out-of-content'],
  'team-members': ['negative-amount', 'required-field', 'empty-text'],
  'toml-frontmatter': ['toml-frontmatter'],
  'typo-and-references': ['required-field', 'unknown-key', 'unknown-reference', 'self-dependency'],
  'unclosed-directive': ['level-block-never-closed'],
  'unclosed-frontmatter': ['unclosed-frontmatter'],
  'unknown-directive': ['unknown-level-block'],
  'unknown-key': ['unknown-key'],
  'unknown-led-to': ['unknown-reference'],
  'unknown-level': ['not-an-allowed-value'],
  'unknown-references': ['unknown-reference'],
  'unknown-status': ['not-an-allowed-value'],
  'unknown-team-member': ['unknown-reference', 'duplicate-team-member'],
  'updated-before-created': ['updated-before-created'],
  'wrong-extension': ['wrong-file-kind'],
  'wrong-types': ['wrong-kind-of-value', 'negative-amount', 'not-a-web-address'],
};

describe('each kind of content problem carries the permanent code of its kind', () => {
  test('every scenario has its codes listed here', () => {
    expect(Object.keys(codesOfScenario)).toEqual(scenarios);
  });

  test.each(scenarios)('%s', async (scenario) => {
    const { problems } = await checkInFolder(contentWithScenario(join(problemsDir, scenario)));
    expect([...new Set(problems.map((problem) => problem.code))]).toEqual(codesOfScenario[scenario]);
  });
});
