import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { EntryFileMemo } from '../loading/entry-file-memo.ts';
import { createPassMemo, type PassMemo } from '../loading/pass-memo.ts';
import { locatorOf } from '../loading/read-entry-source.ts';
import type { BodyMemo } from '../rendering/body-memo.ts';
import type { BacklogCache } from './check-backlog.ts';
import { toolchainKey } from './site-reuse.ts';

/** How a memo's values are written to a file and read back: a function cannot be. */
interface Codec<V, Stored> {
  store(value: V): Stored;
  restore(stored: Stored): V;
}

/**
 * A pass memo (src/loading/pass-memo.ts) kept in a file of the project's cache from one run of
 * backlog-docs to the next. Whoever reads a value checks it still holds, as in `dev`; values made
 * by other code (an upgrade, an edit of backlog-docs) are not read at all: the file carries the
 * toolchain's key.
 */
export class KeptMemo<V, Stored = V> {
  private readonly file: string;
  private readonly key: string;
  private readonly codec: Codec<V, Stored>;
  /** Of each memo `read` made: how many values the file held, and whether a pass set one since. */
  private readonly sizes = new WeakMap<PassMemo<V>, { size: number; set: boolean }>();

  constructor(file: string, key: string, codec: Codec<V, Stored>) {
    this.file = file;
    this.key = key;
    this.codec = codec;
  }

  /** A memo holding the kept values; an unreadable or foreign file is as good as none. */
  read(): PassMemo<V> {
    let kept: [string, V][] = [];
    try {
      const stored = deserialize(readFileSync(this.file)) as { key?: unknown; entries?: unknown };
      if (stored.key === this.key && Array.isArray(stored.entries))
        kept = (stored.entries as [string, Stored][]).map(([key, value]) => [key, this.codec.restore(value)]);
    } catch {
      // None yet, or not ours to read.
    }
    const memo = createPassMemo(kept);
    const unchanged = { size: kept.length, set: false };
    const read: PassMemo<V> = {
      ...memo,
      set(key, value) {
        unchanged.set = true;
        memo.set(key, value);
      },
    };
    this.sizes.set(read, unchanged);
    return read;
  }

  /**
   * Keeps the values the last pass asked for, and only those. A pass that asked for every value
   * read and set none leaves the file as it is: writing it again was half a second of a `check`
   * run again at 10,000 stories.
   */
  save(memo: PassMemo<V>): void {
    const read = this.sizes.get(memo);
    if (read && !read.set && memo.entries().length === read.size) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const entries = memo.entries().map(([key, value]) => [key, this.codec.store(value)]);
      writeFileSync(temporary, serialize({ key: this.key, entries }));
      renameSync(temporary, this.file);
    } catch {
      // A cache that cannot be written (a read-only project) costs the next run its time, nothing else.
      rmSync(temporary, { force: true });
    }
  }
}

export type FileRead = Parameters<EntryFileMemo['set']>[1];
export type StoredFileRead = Omit<FileRead, 'source' | 'outcome'> & { source: unknown; outcome: unknown };

/** Without its `locate`, made again from the YAML it reads. */
const withoutLocate = <T extends { locate?: unknown } | undefined>(value: T) => {
  if (value === undefined) return undefined;
  const { locate: _, ...rest } = value;
  return rest;
};

/** A file read as a thread or a file can carry it: without its `locate`, made again from its YAML. */
export const fileReadCodec: Codec<FileRead, StoredFileRead> = {
  store: (read) => ({
    ...read,
    source: 'problems' in read.source ? read.source : withoutLocate(read.source),
    outcome: { ...read.outcome, entry: withoutLocate(read.outcome.entry), salvaged: withoutLocate(read.outcome.salvaged) },
  }),
  restore: (stored) => {
    const read = stored as unknown as FileRead;
    if ('problems' in read.source) return read;
    const locate = locatorOf(read.source.yaml);
    const located = <T>(value: T | undefined) => value && { ...value, locate };
    return {
      ...read,
      source: { ...read.source, locate },
      outcome: { ...read.outcome, entry: located(read.outcome.entry), salvaged: located(read.outcome.salvaged) },
    };
  },
};

const asIs = { store: <T>(value: T) => value, restore: <T>(value: T) => value };

/**
 * What `check` and `build` keep of the content from one run to the next, in the project's cache:
 * each file's read and validation, and each body's rendering (every level's HTML: the cache is the
 * project's own, beside the staged sites, never published). The next run reads again only the
 * files whose bytes changed, and renders only the bodies whose text, settings or lookups changed.
 */
export function keptBacklogCache(cacheDir: string, key = toolchainKey(undefined)): { cache: BacklogCache; save(): void } {
  const files = new KeptMemo(join(cacheDir, 'read-files.bin'), key, fileReadCodec);
  const bodies = new KeptMemo<Parameters<BodyMemo['set']>[1]>(join(cacheDir, 'rendered-bodies.bin'), key, asIs);
  const cache = { files: files.read(), bodies: bodies.read() };
  return {
    cache,
    save() {
      files.save(cache.files);
      bodies.save(cache.bodies);
    },
  };
}
