// Runs in a worker thread (see mermaid-syntax.ts): Mermaid's parsers, without a browser.
import DOMPurify from 'dompurify';
import mermaid from 'mermaid';
import { parentPort } from 'node:worker_threads';
import { mermaidConfig } from '../diagrams/mermaid-config.ts';
import { describeMermaidFailure } from './mermaid-parse-failure.ts';

// Mermaid's parsers need no DOM; only the sanitiser its diagrams pass labels through does, and
// without a window DOMPurify has no `sanitize` at all. Nothing parsed here is ever published
// (the build draws in Chromium or the reader's browser, with the real DOMPurify), so in this
// thread, and only here, labels pass through unchanged.
Object.assign(DOMPurify, { sanitize: (text: string) => text, addHook: () => {} });
mermaid.initialize({ ...mermaidConfig, logLevel: 'fatal' });

// Every failure is caught and sent back: nothing waits for the promise a message starts.
parentPort!.on('message', (source: string) => void check(source));

async function check(source: string) {
  try {
    // What `mermaid.parse` does, without re-cloning the whole configuration first: a fifth of the
    // time, and the configuration here never changes (directives are removed before checking).
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
    // A gantt reads its dates only when drawn: read them now, so an impossible date is caught too.
    if (diagram.type === 'gantt') (diagram.db as { getTasks(): unknown }).getTasks();
    parentPort!.postMessage({ error: undefined });
  } catch (error) {
    parentPort!.postMessage({ error: describeMermaidFailure(error, source) });
  }
}
