import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChromium, launchChromium } from '../../helpers/chromium.ts';
import { contentWithScenario } from '../../helpers/fixture-content.ts';
import { runScript } from '../../helpers/run-script.ts';
import { serveStatic } from '../../helpers/static-server.ts';

const chromiumPath = findChromium();

const block = (label: string) => ['```mermaid', 'flowchart LR', `  A[${label}] --> B[Drawn] %% CANARY_TRAILING_COMMENT`, '```'].join('\n');

// Wider than a phone: drawn at its natural size, it scrolls rather than shrink.
const wideBlock = [
  '```mermaid',
  'flowchart LR',
  ...[1, 2, 3, 4, 5].map((n) => `  S${n}[Step ${n} of a long process] --> S${n + 1}`),
  '```',
].join('\n');

// Every page type that shows a body, each with a ```mermaid block in it.
const pages = [
  { path: '/', label: 'SummaryBlock' },
  { path: '/phases/p1/', label: 'PhaseBlock' },
  { path: '/epics/e1/', label: 'EpicBlock' },
  { path: '/stories/st-1/', label: 'StoryBlock' },
];

describe.skipIf(!chromiumPath)('diagrams written in bodies, built without Chromium', () => {
  let work: string;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    work = contentWithScenario();
    const content = join(work, 'content');
    const append = (file: string, text: string) =>
      writeFileSync(join(content, file), `${readFileSync(join(content, file), 'utf8')}\n${text}\n`);
    append('project.yaml', `summary: |\n${block('SummaryBlock').replace(/^/gm, '  ')}`);
    append('phases/p1.md', block('PhaseBlock'));
    append('epics/e1.md', block('EpicBlock'));
    append('stories/ST-1.md', block('StoryBlock'));
    append('stories/ST-2.md', wideBlock);
    const build = runScript('build', ['--content', 'content', '--out', 'out'], {
      cwd: work,
      env: { BACKLOG_DOCS_CHROMIUM: 'none', SOURCE_DATE_EPOCH: '1795392000' },
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    server = await serveStatic({ '/': join(work, 'out', 'team') });
    browser = await launchChromium(chromiumPath!);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(pages)(
    'the block on $path is drawn as an SVG in the browser, without its comment',
    async ({ path, label }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('pageerror', (error) => failures.push(error.message));
      page.on('console', (message) => message.type() === 'error' && failures.push(message.text()));
      await page.goto(`${server.url}${path}`);
      // Mermaid builds the SVG inside the block: done when the loader's run has settled.
      await page.evaluate(() => (window as unknown as { backlogDocsMermaid?: Promise<unknown> }).backlogDocsMermaid);
      const svg = page.locator('.prose pre.mermaid svg');
      expect(await svg.count()).toBe(1);
      expect(await svg.textContent()).toContain(label);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(150);
      expect(box!.height).toBeGreaterThan(20);
      expect(await page.content()).not.toContain('CANARY_TRAILING_COMMENT');
      expect(failures).toEqual([]);
      if (path.startsWith('/stories/')) await page.screenshot({ path: join(work, 'story-body-diagram.png'), fullPage: true });
      await context.close();
    },
    60_000,
  );

  test('a wide diagram keeps its text at 12 CSS px or more on a phone, and scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/stories/st-2/`);
    await page.evaluate(() => (window as unknown as { backlogDocsMermaid?: Promise<unknown> }).backlogDocsMermaid);
    const drawn = await page.evaluate(() => {
      const block = document.querySelector<HTMLElement>('.prose pre.mermaid')!;
      const sizes = [...block.querySelectorAll<SVGTextElement>('svg text')]
        .filter((text) => text.textContent.trim() !== '')
        .map((text) => parseFloat(getComputedStyle(text).fontSize) * Math.hypot(text.getScreenCTM()!.a, text.getScreenCTM()!.b));
      return {
        smallest: Math.min(...sizes),
        texts: sizes.length,
        scrolls: block.scrollWidth > block.clientWidth,
        focusable: block.tabIndex === 0,
      };
    });
    expect(drawn.texts).toBeGreaterThan(5);
    expect(drawn.smallest).toBeGreaterThanOrEqual(12);
    expect(drawn.scrolls).toBe(true);
    expect(drawn.focusable).toBe(true);
    // The drawn block is an image with its name, reachable by keyboard: nothing for axe to report.
    const { violations } = await new AxeBuilder({ page }).include('.prose pre.mermaid').analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await context.close();
  }, 60_000);
});
