import { describe, expect, test } from 'vitest';
import { launchSingleProcessChromium } from '../../../src/browser/chromium.ts';
import { findChromium } from '../../helpers/chromium.ts';

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
});
