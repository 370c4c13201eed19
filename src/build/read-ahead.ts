import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { entryFileMemoKey, loadEntryFilesOnce, type EntryFileMemo } from '../loading/entry-file-memo.ts';
import type { EntryFilesToLoad } from '../loading/load-backlog.ts';
import type { Backlog } from '../model/backlog.ts';
import type { BodyMemo } from '../rendering/body-memo.ts';
import { bodyLookupsOf, bodyMemoKey, bodySourcesOf, createBodyRenderer, renderBodyInMemo } from '../rendering/render-backlog.ts';
import { fileReadCodec, type StoredFileRead } from './kept-between-runs.ts';
import type { ThreadMessage } from './read-ahead-thread.ts';

/**
 * Reading and rendering ahead, in other threads as well as this one: the files and bodies a pass
 * has no result for yet are shared out in small chunks, and each result is put in the pass's memo.
 * The pass then runs as usual (load, cross-check, render) and finds them there. It trusts none:
 * the memo takes a file's read only for the same bytes, name and settings, and a body's rendering
 * only for the same text and the same answers to its links and images. So a thread can only save
 * time; what it got wrong, or never sent, is done again in this thread.
 */

/**
 * Below this many files or bodies to do, the pass does them alone: a thread costs more to start
 * than it saves. `check` at 1,000 stories was no faster with one, at 5,000 faster in-process but
 * within the noise as a command, at 10,000 about 14 % faster; between 1,000 and 5,000, not measured.
 */
const fewestForThreads = 2000;
const chunkSize = 32;

export type ReadAheadThreads = ReturnType<typeof startReadAheadThreads>;

/**
 * The threads of one check, started when a stage first has enough to share out, ended by
 * `close`. `count` is how many besides this one: one fewer than the cores (three at most), so
 * they never wait on each other for a core.
 */
export function startReadAheadThreads(count = Math.min(availableParallelism() - 1, 3), fewest = fewestForThreads) {
  let threads: ContentThread[] | undefined;
  const threadsFor = (items: number) =>
    items < fewest || count < 1 ? [] : (threads ??= Array.from({ length: count }, startThread)).filter((thread) => !thread.ended);

  return {
    /**
     * Reads and validates, into `memo`, the listed files it holds nothing for; then the threads
     * load what rendering the bodies in `contentRoot` takes, while the pass checks the files
     * across. Resolves to how many files the threads read.
     */
    async readFiles(memo: EntryFileMemo, contentRoot: string, toLoad: EntryFilesToLoad) {
      const { settings, settingsKey } = toLoad;
      const toRead = toLoad.files.filter(({ file }) => memo.get(entryFileMemoKey(file)) === undefined);
      const shared = threadsFor(toRead.length);
      if (shared.length === 0) return 0;
      const inThreads = await shareOut(
        toRead,
        shared,
        (chunk) => loadEntryFilesOnce(memo, chunk, toLoad),
        async (thread, chunk) => {
          const reads = (await thread.call({ task: 'files', files: chunk, settings, settingsKey })) as [string, StoredFileRead][];
          for (const [key, stored] of reads) memo.set(key, fileReadCodec.restore(stored));
        },
      );
      for (const thread of shared) void thread.call({ task: 'warm', levels: settings.levels, contentRoot }).catch(() => {});
      return inThreads;
    },

    /**
     * Renders, into `memo`, the bodies of `backlog` it holds a rendering of other text for, or
     * none. Resolves to how many the threads rendered.
     */
    async renderBodies(memo: BodyMemo, backlog: Backlog, contentRoot: string) {
      const levels = backlog.project.visibilityLevels;
      const toRender = bodySourcesOf(backlog, contentRoot)
        .all()
        .filter((body) => memo.get(bodyMemoKey(body))?.input[0] !== body.text);
      const shared = threadsFor(toRender.length);
      if (shared.length === 0) return 0;
      const renderer = createBodyRenderer(levels, contentRoot);
      const lookups = bodyLookupsOf(backlog);
      const setup: ThreadMessage = { task: 'lookups', levels, contentRoot, linkTargets: [...lookups.linkTargets] };
      return shareOut(
        toRender,
        shared,
        async (chunk) => {
          for (const body of chunk) await renderBodyInMemo(memo, body, levels, lookups, renderer);
        },
        async (thread, chunk) => {
          if (thread.lookupsSent !== setup) {
            thread.lookupsSent = setup;
            void thread.call(setup).catch(() => {});
          }
          const rendered = (await thread.call({ task: 'bodies', bodies: chunk })) as [string, Parameters<BodyMemo['set']>[1]][];
          for (const [key, value] of rendered) memo.set(key, value);
        },
      );
    },

    close() {
      for (const thread of threads ?? []) thread.end();
      threads = undefined;
    },
  };
}

/**
 * Does `items` in chunks, in this thread and in each of `threads`, two chunks in flight per
 * thread so none waits for this one to hand it the next. A chunk that fails, here or in a thread,
 * is left undone, and that thread is given no more. Resolves to how many items the threads did.
 */
export async function shareOut<T, Thread>(
  items: T[],
  threads: Thread[],
  here: (chunk: T[]) => unknown,
  there: (thread: Thread, chunk: T[]) => Promise<void>,
): Promise<number> {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += chunkSize) chunks.push(items.slice(start, start + chunkSize));
  let doneThere = 0;
  const inThisThread = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
      try {
        await here(chunk);
      } catch {
        // Left for the pass to do, and to tell (a file deleted since it was listed).
      }
      // Lets the threads' results in, and their next chunks out.
      if (threads.length > 0) await yieldToEvents();
    }
  };
  const inThread = async (thread: Thread) => {
    try {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        await there(thread, chunk);
        doneThere += chunk.length;
      }
    } catch {
      // Left for the pass to do.
    }
  };
  await Promise.all([inThisThread(), ...threads.flatMap((thread) => [inThread(thread), inThread(thread)])]);
  return doneThere;
}

// Beside this module, in TypeScript in a checkout and in JavaScript in the package (lib/).
const threadFile = new URL(`./read-ahead-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

interface ContentThread {
  call(message: ThreadMessage): Promise<unknown>;
  end(): void;
  /** Failed or ended: its calls fail at once. */
  readonly ended: boolean;
  lookupsSent?: ThreadMessage;
}

/**
 * A worker answering messages in order: each call's reply is the next message it sends, a task
 * that failed in it answering `{ failed }`. It keeps the process alive while a call waits
 * (`check` may wait on nothing else), and no longer.
 */
function startThread(): ContentThread {
  const worker = new Worker(threadFile);
  worker.unref();
  const waiting: { resolve(reply: unknown): void; reject(error: Error): void }[] = [];
  let ended = false;
  const end = (error: Error) => {
    if (ended) return;
    ended = true;
    waiting.splice(0).forEach((call) => call.reject(error));
    void worker.terminate();
  };
  worker.on('message', (reply: unknown) => {
    const call = waiting.shift();
    if (waiting.length === 0) worker.unref();
    if (reply && typeof reply === 'object' && 'failed' in reply) call?.reject(new Error(String(reply.failed)));
    else call?.resolve(reply);
  });
  worker.on('error', end);
  worker.on('exit', () => end(new Error('the thread ended')));
  return {
    call(message) {
      if (ended) return Promise.reject(new Error('the thread ended'));
      return new Promise((resolve, reject) => {
        if (waiting.length === 0) worker.ref();
        waiting.push({ resolve, reject });
        worker.postMessage(message);
      });
    },
    end: () => end(new Error('the thread was closed')),
    get ended() {
      return ended;
    },
  };
}
