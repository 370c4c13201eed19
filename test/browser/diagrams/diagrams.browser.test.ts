import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderDependencyGraph } from '../../../src/diagrams/dependency-graph.ts';
import { MermaidRenderError } from '../../../src/mermaid/mermaid-render-error.ts';
import { createMermaidRenderer, type MermaidRenderer } from '../../../src/mermaid/mermaid-renderer.ts';
import { renderRoadmapGantt } from '../../../src/diagrams/roadmap-gantt.ts';
import type { PhaseView, StoryView } from '../../../src/model/view-data.ts';
import { buildExampleSites } from '../../helpers/built-example.ts';
import { findChromium, launchChromium } from '../../helpers/chromium.ts';
import { serveStatic } from '../../helpers/static-server.ts';
import { hostileTitles } from '../../helpers/hostile-titles.ts';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('diagrams in Chromium', () => {
  let renderer: MermaidRenderer;
  let browser: Browser;
  let out: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    renderer = await createMermaidRenderer(chromiumPath!, join(tmpdir(), 'backlog-docs-test-mermaid-cache'));
    browser = await launchChromium(chromiumPath!);
    out = buildExampleSites({ BACKLOG_DOCS_CHROMIUM: undefined });
    server = await serveStatic({ '/client/': join(out, 'client'), '/': join(out, 'public') });
  }, 180_000);

  afterAll(async () => {
    await renderer?.close();
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  test('hostile titles render in both diagram kinds, as text and never as markup', async () => {
    const phases = hostileTitles.map(
      (title, index) =>
        ({
          id: `p${index}`,
          title,
          start: '2026-03-02',
          end: '2026-03-27',
          status: 'planned',
          milestones: [{ title, date: '2026-03-10' }],
        }) as PhaseView,
    );
    const stories = hostileTitles.map(
      (title, index) =>
        ({
          id: `ST-${index}`,
          title,
          phase: 'p0',
          category: 'planned',
          dependsOn: index ? [`ST-${index - 1}`] : [],
          dependents: [],
        }) as unknown as StoryView,
    );
    const sources = [
      renderRoadmapGantt({ phases, epics: [], referenceDate: '2026-03-05' }, { today: 'Today' })!,
      renderDependencyGraph({ phases }, stories, { unscheduled: 'None' })!.source,
    ];
    for (const source of sources) {
      for (const theme of ['light', 'dark'] as const) {
        // Rendering rejects on a Mermaid syntax error, so a title that broke the syntax fails here.
        const svg = await renderer.render(source, theme);
        expect(svg).toMatch(/^<svg/);
        expect(svg).not.toMatch(/<script|<b>|onclick|onerror|javascript:|<foreignObject/i);
        const text = svg.replace(/<[^>]*>/g, '');
        expect(text).toContain('Colon');
        expect(text).toContain('Sneaky');
        expect(text).not.toContain('securityLevel":"loose"}}%%X');
      }
    }
  }, 60_000);

  test("a diagram Mermaid cannot draw is a MermaidRenderError with its source and Mermaid's message, and the next one draws", async () => {
    for (const source of ['flowchart LR\n  A -->> B', 'gantt\n  dateFormat YYYY-MM-DD\n  Sowing :a1, 2026-13-45, 3d']) {
      const error = await renderer.render(source, 'light').catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(MermaidRenderError);
      expect((error as MermaidRenderError).source).toBe(source);
      expect((error as MermaidRenderError).mermaidMessage).toMatch(/^(Parse error on line 2|Invalid date:2026-13-45)/);
      expect((error as MermaidRenderError).stack).not.toMatch(/\n\s+at /);
    }
    expect(await renderer.render('flowchart LR\n  A --> B', 'light')).toMatch(/^<svg/);
  }, 60_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the roadmap shows its diagrams with JavaScript disabled (${colorScheme})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/client/roadmap/`);
      // One drawing per diagram, for both themes: the gantt and a graph per phase with dependencies.
      const drawn = page.locator('.diagram .diagram-site svg');
      expect(await drawn.count()).toBeGreaterThanOrEqual(2);
      expect(await drawn.first().isVisible()).toBe(true);
      const box = await drawn.first().boundingBox();
      expect(box!.width).toBeGreaterThan(600);
      expect(box!.height).toBeGreaterThan(150);
      // Its text takes the theme's colour: dark on light, light on dark.
      const fill = await drawn
        .first()
        .locator('text')
        .first()
        .evaluate((text) => getComputedStyle(text).fill);
      const [red] = fill.match(/\d+/g)!.map(Number);
      expect(colorScheme === 'light' ? red < 100 : red > 150, fill).toBe(true);
      await page.screenshot({ path: join(out, `roadmap-${colorScheme}.png`), fullPage: true });
      await context.close();
    }, 60_000);
  }
});
