import { Worker } from 'node:worker_threads';
import { blankMermaidComments } from '../diagrams/mermaid-comments.ts';

/** Why Mermaid cannot read a diagram: the reason a `mermaid-syntax-error` problem gives (src/problems/catalogue/). */
export interface MermaidSyntaxError {
  /** 1-based line within the diagram's source, when Mermaid tells it. */
  line?: number;
  /** In words, from what Mermaid's parser says. */
  message: string;
}

// Beside this module, in TypeScript in a checkout and in JavaScript in the package (lib/).
const workerFile = new URL(`./mermaid-syntax-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

// One worker for the process, started on the first check and never keeping the process alive.
// A thread rather than the caller's event loop: a parser caught in one of Mermaid's infinite
// loops can only be stopped by terminating it.
let worker: Worker | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Why Mermaid cannot read a diagram, or undefined when it can. The source is checked as it will
 * be published (comments and directives removed, lines kept) by the installed Mermaid's own
 * parsers, in plain Node. A diagram that takes longer than `timeoutMs` to read is a problem too.
 */
export function findMermaidSyntaxError(source: string, timeoutMs = 10_000): Promise<MermaidSyntaxError | undefined> {
  const checked = blankMermaidComments(source.replace(/\r\n?/g, '\n'));
  const result = queue.then(() => parseInWorker(checked, timeoutMs));
  queue = result.catch(() => {});
  return result;
}

function parseInWorker(source: string, timeoutMs: number): Promise<MermaidSyntaxError | undefined> {
  const thread = (worker ??= startWorker());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      settle();
      stopWorker(thread);
      resolve({ message: `Mermaid took more than ${timeoutMs / 1000} s to read this diagram` });
    }, timeoutMs);
    const onMessage = (reply: { error?: MermaidSyntaxError }) => (settle(), resolve(reply.error));
    const onError = (error: Error) => (settle(), stopWorker(thread), reject(error));
    const settle = () => {
      clearTimeout(timer);
      thread.off('message', onMessage).off('error', onError);
    };
    thread.on('message', onMessage).on('error', onError);
    thread.postMessage(source);
  });
}

function startWorker(): Worker {
  const started = new Worker(workerFile);
  started.unref();
  return started;
}

function stopWorker(thread: Worker): void {
  if (worker === thread) worker = undefined;
  void thread.terminate();
}
