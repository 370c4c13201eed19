import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, test } from 'vitest';
import { validateBacklog } from '../../../src/build/check-backlog.ts';
import { KeptMemo, keptBacklogCache } from '../../../src/build/kept-between-runs.ts';
import { contentWithScenario } from '../../helpers/fixture-content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kept-between-runs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const asIs = { store: <T>(value: T) => value, restore: <T>(value: T) => value };

describe('a memo kept from one run to the next', () => {
  test('what a pass asked for is read back by the next process, and only that', () => {
    const file = join(scratch, 'round-trip', 'memo.bin');
    const memo = new KeptMemo<string>(file, 'tools', asIs).read();
    expect(memo.get('ST-1')).toBeUndefined();
    memo.set('ST-1', 'one');
    memo.set('ST-2', 'two');
    new KeptMemo<string>(file, 'tools', asIs).save(memo);

    const next = new KeptMemo<string>(file, 'tools', asIs).read();
    next.startPass();
    expect(next.get('ST-1')).toBe('one');
    // ST-2 was not asked for in this pass (its file was deleted): it is not kept again.
    new KeptMemo<string>(file, 'tools', asIs).save(next);
    const third = new KeptMemo<string>(file, 'tools', asIs).read();
    expect(third.get('ST-1')).toBe('one');
    expect(third.get('ST-2')).toBeUndefined();
  });

  test('a pass that changed nothing leaves the file as it is; one that set or dropped a value writes it', () => {
    const file = join(scratch, 'unchanged', 'memo.bin');
    const first = new KeptMemo<string>(file, 'tools', asIs).read();
    first.set('ST-1', 'one');
    first.set('ST-2', 'two');
    new KeptMemo<string>(file, 'tools', asIs).save(first);
    const pass = (change: (memo: ReturnType<KeptMemo<string>['read']>) => void) => {
      const kept = new KeptMemo<string>(file, 'tools', asIs);
      const memo = kept.read();
      memo.startPass();
      change(memo);
      // A save writes a new file and renames it over the old one: a new inode.
      const before = statSync(file).ino;
      kept.save(memo);
      return { written: statSync(file).ino !== before };
    };
    expect(pass((memo) => (memo.get('ST-1'), memo.get('ST-2'))).written).toBe(false);
    expect(pass((memo) => (memo.get('ST-1'), memo.get('ST-2'), memo.set('ST-2', 'two again'))).written).toBe(true);
    // ST-2 not asked for: its file was deleted, and the value goes.
    expect(pass((memo) => memo.get('ST-1')).written).toBe(true);
    expect(new KeptMemo<string>(file, 'tools', asIs).read().get('ST-2')).toBeUndefined();
  });

  test('values another toolchain made are not read, nor a file that is not one of ours', () => {
    const file = join(scratch, 'foreign', 'memo.bin');
    const memo = new KeptMemo<string>(file, 'tools', asIs).read();
    memo.set('ST-1', 'one');
    new KeptMemo<string>(file, 'tools', asIs).save(memo);
    expect(new KeptMemo<string>(file, 'newer tools', asIs).read().get('ST-1')).toBeUndefined();
    for (const bytes of [Buffer.from('not a cache'), serialize({ key: 'tools', entries: 'nope' }), serialize(null)]) {
      writeFileSync(file, bytes);
      expect(new KeptMemo<string>(file, 'tools', asIs).read().get('ST-1')).toBeUndefined();
    }
  });
});

// Each run of `check` or `build` starts from what the last one kept: whatever changed between the
// runs, it must hold what a fresh check of the same files gives, positions of fields included.
describe('a check through what the last run kept equals a fresh check', () => {
  const work = contentWithScenario();
  const cacheDir = join(scratch, 'project-cache');
  const path = (file: string) => join(work, 'content', file);

  async function checkBoth() {
    const previous = process.cwd();
    process.chdir(work);
    try {
      const kept = keptBacklogCache(cacheDir, 'tools');
      const cached = await validateBacklog('content', kept.cache);
      kept.save();
      const fresh = await validateBacklog('content');
      expect(plain(cached)).toEqual(plain(fresh));
      for (const story of cached.backlog?.stories ?? []) {
        const twin = fresh.backlog!.stories.find((candidate) => candidate.id === story.id)!;
        expect(story.locate(['priority'])).toEqual(twin.locate(['priority']));
      }
      return cached;
    } finally {
      process.chdir(previous);
    }
  }

  test('on a first run, then on a run with nothing changed', async () => {
    expect((await checkBoth()).problems).toEqual([]);
    expect((await checkBoth()).problems).toEqual([]);
  });

  test('after a body and a field are edited', async () => {
    appendFileSync(path('stories/ST-1.md'), '\nA sentence added in review.\n');
    writeFileSync(path('stories/ST-2.md'), readFileSync(path('stories/ST-2.md'), 'utf8').replace(/^title: .*$/m, 'title: Renamed'));
    const { backlog } = await checkBoth();
    expect(backlog!.stories.find((story) => story.id === 'ST-2')!.data.title).toBe('Renamed');
  });

  test('with a file whose problem is told at its line, then fixed', async () => {
    const before = readFileSync(path('stories/ST-2.md'), 'utf8');
    writeFileSync(path('stories/ST-2.md'), before.replace(/^priority: .*$/m, 'priority: someday'));
    const { problems } = await checkBoth();
    expect(problems.map((problem) => [problem.file, problem.field, problem.line])).toEqual([
      ['content/stories/ST-2.md', 'priority', before.split('\n').findIndex((line) => line.startsWith('priority:')) + 1],
    ]);
    // Kept from the run with the problem, the file is read again once fixed.
    writeFileSync(path('stories/ST-2.md'), before);
    expect((await checkBoth()).problems).toEqual([]);
  });
});

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item)));
}
