import { resolve } from 'node:path';
import type { Backlog } from '../model/backlog.ts';
import { findRepositoryRoot } from '../git/repository.ts';
import type { EntryFileMemo } from '../loading/entry-file-memo.ts';
import { entryFilesToLoad, loadBacklog } from '../loading/load-backlog.ts';
import { createPassMemo } from '../loading/pass-memo.ts';
import { sortProblems, type ContentProblem } from '../problems/content-problem.ts';
import { keptBacklogCache } from './kept-between-runs.ts';
import { startReadAheadThreads, type ReadAheadThreads } from './read-ahead.ts';
import type { BodyMemo } from '../rendering/body-memo.ts';
import { renderBacklog } from '../rendering/render-backlog.ts';
import type { RenderedBacklog } from '../model/rendered-backlog.ts';
import { findLevelTextInFields } from '../validation/level-text-in-fields.ts';
import { findWarnings } from '../validation/warnings.ts';

/**
 * What `backlog-docs dev` keeps from one check of the content to the next: each file's parse and
 * validation, and each body's rendering, each redone only when what it came from changed. A check
 * or a build keeps them from one run to the next (./kept-between-runs.ts).
 */
export interface BacklogCache {
  files: EntryFileMemo;
  bodies: BodyMemo;
}

export function createBacklogCache(): BacklogCache {
  return { files: createPassMemo(), bodies: createPassMemo() };
}

/**
 * Everything `check` reports and the first step of every build, so a check that passes means a
 * build that does not stop on the content: read and validate every file, then render every body
 * (level blocks, images, links, MDX), and refuse `:::level` text in fields. Bodies of the files that loaded are checked even when other
 * files have problems, so all problems are listed at once. With `cacheDir` (the project's cache),
 * what the last check or build read and rendered is not done again where nothing changed. What is
 * left to do is shared with threads on the other cores, when there is enough of it: a build
 * does not, its other cores are starting Chromium and Astro meanwhile (it was slower with them).
 */
export async function checkBacklog(
  contentDir: string,
  options: { cacheDir?: string } = {},
): Promise<{ backlog?: Backlog; rendered?: RenderedBacklog; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const kept = options.cacheDir === undefined ? undefined : keptBacklogCache(options.cacheDir);
  const threads = startReadAheadThreads();
  const checked = await validateBacklog(contentDir, kept?.cache ?? createBacklogCache(), threads).finally(() => threads.close());
  kept?.save();
  return { ...checked, warnings: checked.backlog ? findWarnings(checked.backlog) : [] };
}

/**
 * `checkBacklog` without the warnings, which only `check` prints: what builds and `dev` start from.
 * With `cache`, files and bodies that did not change since the last call are not parsed, validated
 * or rendered again; the checks across files run every time, over the whole backlog. With
 * `threads` too, they read and render into `cache` first what it holds nothing for.
 */
export async function validateBacklog(
  contentDir: string,
  cache?: BacklogCache,
  threads?: ReadAheadThreads,
): Promise<{ backlog?: Backlog; rendered?: RenderedBacklog; problems: ContentProblem[] }> {
  const root = resolve(contentDir);
  cache?.files.startPass();
  const toLoad = cache && threads ? entryFilesToLoad(contentDir) : undefined;
  if (cache && threads && toLoad) await threads.readFiles(cache.files, root, toLoad);
  const loaded = loadBacklog(contentDir, { cache: cache?.files });
  const readable = loaded.backlog ?? loaded.readable;
  if (!readable) return { problems: loaded.problems };
  // Started here, not with the files: a pass that stops above keeps the renderings for the next.
  cache?.bodies.startPass();
  if (cache && threads) await threads.renderBodies(cache.bodies, readable, root);
  const rendering = await renderBacklog(readable, root, findRepositoryRoot(root), { cache: cache?.bodies });
  const problems = sortProblems([...loaded.problems, ...findLevelTextInFields(readable), ...rendering.problems]);
  if (problems.length > 0) return { problems };
  return { backlog: loaded.backlog, rendered: rendering.rendered, problems };
}
