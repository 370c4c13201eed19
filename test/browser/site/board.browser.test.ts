import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExampleSites } from '../../helpers/built-example.ts';
import { findChromium, launchChromium } from '../../helpers/chromium.ts';
import { serveStatic } from '../../helpers/static-server.ts';

const chromiumPath = findChromium();
/** The team's phases, in roadmap order: every story of the example has one. */
const phases = [
  'Kick-off & discovery',
  'MVP build',
  'Field trials with pilot farms',
  'Consolidation and certification reports',
  'Launch to all members',
];

describe.skipIf(!chromiumPath)('the board and the header in a real browser', () => {
  let out: string;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    out = buildExampleSites();
    server = await serveStatic({ '/client/': join(out, 'client'), '/team/': join(out, 'team') });
    browser = await launchChromium(chromiumPath!);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  async function open(
    path: string,
    options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean; width?: number } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  const visibleCards = (page: Page, scope = '') => page.locator(`${scope} .card:visible`);

  test('at 1280 px every column of the board fits the window, ungrouped and in lanes', async () => {
    for (const path of ['/team/board/', '/team/board/?group=phase']) {
      const page = await open(path);
      const rights = await page
        .locator('.board-column:visible')
        .evaluateAll((columns) => columns.map((column) => column.getBoundingClientRect().right));
      expect(rights.length, path).toBeGreaterThanOrEqual(6);
      for (const right of rights) expect(right, path).toBeLessThanOrEqual(1280);
      await page.context().close();
    }
  }, 60_000);

  test('in a narrower window the board scrolls sideways, with a shade on the side that has more', async () => {
    const page = await open('/team/board/', { width: 900 });
    const scroller = page.locator('.board-scroll');
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    const shades = () =>
      page
        .locator('.board-frame')
        .evaluate((frame) => ['::before', '::after'].map((side) => Number(getComputedStyle(frame, side).opacity)));
    expect(await shades()).toEqual([0, 1]);
    await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(shades).toEqual([1, 0]);
    // Scrolled to its end, the last column is in the window.
    const last = await page.locator('.board-column:visible').last().boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(900);
    await page.context().close();
  }, 60_000);

  test('without JavaScript the board shows every story ungrouped, and Done shows all through its <details>', async () => {
    const page = await open('/team/board/', { javaScriptEnabled: false });
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('.board-lane:visible').count()).toBe(1);
    const done = page.locator('.board-column.done:visible');
    expect(await visibleCards(page, '.board-column.done').count()).toBe(8);
    await done.locator('summary').click();
    expect(await visibleCards(page, '.board-column.done').count()).toBe(16);
    expect(await page.locator('.card').count()).toBe(40);
    await page.context().close();
  }, 60_000);

  test('Done shows its 8 most recent stories, newest first, and "Show all" reveals the rest', async () => {
    const page = await open('/team/board/');
    const done = page.locator('.board-column.done:visible');
    const dates = () => done.locator('.card:visible time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(await visibleCards(page, '.board-column.done').count()).toBe(8);
    const summary = done.locator('summary');
    expect(await summary.innerText()).toBe('Show all 16');
    await summary.click();
    expect(await visibleCards(page, '.board-column.done').count()).toBe(16);
    expect(await summary.innerText()).toBe('Show fewer');
    const shown = await dates();
    expect(shown).toEqual(shown.toSorted().reverse());
    await page.context().close();
  }, 60_000);

  test("the backlog's filters hide cards, and Done's cut counts only what they keep", async () => {
    const page = await open('/team/board/');
    // Kept: the cards the filters leave, shown or behind a "Show all".
    const kept = page.locator('.board-lane:visible .card:not([hidden])');
    expect(await kept.count()).toBe(40);
    await page.selectOption('select[name="priority"]', 'must');
    const shown = await kept.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(40);
    expect(await page.locator('.card:visible:not([data-priority="must"])').count()).toBe(0);
    expect(await page.locator('.filter-count').textContent()).toBe(`Showing ${shown} of 40 stories`);
    expect(new URL(page.url()).search).toBe('?priority=must');
    // Of the 16 done stories, the four "Log a …" are few enough to show without a cut.
    await page.selectOption('select[name="priority"]', '');
    await page.fill('input[name="text"]', 'log a');
    const done = page.locator('.board-column.done:visible');
    expect(await done.locator('.column-count').textContent()).toBe('4');
    expect(await visibleCards(page, '.board-column.done').count()).toBe(4);
    expect(await done.locator('.board-more').isVisible()).toBe(false);
    await page.context().close();
  }, 60_000);

  test('grouping by phase gives one lane per phase, each holding its own cards, and it stays in the URL', async () => {
    const page = await open('/team/board/?status=ready');
    await page.selectOption('select[name="group"]', 'phase');
    expect(new URLSearchParams(new URL(page.url()).search)).toEqual(new URLSearchParams('status=ready&group=phase'));
    // The ready stories lie in two phases: the other lanes are empty and go.
    const readyLanes = await page.locator('.board-lane:visible .lane-title a').allTextContents();
    expect(readyLanes.length).toBeLessThan(phases.length);
    await page.selectOption('select[name="status"]', '');
    expect(await page.locator('.board-lane:visible .lane-title a').allTextContents()).toEqual(phases);
    expect(await page.locator('.board-lane:visible .card:not([hidden])').count()).toBe(40);
    const misplaced = await page
      .locator('.board-lane:visible')
      .evaluateAll(
        (lanes) =>
          lanes.flatMap((lane) =>
            [...lane.querySelectorAll<HTMLElement>('.card')].filter((card) => card.dataset.phase !== (lane as HTMLElement).dataset.lane),
          ).length,
      );
    expect(misplaced).toBe(0);

    await page.goto(`${server.url}/team/board/?group=epic`);
    expect(await page.locator('select[name="group"]').inputValue()).toBe('epic');
    const epics = await page.locator('.board-lane:visible .lane-title').allInnerTexts();
    expect(epics.map((title) => title.replace(/\s+\d+$/, ''))).toEqual([
      'Compliance and audit reports',
      'Field logging',
      'Plot-to-silo traceability',
      'No epic',
    ]);
    await page.context().close();
  }, 60_000);

  test('on a phone the header is one line and the menu opens every link, by touch or keyboard, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await open('/team/board/', { width: 390, javaScriptEnabled });
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(64);
      for (const part of ['.site-title', '.menu-button', '.header-tools']) {
        const box = (await page.locator(part).boundingBox())!;
        expect(box.y + box.height, part).toBeLessThanOrEqual(header.y + header.height);
      }
      const links = page.locator('.site-nav a');
      expect(await links.count()).toBe(7);
      expect(await page.locator('.site-nav a:visible').count()).toBe(0);
      await page.click('.menu-button');
      for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
      const last = (await links.last().boundingBox())!;
      expect(last.y + last.height).toBeLessThanOrEqual(900);
      // A popover's toggle event, which sets the attribute, comes as a task of its own, after the click or key.
      if (javaScriptEnabled) await expect.poll(() => page.getAttribute('.menu-button', 'aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await page.locator('.site-nav a:visible').count()).toBe(0);
      if (javaScriptEnabled) await expect.poll(() => page.getAttribute('.menu-button', 'aria-expanded')).toBe('false');
      // By keyboard: the button opens the menu, and the next Tab goes into it.
      await page.focus('.menu-button');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Overview');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url}/team/`);
      await page.context().close();
    }
  }, 60_000);

  test('at 1280 px the header shows every link in its row, without a menu button', async () => {
    const page = await open('/team/');
    expect(await page.locator('.menu-button').isVisible()).toBe(false);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(64);
    for (const link of await page.locator('.site-nav a').all()) {
      const box = (await link.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
    }
    await page.context().close();
  }, 60_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violation on the board, grouped or not, and on phone pages with the menu open (${colorScheme})`, async () => {
      const report: Record<string, string[]> = {};
      const pages = [
        { path: '/team/board/', width: 1280 },
        { path: '/team/board/?group=phase&priority=should', width: 1280 },
        { path: '/client/board/?group=epic', width: 1280 },
        { path: '/team/board/', width: 390, menu: true },
        { path: '/client/', width: 390, menu: true },
        { path: '/client/stories/par-11/', width: 390 },
      ];
      for (const { path, width, menu } of pages) {
        const page = await open(path, { colorScheme, width });
        if (menu) await page.click('.menu-button');
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        if (serious.length > 0)
          report[`${path} @${width}`] = serious.map((violation) => `${violation.id}: ${violation.nodes[0].target.join(' ')}`);
        await page.context().close();
      }
      expect(report).toEqual({});
    }, 120_000);
  }
});
