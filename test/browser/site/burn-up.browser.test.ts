import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChromium, launchChromium } from '../../helpers/chromium.ts';
import { createContentRepository, type ContentRepository } from '../../helpers/git-repo.ts';
import { projectRoot, runScript } from '../../helpers/run-script.ts';
import { serveStatic } from '../../helpers/static-server.ts';

const chromiumPath = findChromium();
/** Stories of the example's MVP build, and the day each is done. */
const done = {
  'field-logging/PAR-2.md': '2026-08-03',
  'PAR-5.md': '2026-08-17',
  'field-logging/PAR-6.md': '2026-08-31',
  'field-logging/PAR-7.md': '2026-09-14',
};

describe.skipIf(!chromiumPath)("a phase's burn-up in a real browser", () => {
  let repository: ContentRepository;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    // The example backlog with a history of its own: four stories of the MVP build done one by one.
    repository = createContentRepository(join(projectRoot, 'content'));
    for (const file of Object.keys(done)) repository.edit(`stories/${file}`, 'status: done', 'status: in-progress');
    repository.commit('2026-07-20', 'start');
    for (const [file, day] of Object.entries(done)) {
      repository.edit(`stories/${file}`, 'status: in-progress', 'status: done');
      repository.commit(day, `done ${file}`);
    }
    // The burn-up is our own SVG: no Chromium needed to build it.
    const build = runScript('build', ['--content', 'content', '--out', 'out'], {
      cwd: repository.work,
      env: { BACKLOG_DOCS_CHROMIUM: 'none' },
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    server = await serveStatic({ '/team/': join(repository.work, 'out', 'team'), '/client/': join(repository.work, 'out', 'client') });
    browser = await launchChromium(chromiumPath!);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`is drawn in the theme's colours, and axe finds nothing serious, the table open or not (${colorScheme})`, async () => {
      const page = await open('/team/phases/build/', { colorScheme });
      const chart = page.locator('svg.burn-up');
      expect(await chart.isVisible()).toBe(true);
      const stroke = await chart
        .locator('.bu-done')
        .last()
        .evaluate((path) => getComputedStyle(path).stroke);
      expect(stroke).toBe(colorScheme === 'light' ? 'rgb(21, 128, 61)' : 'rgb(74, 222, 128)');
      for (const opened of [false, true]) {
        if (opened) await page.click('.burn-up-chart + details summary');
        const { violations } = await new AxeBuilder({ page }).include('section[aria-labelledby="burn-up-heading"]').analyze();
        expect(
          violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((v) => v.id),
        ).toEqual([]);
      }
      expect(await page.locator('.burn-up-table tbody tr').count()).toBe(Object.keys(done).length + 1);
      await page.context().close();
    }, 60_000);
  }

  test('fits a phone without widening the page, its text still at least 12px', async () => {
    const page = await open('/client/phases/build/', { width: 390 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const chart = (await page.locator('svg.burn-up').boundingBox())!;
    expect(chart.width).toBeGreaterThan(300);
    expect(chart.x + chart.width).toBeLessThanOrEqual(390);
    // The lines run across the chart; the labels keep their size (the drawing is not scaled down).
    const scope = (await page.locator('path.bu-scope').boundingBox())!;
    expect(scope.width).toBeGreaterThan(chart.width * 0.95);
    const heights = await page.locator('svg.burn-up text').evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(12);
    await page.context().close();
  }, 60_000);
});
