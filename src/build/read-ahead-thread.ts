import { parentPort } from 'node:worker_threads';
import { readPublishableImage } from '../loading/content-asset.ts';
import { loadEntryFilesOnce, type EntryFileMemo } from '../loading/entry-file-memo.ts';
import type { EntryFilesToLoad } from '../loading/load-backlog.ts';
import { createPassMemo } from '../loading/pass-memo.ts';
import type { BodyMemo } from '../rendering/body-memo.ts';
import type { BodyRenderer, BodySource } from '../rendering/render-backlog.ts';
import { fileReadCodec, type FileRead } from './kept-between-runs.ts';

/** What ./read-ahead.ts asks a thread: each is answered by one message, in their order. */
export type ThreadMessage =
  | ({ task: 'files' } & EntryFilesToLoad)
  | { task: 'warm'; levels: readonly string[]; contentRoot: string }
  | { task: 'lookups'; levels: readonly string[]; contentRoot: string; linkTargets: [string, string][] }
  | { task: 'bodies'; bodies: BodySource[] };

// The rendering's modules (Markdown, highlighting, the sanitizer) are loaded once the files are
// read, while the other side checks them across files: `warm` comes then.
let rendering: { levels: readonly string[]; contentRoot: string; renderer: BodyRenderer } | undefined;
let linkTargets = new Map<string, string>();

async function answer(message: ThreadMessage): Promise<unknown> {
  if (message.task === 'files') {
    const memo: EntryFileMemo = createPassMemo();
    loadEntryFilesOnce(memo, message.files, message);
    return memo.entries().map(([key, read]: [string, FileRead]) => [key, fileReadCodec.store(read)]);
  }
  const { createBodyRenderer, renderBodyInMemo } = await import('../rendering/render-backlog.ts');
  if (message.task === 'warm' || message.task === 'lookups') {
    const { levels, contentRoot } = message;
    if (rendering?.levels.join('\n') !== levels.join('\n') || rendering.contentRoot !== contentRoot) {
      rendering = { levels, contentRoot, renderer: createBodyRenderer(levels, contentRoot) };
      // A first body loads the Markdown renderer and its highlighter.
      const empty = { text: '', format: 'markdown', path: contentRoot, file: '', field: '', firstLine: 1 } as const;
      await rendering.renderer(empty, { linkTargets: new Map(), readImage: readPublishableImage });
    }
    if (message.task === 'lookups') linkTargets = new Map(message.linkTargets);
    return undefined;
  }
  const memo: BodyMemo = createPassMemo();
  const lookups = { linkTargets, readImage: readPublishableImage };
  for (const body of message.bodies) await renderBodyInMemo(memo, body, rendering!.levels, lookups, rendering!.renderer);
  return memo.entries();
}

// A task that fails is answered `{ failed }`: the other side leaves its chunk to the pass.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (message: ThreadMessage) => {
  queue = queue.then(async () => {
    let reply: unknown;
    try {
      reply = await answer(message);
    } catch (error) {
      reply = { failed: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  });
});
