import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExampleSites } from '../../helpers/built-example.ts';
import { findChromium, launchChromium } from '../../helpers/chromium.ts';
import { startPreview, type RunningPreview } from '../../helpers/preview-process.ts';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('the client site as backlog-docs preview serves it, in a real browser', () => {
  let out: string;
  let preview: RunningPreview;
  let browser: Browser;

  beforeAll(async () => {
    out = buildExampleSites();
    preview = await startPreview(['--out', out, '--port', '0']);
    browser = await launchChromium(chromiumPath!);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  test('applies the site styles, and search finds a story', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(preview.urls.client);

    // Both come from the site's styles alone: a browser's defaults are no custom property and `static`.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sidebar-width'))).toBe('17rem');
    expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).position)).toBe('sticky');

    await page.keyboard.press('/');
    await page.fill('.search-dialog input[name="q"]', 'weighbridge');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent !== '', undefined, { timeout: 10_000 });
    expect(await page.locator('.search-result-title').first().textContent()).toBe('Link harvest trailers to a silo lot at intake');
    expect(await page.locator('.search-results a').first().getAttribute('href')).toBe('/client/stories/par-21/');
    expect(failed).toEqual([]);
    await page.context().close();
  }, 30_000);
});
