import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExampleSites } from '../../helpers/built-example.ts';
import { findChromium, launchChromium } from '../../helpers/chromium.ts';
import { serveStatic } from '../../helpers/static-server.ts';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('the example sites in a real browser', () => {
  let out: string;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    out = buildExampleSites();
    server = await serveStatic({ '/client/': join(out, 'client'), '/team/': join(out, 'team'), '/': join(out, 'public') });
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
    expect(response?.status(), path).toBeLessThan(path.includes('no-such-page') ? 500 : 400);
    return page;
  }

  const pageTypes = [
    '/client/',
    '/client/roadmap/',
    '/team/roadmap/',
    '/client/backlog/',
    '/client/board/',
    '/client/phases/trials/',
    '/client/epics/',
    '/client/epics/traceability/',
    '/client/stakeholders/',
    '/client/stakeholders/farmers/',
    '/client/stories/par-11/',
    '/client/changes/',
    '/client/feedback/',
    '/team/feedback/',
    '/client/teams/',
    '/team/teams/',
    '/team/backlog/',
    '/team/stories/par-17/',
    '/client/stakeholders/agronomists/',
    '/client/no-such-page/',
  ];

  // Every impact counts, as in Lighthouse's accessibility score, and at a phone's width too: there
  // the search button's label is hidden, and Lighthouse found it nameless where axe at 1280 px did not.
  for (const [colorScheme, width] of [
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
    ['dark', 390],
  ] as const) {
    test(`axe finds no violation on any page type (${colorScheme}, ${width} px)`, async () => {
      const report: Record<string, string[]> = {};
      for (const path of pageTypes) {
        const page = await open(path, { colorScheme, width });
        const { violations } = await new AxeBuilder({ page }).analyze();
        if (violations.length > 0)
          report[path] = violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes
                .map((node) => node.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
        await page.context().close();
      }
      expect(report).toEqual({});
    }, 400_000);
  }

  test('the backlog shows the full table without JavaScript, and filters with it', async () => {
    const noScript = await open('/team/backlog/', { javaScriptEnabled: false });
    const total = await noScript.locator('.backlog-table tbody tr').count();
    expect(total).toBeGreaterThan(30);
    expect(await noScript.locator('.filters').isVisible()).toBe(false);
    await noScript.context().close();

    const page = await open('/team/backlog/');
    await page.selectOption('select[name="status"]', 'done');
    const shown = await page.locator('.backlog-table tbody tr:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(await page.locator('.filter-count').textContent()).toBe(`Showing ${shown} of ${total} stories`);
    expect(new URL(page.url()).search).toBe('?status=done');
    await page.fill('input[name="text"]', 'harvest');
    const both = await page.locator('.backlog-table tbody tr:visible').count();
    expect(both).toBeLessThanOrEqual(shown);
    await page.context().close();
  }, 60_000);

  test("the team's backlog filters by visibility and by owner", async () => {
    const page = await open('/team/backlog/');
    const rows = page.locator('.backlog-table tbody tr');
    const total = await rows.count();
    await page.selectOption('select[name="visibility"]', 'internal');
    const internal = await rows.locator('visible=true').count();
    expect(internal).toBe(await page.locator('.backlog-table tbody tr[data-visibility="internal"]').count());
    expect(internal).toBeGreaterThan(0);
    expect(internal).toBeLessThan(total);
    expect(await rows.locator('visible=true').locator('.badge.visibility').allTextContents()).toEqual(
      Array.from({ length: internal }, () => 'Visibility: internal'),
    );
    await page.selectOption('select[name="owner"]', 'Julien Marchand');
    const both = page.locator('.backlog-table tbody tr[data-visibility="internal"][data-owner="Julien Marchand"]');
    expect(await rows.locator('visible=true').count()).toBe(await both.count());
    expect(await both.count()).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?owner=Julien+Marchand&visibility=internal');
    await page.context().close();
  }, 60_000);

  test('a team story page shows its level, and leads to the same page on the lower sites that show it', async () => {
    const page = await open('/team/stories/par-17/');
    expect(await page.locator('main').getAttribute('data-visibility')).toBe('public');
    expect(await page.locator('.prose .level-block[data-visibility="client"] .level-badge').innerText()).toBe('client');
    const links = await page.locator('.view-as a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toEqual(['https://parcelle.example.org/stories/par-17/', 'https://parcelle.example.org/client/stories/par-17/']);
    // Each leads to a page of that site (served here at the same path), where nothing tells of levels.
    for (const link of links) {
      const lower = await open(new URL(link).pathname);
      expect(await lower.locator('h1').innerText()).toBe(await page.locator('h1').innerText());
      expect(await lower.locator('[data-visibility], .badge.visibility, .view-as').count()).toBe(0);
      await lower.context().close();
    }
    await page.context().close();
  }, 60_000);

  test('keyboard users can skip to the content and follow the sidebar', async () => {
    const page = await open('/client/stories/par-11/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#content');
    const current = page.locator('.sidebar a[aria-current="page"]');
    expect(await current.textContent()).toContain('Record operations offline');
    await page.context().close();
  }, 60_000);

  test('the theme toggle switches to dark and is remembered', async () => {
    const page = await open('/client/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.click('.theme-toggle');
    expect(await background()).toBe('rgb(20, 23, 21)');
    await page.goto(`${server.url}/client/board/`);
    expect(await background()).toBe('rgb(20, 23, 21)');
    await page.context().close();
  }, 60_000);

  test('prev / next and breadcrumbs lead through the docs', async () => {
    const page = await open('/client/phases/trials/');
    await page.click('.pagination .next');
    expect(page.url()).toMatch(/\/client\/stories\/par-\d+\/$/);
    await page.click('.breadcrumbs a >> nth=1');
    expect(page.url()).toBe(`${server.url}/client/phases/trials/`);
    await page.context().close();
  }, 60_000);

  test('a phone gets one column with the navigation on top', async () => {
    const page = await open('/public/stories/par-21/'.replace('/public', ''), { width: 390 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.context().close();
  }, 60_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the feedback and teams pages fit a phone: their tables scroll, not the page (${colorScheme})`, async () => {
      for (const path of ['/client/feedback/', '/client/teams/', '/client/phases/trials/']) {
        const page = await open(path, { colorScheme, width: 390 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBe(0);
        await page.context().close();
      }
      const page = await open('/client/teams/', { colorScheme, width: 390 });
      const scroller = page.locator('.table-scroll');
      expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      // Scrolled to the last phase, each row still says whose it is.
      await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      const header = page.locator('.team-matrix tbody th[scope="row"]').first();
      const box = (await header.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x).toBeLessThan(40);
      expect(await header.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
        colorScheme === 'dark' ? 'rgb(20, 23, 21)' : 'rgb(255, 255, 255)',
      );
      await page.context().close();
    }, 60_000);
  }

  test('the teams matrix shows what each site may: person-days with estimates, only stakeholders it shows', async () => {
    const rows = async (path: string) => {
      const page = await open(path);
      const text = await page.locator('.team-matrix tbody tr').allInnerTexts();
      const nav = await page.locator('.site-nav').innerText();
      await page.context().close();
      return { rows: text.map((row) => row.replace(/\s+/g, ' ').trim()), nav };
    };
    const client = await rows('/client/teams/');
    expect(client.nav).toContain('Teams');
    expect(client.rows.find((row) => row.startsWith('Delivery team'))).toMatch(/^Delivery team · technical 15 person-days .* 251$/);
    expect(client.rows.at(-1)).toMatch(/^Total 26 111 90 53 44 324$/);
    const publicSite = await rows('/teams/');
    expect(publicSite.rows.map((row) => row.split(' · ')[0])).toEqual(['Board of the Coopérative des Vallons', 'Member farmers']);
    expect(publicSite.rows.join(' ')).not.toMatch(/person-day|Total/);
  }, 60_000);

  // The roadmap's and a phase's generated diagrams, a story's neighbourhood, and diagrams written in
  // a story's and an epic's body (a flowchart, a sequence diagram).
  const diagramPages = [
    '/client/roadmap/',
    '/client/phases/trials/',
    '/client/stories/par-21/',
    '/client/stories/par-11/',
    '/client/epics/traceability/',
  ];

  test('every diagram reads at 12 CSS px or more, on a wide screen and on a phone, where it scrolls rather than shrink', async () => {
    const smallest: Record<string, number> = {};
    const shrunk: string[] = [];
    for (const width of [1280, 390]) {
      for (const path of diagramPages) {
        const page = await open(path, { width });
        // The size text is drawn at: its font size times the scale of the SVG it is in (rotated too).
        const sizes = await page.evaluate(() =>
          [...document.querySelectorAll<SVGTextElement>('figure.diagram svg text, svg.neighbourhood text, svg.burn-up text')]
            .filter((text) => text.getClientRects().length > 0 && text.textContent.trim() !== '')
            .flatMap((text) => {
              const scale = Math.hypot(text.getScreenCTM()!.a, text.getScreenCTM()!.b);
              const glyphs = [...text.querySelectorAll('tspan')].filter((span) => !span.querySelector('tspan') && span.textContent.trim());
              return (glyphs.length ? glyphs : [text]).map((glyphs) => parseFloat(getComputedStyle(glyphs).fontSize) * scale);
            }),
        );
        expect(sizes.length, path).toBeGreaterThan(0);
        smallest[`${path} at ${width}`] = Math.round(Math.min(...sizes) * 10) / 10;
        // A drawing is shown at the width it was drawn at, one CSS pixel per unit.
        shrunk.push(
          ...(
            await page.evaluate(() =>
              [...document.querySelectorAll<SVGSVGElement>('figure.diagram .diagram-site > svg')]
                .filter((svg) => Math.abs(svg.getBoundingClientRect().width - svg.viewBox.baseVal.width) > 1)
                .map((svg) => svg.id),
            )
          ).map((id) => `${path} at ${width}: ${id}`),
        );
        await page.context().close();
      }
    }
    expect(Object.entries(smallest).filter(([, size]) => size < 12)).toEqual([]);
    expect(shrunk).toEqual([]);
  }, 180_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`diagram text stands out from what it is drawn on, at 4.5:1 or more (${colorScheme})`, async () => {
      const lowest: Record<string, string> = {};
      for (const path of diagramPages) {
        const page = await open(path, { colorScheme });
        const contrasts = await page.evaluate(textContrasts);
        expect(contrasts.length, path).toBeGreaterThan(0);
        const worst = contrasts.reduce((low, item) => (item.ratio < low.ratio ? item : low));
        lowest[path] = `${worst.ratio.toFixed(2)} "${worst.text}"`;
        await page.context().close();
      }
      expect(Object.entries(lowest).filter(([, worst]) => parseFloat(worst) < 4.5)).toEqual([]);
    }, 120_000);
  }

  test("each phase's dependency graph stays within one screen's height, and at most one and a half screens wide", async () => {
    const page = await open('/team/roadmap/');
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('section[aria-labelledby^="dependencies-"] figure.diagram')].map((figure) => ({
        phase: figure.closest('section')!.getAttribute('aria-labelledby'),
        height: figure.scrollHeight,
        width: figure.querySelector('svg')!.getBoundingClientRect().width,
      })),
    );
    expect(sizes.length).toBeGreaterThan(2);
    expect(sizes.filter(({ height, width }) => height > 900 || width > 1920)).toEqual([]);
    await page.context().close();
  }, 60_000);
});

/**
 * In the page: each diagram text's contrast with what is painted under it (the first filled shape
 * at its centre, else the figure's background), from the colours as the browser paints them.
 */
function textContrasts(): { text: string; ratio: number }[] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const paint = (colour: string) => {
    context.clearRect(0, 0, 1, 1);
    // A colour the canvas cannot read (`none`) leaves the previous one: start from transparent.
    context.fillStyle = 'transparent';
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data];
  };
  const luminance = ([red, green, blue]: number[]) =>
    [red, green, blue]
      .map((value) => value / 255)
      .map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4))
      .reduce((sum, value, index) => sum + value * [0.2126, 0.7152, 0.0722][index], 0);
  const under = (element: Element, x: number, y: number, figure: Element) => {
    for (const candidate of document.elementsFromPoint(x, y)) {
      if (candidate === figure) break;
      if (element.contains(candidate) || candidate.closest('text') || !(candidate instanceof SVGGeometryElement)) continue;
      const fill = paint(getComputedStyle(candidate).fill);
      if (fill[3] === 255) return fill;
    }
    return paint(getComputedStyle(figure).backgroundColor);
  };
  return [...document.querySelectorAll<SVGTextElement>('figure.diagram svg text')]
    .filter((text) => text.getClientRects().length > 0 && text.textContent.trim() !== '')
    .flatMap((text) => {
      const glyphs = [...text.querySelectorAll('tspan')].filter((span) => !span.querySelector('tspan') && span.textContent.trim());
      return glyphs.length ? glyphs : [text];
    })
    .map((glyphs) => {
      glyphs.scrollIntoView({ block: 'center', inline: 'center' });
      const box = glyphs.getBoundingClientRect();
      const figure = glyphs.closest('figure')!;
      const [front, back] = [
        paint(getComputedStyle(glyphs).fill),
        under(glyphs, box.x + box.width / 2, box.y + box.height / 2, figure),
      ].map(luminance);
      const ratio = (Math.max(front, back) + 0.05) / (Math.min(front, back) + 0.05);
      return { text: glyphs.textContent.trim().slice(0, 30), ratio };
    });
}
