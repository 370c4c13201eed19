import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readGithubIssues } from '../../../src/import/github-issues.ts';
import type { SourceBacklog } from '../../../src/import/source-backlog.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';

const issuesText = readFileSync(join(fixturesDir, 'import', 'github', 'issues.json'), 'utf8');

describe('readGithubIssues', () => {
  test('each issue becomes GH-<number>, milestones become phases with their due date', () => {
    const backlog = readGithubIssues(issuesText, 'issues.json') as SourceBacklog;
    expect(backlog.items.map((item) => [item.id, item.status, item.phase, item.owner])).toEqual([
      ['GH-57', 'open', 'Pilot season', 'sofia-l'],
      ['GH-58', 'closed', 'Pilot season', undefined],
      ['GH-60', 'open', undefined, 'marc-d, sofia-l'],
    ]);
    expect(backlog.items[0]).toMatchObject({ tags: ['priority: high', 'public-roadmap'], created: '2026-03-01', updated: '2026-03-15' });
    expect(backlog.items[1].title).toBe('Crash when the phone is in Turkish — İ/ı');
    expect(backlog.phases).toEqual([
      {
        name: 'Pilot season',
        aliases: [],
        title: 'Pilot season',
        end: '2026-07-31',
        body: 'The first season with pilot farms.',
        kind: 'milestone',
      },
    ]);
  });

  test('JSON that does not parse, or is not a list of issues, is told at its line', () => {
    expect(readGithubIssues('[\n  { "number": 1,\n  }\n]', 'issues.json')).toEqual({
      unreadable: expect.objectContaining({
        code: 'malformed-json',
        message: expect.stringMatching(/^issues\.json:3 {2}not valid JSON: /),
      }),
    });
    expect(readGithubIssues('{ "issues": [] }', 'issues.json')).toEqual({
      unreadable: expect.objectContaining({
        code: 'not-a-github-issue-list',
        message: 'issues.json:1  expected a JSON array of issues; nothing was written',
      }),
    });
    const wrongTitle =
      '[\n  { "number": 1, "title": "A", "state": "OPEN" },\n  {\n    "number": 2,\n    "title": 7,\n    "state": "OPEN"\n  }\n]';
    expect(readGithubIssues(wrongTitle, 'issues.json')).toEqual({
      unreadable: expect.objectContaining({ message: 'issues.json:5  issue 2: "title" must be text; nothing was written' }),
    });
  });
});
