import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBacklogMdTask } from '../../../src/import/backlog-md-task.ts';
import type { SourceItem } from '../../../src/import/source-backlog.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';

const tasks = join(fixturesDir, 'import', 'backlog-md', 'backlog', 'tasks');
const task = (name: string) => readBacklogMdTask(readFileSync(join(tasks, name), 'utf8'), name, name) as SourceItem;

describe('readBacklogMdTask', () => {
  test('frontmatter fields, acceptance criteria ticked or not, and the other sections as the body', () => {
    const item = task('task-1 - Map-the-parcels.md');
    expect(item).toMatchObject({
      sourceId: 'TASK-1',
      id: 'TASK-1',
      title: 'Map the parcels – météo ☀ included',
      status: 'In Progress',
      priority: 'high',
      phase: 'm-1',
      owner: 'sofia',
      tags: ['mapping', 'public-roadmap'],
      created: '2026-03-02',
      updated: '2026-03-20',
      rank: 1000,
      links: [{ title: 'example.com/cadastre', url: 'https://example.com/cadastre' }],
      acceptance: [
        { text: 'Parcels are drawn from the cadastre', done: true },
        { text: 'The weather shows for each parcel', done: false },
      ],
      notes: ['1 reference to files: left out'],
    });
    expect(item.body).toMatch(/^Farmers see their parcels on a map/);
    expect(item.body).toContain('## Implementation plan\n\n1. Load the cadastre tiles.');
    expect(item.body).not.toContain('SECTION:');
  });

  test('a sub-task names its parent; the definition of done stays a checklist of the body', () => {
    expect(task('task-2.1 - Choose-the-product.md')).toMatchObject({ id: 'TASK-2.1', parent: 'TASK-2' });
    expect(task('task-2 - Log-a-spraying.md').body).toContain('## Definition of done\n\n- [ ] Tested on a phone');
  });

  test('the id comes from the file name when the frontmatter has none; unknown keys are left out', () => {
    const item = readBacklogMdTask(
      '---\ntitle: Old style\nstatus: To Do\ntype: feature\n---\nText',
      'x',
      'task-7 - Old-style.md',
    ) as SourceItem;
    expect(item).toMatchObject({
      sourceId: 'task-7',
      id: 'TASK-7',
      leftOut: ['type'],
      fields: expect.objectContaining({ type: ['feature'] }),
    });
  });

  test('broken frontmatter is told at its line', () => {
    expect(readBacklogMdTask('---\nid: task-1\ntitle: a\ntitle: b\n---\n', 'tasks/task-1.md', 'task-1.md')).toEqual({
      unreadable: expect.objectContaining({ code: 'unreadable-task-file', message: expect.stringMatching(/^tasks\/task-1\.md:4 {2}/) }),
    });
  });
});
