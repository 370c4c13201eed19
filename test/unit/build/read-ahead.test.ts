import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createBacklogCache, validateBacklog } from '../../../src/build/check-backlog.ts';
import { shareOut, startReadAheadThreads, type ReadAheadThreads } from '../../../src/build/read-ahead.ts';
import { entryFilesToLoad, loadBacklog } from '../../../src/loading/load-backlog.ts';
import { renderBacklog } from '../../../src/rendering/render-backlog.ts';
import { contentWithScenario, fixturesDir } from '../../helpers/fixture-content.ts';

/** The base fixture with `count` more stories, each linking to the first, every third with a client block. */
function manyStories(count: number): string {
  const work = contentWithScenario();
  for (let index = 0; index < count; index++) {
    const block = index % 3 === 0 ? `\n:::client\nShown to the client ${index}.\n:::\n` : '';
    writeFileSync(
      join(work, 'content', 'stories', `ST-${100 + index}.md`),
      `---\ntitle: Story ${index}\nstatus: ready\npriority: should\nvisibility: ${index % 2 ? 'client' : 'internal'}\n---\nSee [the first](ST-1.md).\n${block}`,
    );
  }
  return work;
}

/** The problem scenarios' stories, under ids of their own so they do not overwrite each other. */
function withProblems(work: string): string {
  const scenarios = ['invalid-yaml-syntax', 'typo-and-references', 'unclosed-directive', 'duplicate-yaml-key', 'mdx-errors'];
  scenarios.forEach((scenario, index) => {
    const stories = join(fixturesDir, 'problems', scenario, 'stories');
    for (const name of readdirSync(stories)) {
      cpSync(join(stories, name), join(work, 'content', 'stories', name.replace(/^ST-(\d+)/, `ST-${index + 3}$1`)));
    }
  });
  return work;
}

function inFolder<T>(folder: string, run: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(folder);
  return run().finally(() => process.chdir(previous));
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item)));
}

const opened: ReadAheadThreads[] = [];
afterEach(() => opened.splice(0).forEach((threads) => threads.close()));
/** One thread besides the test's, whatever the number of files. */
const oneThread = () => {
  const threads = startReadAheadThreads(1, 0);
  opened.push(threads);
  return threads;
};

/** In a folder of `manyStories`: a pass begun, what it will load, and a thread to read it ahead. */
function readyToReadAhead() {
  const cache = createBacklogCache();
  cache.files.startPass();
  return { root: resolve('content'), threads: oneThread(), cache, toLoad: entryFilesToLoad('content')! };
}

describe('reading and rendering ahead in a thread', () => {
  test('the pass takes what the thread read and rendered, and does none of it again', async () => {
    const work = manyStories(150);
    await inFolder(work, async () => {
      const { root, threads, cache, toLoad } = readyToReadAhead();
      expect(await threads.readFiles(cache.files, root, toLoad)).toBeGreaterThan(0);
      const readAgain = vi.spyOn(cache.files, 'set');
      const loaded = loadBacklog('content', { cache: cache.files });
      expect(loaded.problems).toEqual([]);
      expect(readAgain).not.toHaveBeenCalled();

      cache.bodies.startPass();
      expect(await threads.renderBodies(cache.bodies, loaded.backlog!, root)).toBeGreaterThan(0);
      const renderedAgain = vi.spyOn(cache.bodies, 'set');
      const rendering = await renderBacklog(loaded.backlog!, root, undefined, { cache: cache.bodies });
      expect(rendering.problems).toEqual([]);
      expect(renderedAgain).not.toHaveBeenCalled();

      // A field's position, from an entry read in the thread, is where a fresh read finds it.
      const fresh = loadBacklog('content');
      for (const story of loaded.backlog!.stories) {
        const twin = fresh.backlog!.stories.find((candidate) => candidate.id === story.id)!;
        expect(story.locate(['priority'])).toEqual(twin.locate(['priority']));
      }
    });
  });

  test('a check with a thread equals one without, problems and renderings alike', async () => {
    for (const work of [manyStories(120), withProblems(manyStories(120))]) {
      await inFolder(work, async () => {
        const withThread = await validateBacklog('content', createBacklogCache(), oneThread());
        const alone = await validateBacklog('content');
        expect(plain(withThread)).toEqual(plain(alone));
      });
    }
    const problems = await inFolder(withProblems(manyStories(120)), async () => (await validateBacklog('content')).problems);
    expect(new Set(problems.map((problem) => problem.code)).size).toBeGreaterThan(4);
  });

  test('a file edited after the thread read it is read again', async () => {
    const work = manyStories(150);
    await inFolder(work, async () => {
      const { root, threads, cache, toLoad } = readyToReadAhead();
      await threads.readFiles(cache.files, root, toLoad);
      // Every story was read ahead, the last ones by the thread; this one is made internal since.
      const story = join(root, 'stories', 'ST-249.md');
      writeFileSync(story, readFileSync(story, 'utf8').replace('visibility: client', 'visibility: internal'));
      const loaded = loadBacklog('content', { cache: cache.files });
      expect(loaded.backlog!.stories.find((entry) => entry.id === 'ST-249')!.data.visibility).toBe('internal');
    });
  });

  test('a file gone since it was listed fails its chunk, not the check, and the thread goes on', async () => {
    const work = manyStories(150);
    await inFolder(work, async () => {
      const { root, threads, cache, toLoad } = readyToReadAhead();
      // One in this thread's first chunk of 32 files, one in the first two the thread is given.
      const gone = ['ST-105.md', 'ST-140.md'].map((name) => toLoad.files.findIndex(({ file }) => file.path.endsWith(`/${name}`)));
      expect(gone[0]).toBeLessThan(32);
      expect(gone[1]).toBeGreaterThanOrEqual(32);
      expect(gone[1]).toBeLessThan(96);
      for (const index of gone) rmSync(toLoad.files[index].file.path);
      expect(await threads.readFiles(cache.files, root, toLoad)).toBeGreaterThan(0);
      const loaded = loadBacklog('content', { cache: cache.files });
      cache.bodies.startPass();
      expect(await threads.renderBodies(cache.bodies, loaded.backlog!, root)).toBeGreaterThan(0);
      expect(plain(await validateBacklog('content', cache))).toEqual(plain(await validateBacklog('content')));
    });
  });
});

describe('sharing work out', () => {
  test('every item is done once, here or in a thread; a thread that fails leaves its chunk undone', async () => {
    const items = Array.from({ length: 500 }, (_, index) => index);
    const done: number[] = [];
    const inThreads = await shareOut(
      items,
      ['steady', 'failing'],
      (chunk) => done.push(...chunk),
      async (thread, chunk) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (thread === 'failing') throw new Error('the thread ended');
        done.push(...chunk);
      },
    );
    const undone = items.filter((item) => !done.includes(item));
    expect(done.length).toBe(new Set(done).size);
    // The steady thread's first two chunks at least, of 32 items each; the failing one's two are left.
    expect(inThreads).toBeGreaterThanOrEqual(64);
    expect(undone).toHaveLength(64);
  });
});
