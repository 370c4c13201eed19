import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createBacklogCache, validateBacklog } from '../../../src/build/check-backlog.ts';
import { projectBacklogForView } from '../../../src/projection/project-backlog.ts';
import { contentWithScenario } from '../../helpers/fixture-content.ts';

const png = (text: string) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(text)]);

// `backlog-docs dev` checks the content again after each edit through a cache: whatever the edits,
// what it then holds must be what a fresh check of the same files gives.
describe('a check through the cache kept between edits equals a fresh check', () => {
  let work: string;
  const cache = createBacklogCache();
  const path = (file: string) => join(work, 'content', file);
  const write = (file: string, text: string | Buffer) => {
    mkdirSync(dirname(path(file)), { recursive: true });
    writeFileSync(path(file), text);
  };
  const edit = (file: string, change: (text: string) => string) => writeFileSync(path(file), change(readFileSync(path(file), 'utf8')));

  /** Checks through the cache and afresh, from the working folder, and returns the cached result once both agree. */
  async function checkBoth() {
    const previous = process.cwd();
    process.chdir(work);
    try {
      const cached = await validateBacklog('content', cache);
      const fresh = await validateBacklog('content');
      expect(plain(cached)).toEqual(plain(fresh));
      if (fresh.rendered) {
        for (const view of fresh.rendered.views) {
          expect(projectBacklogForView(cached.rendered!, view.id)).toEqual(projectBacklogForView(fresh.rendered, view.id));
        }
      }
      return cached;
    } finally {
      process.chdir(previous);
    }
  }

  beforeAll(() => {
    work = contentWithScenario();
    write('views/client.yaml', 'title: Client\nlevel: client\n');
    write('stories/pictures/diagram.png', png('first'));
    write(
      'stories/ST-3.md',
      '---\ntitle: Third story\nstatus: ready\npriority: could\n---\nSee [the first](./ST-1.md) and ![a diagram](pictures/diagram.png).\n',
    );
  });

  test('on the content as it starts', async () => {
    expect((await checkBoth()).problems).toEqual([]);
  });

  test('after a body is edited', async () => {
    appendFileSync(path('stories/ST-1.md'), '\nA sentence added in review.\n');
    const { rendered } = await checkBoth();
    expect(rendered!.stories.find((story) => story.id === 'ST-1')!.bodyByLevel.at(-1)!.html).toContain('A sentence added in review.');
  });

  test('after a file is made invalid, and valid again', async () => {
    edit('stories/ST-2.md', (text) => text.replace('status: draft', 'stauts: draft'));
    expect((await checkBoth()).problems.map((problem) => problem.code)).toEqual(['required-field', 'unknown-key']);
    edit('stories/ST-2.md', (text) => text.replace('stauts: draft', 'status: draft'));
    expect((await checkBoth()).problems).toEqual([]);
  });

  test('after a file is added with a reference to a missing story, and the story is added', async () => {
    write('stories/later/ST-4.md', '---\ntitle: Fourth story\nstatus: draft\npriority: wont\ndependsOn: [ST-5]\n---\n');
    expect((await checkBoth()).problems.map((problem) => problem.code)).toEqual(['unknown-reference']);
    write('stories/later/ST-5.md', '---\ntitle: Fifth story\nstatus: draft\npriority: wont\n---\n');
    expect((await checkBoth()).problems).toEqual([]);
  });

  test('after a linked file is renamed, and renamed back', async () => {
    renameSync(path('stories/ST-1.md'), path('stories/ST-10.md'));
    // ST-3's body links to the old name: it is rendered again, and its link refused.
    const codes = (await checkBoth()).problems.map((problem) => problem.code);
    expect(codes).toContain('link-to-no-entry');
    renameSync(path('stories/ST-10.md'), path('stories/ST-1.md'));
    expect((await checkBoth()).problems).toEqual([]);
  });

  test('after a duplicate id appears, and is deleted', async () => {
    write('stories/later/st-3.md', '---\ntitle: Third again\nstatus: draft\npriority: wont\n---\n');
    expect((await checkBoth()).problems.map((problem) => problem.code)).toEqual(['duplicate-id']);
    rmSync(path('stories/later/st-3.md'));
    expect((await checkBoth()).problems).toEqual([]);
  });

  test('after an image a body shows is replaced', async () => {
    const before = (await checkBoth()).rendered!.assetSources;
    write('stories/pictures/diagram.png', png('second'));
    const after = (await checkBoth()).rendered!.assetSources;
    expect([...after.keys()]).not.toEqual([...before.keys()]);
  });

  test('after project.yaml changes its default level, its levels and workflow, is broken, and fixed', async () => {
    // The schemas stay the same: only the marks that files without a level get change.
    edit('project.yaml', (text) => `${text}defaultVisibility: client\n`);
    expect((await checkBoth()).backlog!.stories[0].data.visibility).toBe('client');
    edit('project.yaml', (text) =>
      text.replace('defaultVisibility: client', 'visibilityLevels: [public, client, partners, internal]\ndefaultVisibility: partners'),
    );
    await checkBoth();
    edit(
      'project.yaml',
      (text) => `${text}workflow:\n  - { id: draft, label: Draft, category: planned }\n  - { id: done, label: Done, category: done }\n`,
    );
    expect((await checkBoth()).problems.map((problem) => problem.code)).toContain('not-an-allowed-value');
    edit('project.yaml', (text) => text.replace('name:', 'nmae:'));
    expect((await checkBoth()).backlog).toBeUndefined();
    edit('project.yaml', (text) => text.replace('nmae:', 'name:').replace(/workflow:[\s\S]*$/, ''));
    expect((await checkBoth()).problems).toEqual([]);
  });

  test('after a view changes its level and title', async () => {
    edit('views/client.yaml', () => 'title: Partners\nlevel: partners\n');
    const { rendered } = await checkBoth();
    expect(rendered!.views.map((view) => view.data.title)).toContain('Partners');
  });
});

/** The result as data, to compare: Maps as their entries; functions (an entry's `locate`) left out. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item)));
}
