import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { launchSingleProcessChromium } from '../../../src/browser/chromium.ts';
import { MermaidRenderError } from '../../../src/mermaid/mermaid-render-error.ts';
import { createMermaidRenderer } from '../../../src/mermaid/mermaid-renderer.ts';
import { findChromium } from '../../helpers/chromium.ts';

const scratch = mkdtempSync(join(tmpdir(), 'single-process-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The Chromium processes this test process started, found in /proc. */
function chromiumsOfThisProcess(): number[] {
  const found: number[] = [];
  const pending = [process.pid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    try {
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(' ').map(Number) : []) {
          if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('chrom')) found.push(child);
          pending.push(child);
        }
      }
    } catch {
      // It ended between two reads.
    }
  }
  return found;
}

const chromiumPath = findChromium();

// The diagrams' Chromium runs in one process: a page in a loop holds its one renderer thread, and
// with it every other page and a graceful close (about 30 s). It must be killed outright.
describe.skipIf(!chromiumPath)('the diagrams’ one-process Chromium', () => {
  test('a page stuck in a loop is killed at once, and the next Chromium draws', async () => {
    const stuck = await launchSingleProcessChromium(chromiumPath!);
    const page = await stuck.browser.newPage();
    const looping = page.evaluate(() => {
      for (;;);
    });
    const ended = looping.then(
      () => 'finished',
      () => 'ended',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stuck.kill();
    expect(await ended).toBe('ended');
    const next = await launchSingleProcessChromium(chromiumPath!);
    try {
      expect(await (await next.browser.newPage()).evaluate(() => 6 * 7)).toBe(42);
    } finally {
      await next.browser.close();
      await next.kill();
    }
    // A graceful close would wait on the loop for about 30 s: the test would time out.
  }, 15_000);

  test('once the renderer is closed, the diagrams still waiting fail and start no Chromium', async () => {
    const renderer = await createMermaidRenderer(chromiumPath!, join(scratch, 'cache'));
    // Mermaid parses it, and cannot draw it: the drawing fails while the others wait their turn.
    const undrawable = 'stateDiagram-v2\n  [*] --> A\n  state A {\n  }\n  A --> A.B';
    const failing = renderer.render(undrawable, 'body');
    const waiting = [1, 2, 3, 4].map((n) => renderer.render(`flowchart LR\n  a${n} --> b${n}`, 'body'));
    for (const diagram of waiting) diagram.catch(() => {});
    await expect(failing).rejects.toBeInstanceOf(MermaidRenderError);
    await renderer.close();
    const settled = await Promise.allSettled(waiting);
    expect(settled.map((diagram) => diagram.status)).toContain('rejected');
    expect(chromiumsOfThisProcess()).toEqual([]);
  }, 60_000);
});
