import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readJiraExport } from '../../../src/import/jira-export.ts';
import type { SourceBacklog } from '../../../src/import/source-backlog.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';

const exportText = readFileSync(join(fixturesDir, 'import', 'jira', 'export.csv'), 'utf8');
const read = (text: string, phases: 'fix-version' | 'sprint' = 'fix-version') => readJiraExport(text, 'export.csv', phases);
const backlog = (text = exportText, phases: 'fix-version' | 'sprint' = 'fix-version') => read(text, phases) as SourceBacklog;

describe('readJiraExport', () => {
  test('every mapped column of an issue, repeated columns gathered, wiki markup as Markdown', () => {
    const story = backlog().items.find((item) => item.sourceId === 'PROJ-431')!;
    expect(story).toMatchObject({
      id: 'PROJ-431',
      title: 'Log a spraying, offline',
      status: 'In QA',
      priority: 'Highest',
      phase: '1.0',
      epic: 'PROJ-400',
      dependsOn: ['PROJ-432'],
      points: 5,
      personDays: 2,
      owner: 'Zoë Martin',
      tags: ['offline', 'mobile', 'public-roadmap'],
      created: '2026-03-12',
      updated: '2026-03-20',
      leftOut: ['Reporter', 'Sprint'],
      notes: ['2 fix versions: phase "1.0"'],
    });
    expect(story.body).toContain('## Why\nFarmers spray in fields **without network**, so the log must work *offline*.');
    expect(story.body).toContain('```javascript\nconst queue = [];\nqueue.push({ "product": "x" });\n```');
    expect(story.fields.label).toEqual(['offline', 'mobile', 'public-roadmap']);
  });

  test('epics become epics; a sub-task names its parent by issue id, a story its epic by Parent', () => {
    const { epics, items } = backlog();
    expect(epics).toEqual([expect.objectContaining({ sourceId: 'PROJ-400', id: 'PROJ-400', title: 'Field logging' })]);
    expect(items.find((item) => item.sourceId === 'PROJ-433')).toMatchObject({ parent: 'PROJ-431', epic: undefined, tags: ['sub-task'] });
    expect(items.find((item) => item.sourceId === 'PROJ-435')).toMatchObject({ parent: undefined, epic: 'PROJ-400' });
  });

  test('phases from fix versions or sprints, in natural order; a story takes the last of its sprints', () => {
    expect(backlog().phases.map((phase) => phase.name)).toEqual(['1.0', '1.1']);
    const sprints = backlog(exportText, 'sprint');
    expect(sprints.phases.map((phase) => [phase.name, phase.kind])).toEqual([
      ['PROJ Sprint 1', 'sprint'],
      ['PROJ Sprint 2', 'sprint'],
    ]);
    expect(sprints.items.find((item) => item.sourceId === 'PROJ-431')?.phase).toBe('PROJ Sprint 2');
  });

  test('an export with only the columns it needs, and Status Category as a hint', () => {
    const minimal = backlog('Issue key,Summary,Status,Status Category\nX-1,Só mínimo,Parked,In Progress\n');
    expect(minimal.items).toEqual([expect.objectContaining({ id: 'X-1', title: 'Só mínimo', status: 'Parked', tags: [], dependsOn: [] })]);
    expect(minimal.statusHints).toEqual({ Parked: 'In Progress' });
  });

  test('a file that is no Jira export, or a row with too many cells, is told at its line', () => {
    expect(read('Key,Title\nA-1,x\n')).toEqual({
      unreadable: expect.objectContaining({
        code: 'not-a-jira-export',
        message: 'export.csv:1  there is no "issue key" column in the first line; nothing was written',
      }),
    });
    expect(read('Issue key,Summary\nA-1,"two\nlines"\nA-2,x,y\n')).toEqual({
      unreadable: expect.objectContaining({
        code: 'malformed-csv',
        message: 'export.csv:4  this row has 3 cells where the first line names 2 columns; nothing was written',
      }),
    });
    expect(read('Issue key,Summary\nA-1,"never closed\n')).toEqual({
      unreadable: expect.objectContaining({
        code: 'malformed-csv',
        message: 'export.csv:2  a quoted cell is never closed; nothing was written',
      }),
    });
  });
});
