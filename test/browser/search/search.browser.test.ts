import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChromium, launchChromium } from '../../helpers/chromium.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { projectRoot, runScript } from '../../helpers/run-script.ts';
import { serveStatic } from '../../helpers/static-server.ts';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('search in the built sites', () => {
  let work: string;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let example: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'backlog-docs-search-'));
    cpSync(join(fixturesDir, 'leaks'), join(work, 'content'), { recursive: true });
    for (const [content, out] of [
      ['content', 'fixture'],
      [join(projectRoot, 'content'), 'example'],
    ]) {
      const build = runScript('build', ['--content', content, '--out', out], { cwd: work });
      expect(build.status, build.stdout + build.stderr).toBe(0);
    }
    server = await serveStatic({
      '/client/': join(work, 'fixture', 'client'),
      '/team/': join(work, 'fixture', 'team'),
      '/board-only/': join(work, 'fixture', 'board-only'),
      '/': join(work, 'fixture', 'public'),
    });
    example = await serveStatic({ '/team/': join(work, 'example', 'team') });
    browser = await launchChromium(chromiumPath!);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await example?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** A page of the fixture sites, or of the example's team site for paths under /example/. */
  async function openPage(path: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(path.startsWith('/example/') ? `${example.url}${path.replace('/example/', '/team/')}` : `${server.url}${path}`);
    return page;
  }

  /** Types a query in the search dialog and returns the result titles once Pagefind answered. */
  async function search(page: Page, query: string): Promise<string[]> {
    if (!(await page.locator('.search-dialog[open]').count())) await page.keyboard.press('/');
    // Cleared first, or a slow machine reads the previous query's results as this one's.
    if (await page.locator('.search-status').textContent()) {
      await page.fill('.search-dialog input[name="q"]', '');
      await page.waitForFunction(() => document.querySelector('.search-status')?.textContent === '', undefined, { timeout: 10_000 });
    }
    await page.fill('.search-dialog input[name="q"]', query);
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent !== '', undefined, { timeout: 10_000 });
    await page.waitForTimeout(300);
    return page.locator('.search-result-title').allTextContents();
  }

  test('a query shows the right story, and a story id finds that story first (under a non-root base)', async () => {
    const page = await openPage('/example/');
    expect((await search(page, 'PAR-22'))[0]).toBe('Trace a silo lot back to its plots');
    expect((await search(page, 'weighbridge'))[0]).toBe('Link harvest trailers to a silo lot at intake');
    const href = await page.locator('.search-results a').first().getAttribute('href');
    expect(href).toBe('/team/stories/par-21/');
    await page.context().close();
  }, 60_000);

  test('an id in any case, with or without the dash, finds that story before ids that start with it', async () => {
    const page = await openPage('/example/');
    for (const query of ['PAR-1', 'par1', 'Par 1'])
      expect((await search(page, query))[0], query).toBe('Map how farms record field operations today');
    for (const query of ['PAR-3', 'par3'])
      expect((await search(page, query))[0], query).toBe('Spike: choose an offline-first mobile stack');
    expect((await search(page, 'par-12'))[0]).toBe('Warn when a dose exceeds the authorised maximum');
    // The team's site shows owners, in the results too.
    expect(await page.locator('.search-result-meta').first().textContent()).toBe('PAR-12 · Done · MVP build · Sofia Lemaire');
    // Words still rank by relevance: the id lookup does not apply.
    expect((await search(page, 'barcode'))[0]).toBe('Scan the product barcode when spraying');
    await page.context().close();
  }, 60_000);

  test('a title word ranks the story above pages that merely mention it', async () => {
    const page = await openPage('/example/');
    const titles = await search(page, 'barcode');
    expect(titles[0]).toBe('Scan the product barcode when spraying');
    await page.context().close();
  }, 60_000);

  test('a filter narrows the results, and filters list only values of this site', async () => {
    const page = await openPage('/example/');
    const all = await search(page, 'plot');
    await page.selectOption('.search-filters select[name="status"]', 'Done');
    await page.waitForTimeout(600);
    const done = await page.locator('.search-result-title').allTextContents();
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(all.length);
    await page.context().close();

    const client = await openPage('/client/');
    await client.keyboard.press('/');
    await client.waitForSelector('.search-filters select[name="tag"]');
    const tags = await client.locator('.search-filters select[name="tag"] option').allTextContents();
    expect(tags).not.toContain('CANARY_HIDDEN_TAG');
    await client.context().close();
  }, 60_000);

  test("a hidden story's title finds nothing on the client site and finds it on the team site", async () => {
    // The hidden texts of the fixture are named CANARY_HIDDEN_…, which Pagefind splits into words.
    const client = await openPage('/client/');
    expect(await search(client, 'hidden')).toEqual([]);
    expect(await client.locator('.search-status').textContent()).toBe('No results.');
    await client.context().close();
    const team = await openPage('/team/');
    expect(await search(team, 'hidden')).toContain('CANARY_HIDDEN_STORY_TITLE');
    await team.context().close();
  }, 60_000);

  test('French content is stemmed as French on a French site', async () => {
    const french = await openPage('/board-only/');
    expect(await search(french, 'enregistrer')).toEqual(['Second public story']);
    expect(await french.locator('.search-button span').textContent()).toBe('Rechercher');
    await french.context().close();
  }, 60_000);

  test('works with the keyboard alone: Ctrl-K, type, arrows, Enter, Escape', async () => {
    const page = await openPage('/example/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('silo lot');
    await page.waitForSelector('.search-results li');
    await page.waitForTimeout(400);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('.search-results li[aria-selected="true"] .search-result-title').textContent();
    await Promise.all([page.waitForURL(/\/team\/stories\//), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(second);
    await page.keyboard.press('/');
    expect(await page.locator('.search-dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-dialog[open]').count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
