import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, test } from 'vitest';
import { BodyCache } from '../../../src/build/body-cache.ts';
import type { BodyMemo } from '../../../src/rendering/body-memo.ts';

const scratch = mkdtempSync(join(tmpdir(), 'body-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Kept = Parameters<BodyMemo['set']>[1];
const kept = (html: string): Kept => ({
  input: ['Some *text*', 'markdown', 'stories/ST-1.md', 6, 'public\nteam'],
  answers: { links: [['/content/stories/ST-2.md', 'stories/st-2']], images: [] },
  rendered: { bodyByLevel: [{ html, assets: [] }], problems: [], assets: [] },
});

describe('bodies kept from one check or build to the next', () => {
  test('what a pass rendered is read back by the next process, and only that', () => {
    const dir = join(scratch, 'round-trip');
    const memo = new BodyCache(dir, 'tools').read();
    expect(memo.get('ST-1')).toBeUndefined();
    memo.set('ST-1', kept('<p>one</p>'));
    memo.set('ST-2', kept('<p>two</p>'));
    new BodyCache(dir, 'tools').save(memo);

    const next = new BodyCache(dir, 'tools').read();
    next.startPass();
    expect(next.get('ST-1')).toEqual(kept('<p>one</p>'));
    // ST-2 was not asked for in this pass: its file was deleted, so it is not kept again.
    new BodyCache(dir, 'tools').save(next);
    const third = new BodyCache(dir, 'tools').read();
    expect(third.get('ST-1')).toEqual(kept('<p>one</p>'));
    expect(third.get('ST-2')).toBeUndefined();
  });

  test('bodies another toolchain rendered are not read', () => {
    const dir = join(scratch, 'other-tools');
    const memo = new BodyCache(dir, 'tools').read();
    memo.set('ST-1', kept('<p>one</p>'));
    new BodyCache(dir, 'tools').save(memo);
    expect(new BodyCache(dir, 'newer tools').read().get('ST-1')).toBeUndefined();
  });

  test('a file that is not a cache of ours is as good as none', () => {
    const dir = join(scratch, 'garbage');
    new BodyCache(dir, 'tools').save(new BodyCache(dir, 'tools').read());
    for (const bytes of [Buffer.from('not a cache'), serialize({ key: 'tools', entries: 'nope' }), serialize(null)]) {
      writeFileSync(join(dir, 'rendered-bodies.bin'), bytes);
      expect(new BodyCache(dir, 'tools').read().get('ST-1')).toBeUndefined();
    }
  });
});
