import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { createPassMemo } from '../loading/pass-memo.ts';
import type { BodyMemo } from '../rendering/body-memo.ts';
import { toolchainKey } from './site-reuse.ts';

type Entries = ReturnType<BodyMemo['entries']>;

/**
 * The bodies the last `check` or `build` of a project rendered, kept in its cache, so the next one
 * renders only the bodies whose text, settings or lookups changed (src/rendering/body-memo.ts
 * decides, as it does in `dev`). They hold every level's HTML: the cache is the project's own,
 * beside the staged sites, never published. Made by other code (an upgrade, an edit of
 * backlog-docs), they are not read: the key is the toolchain's.
 */
export class BodyCache {
  private readonly file: string;
  private readonly key: string;

  constructor(cacheDir: string, key = toolchainKey(undefined)) {
    this.file = join(cacheDir, 'rendered-bodies.bin');
    this.key = key;
  }

  /** A memo holding the kept bodies; an unreadable or foreign file is as good as none. */
  read(): BodyMemo {
    let kept: Entries = [];
    try {
      const stored = deserialize(readFileSync(this.file)) as { key?: unknown; entries?: unknown };
      if (stored.key === this.key && Array.isArray(stored.entries)) kept = stored.entries as Entries;
    } catch {
      // None yet, or not ours to read.
    }
    return createPassMemo(kept);
  }

  /** Keeps the bodies the last pass asked for, and only those. */
  save(memo: BodyMemo): void {
    mkdirSync(join(this.file, '..'), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, serialize({ key: this.key, entries: memo.entries() }));
      renameSync(temporary, this.file);
    } catch {
      // A cache that cannot be written costs the next run its time, nothing else.
      rmSync(temporary, { force: true });
    }
  }
}
