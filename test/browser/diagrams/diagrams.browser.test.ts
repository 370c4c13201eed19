import { mkdtempSync, rmSync } from 'node:fs';
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

/** Small diagrams of the kinds a body most often holds. */
const bodyKinds: Record<string, string> = {
  flowchart: 'flowchart LR\n  A[Save] --> B{Online?}\n  B -- yes --> C[(Server)]\n  subgraph Phone\n    A\n  end',
  sequence:
    'sequenceDiagram\n  autonumber\n  Phone->>Server: Send\n  Note over Phone,Server: Queued\n  loop Retry\n    Server-->>Phone: Ack\n  end',
  gantt:
    'gantt\n  dateFormat YYYY-MM-DD\n  section A\n  Done :done, a, 2026-01-01, 5d\n  Now :active, b, after a, 5d\n  Risky :crit, c, after b, 5d\n  Gate :milestone, m, after c, 0d',
  state:
    'stateDiagram-v2\n  [*] --> Draft\n  state Ready {\n    [*] --> Estimated\n  }\n  Draft --> Ready\n  note right of Ready: refined\n  Ready --> [*]',
  class: 'classDiagram\n  class Story {\n    +String id\n    +status() Status\n  }\n  Phase "1" --> "*" Story : holds\n  Story <|-- Spike',
  pie: 'pie showData\n  title Stories\n  "Done" : 12\n  "Active" : 7\n  "Planned" : 15',
  er: 'erDiagram\n  PHASE ||--o{ STORY : holds\n  STORY {\n    string id PK\n  }',
  journey: 'journey\n  title Day\n  section Morning\n    Log: 5: Farmer',
  mindmap: 'mindmap\n  root((Parcelle))\n    Logging\n      Spraying\n    Traceability',
  timeline: 'timeline\n  2026 Q1 : Kick-off\n  2026 Q2 : Build',
  gitGraph: 'gitGraph\n  commit id: "a"\n  branch develop\n  commit id: "b" tag: "v1"\n  checkout main\n  merge develop',
  quadrant: 'quadrantChart\n  x-axis Low --> High\n  y-axis Low --> High\n  quadrant-1 Plan\n  Scan: [0.3, 0.6]',
  xychart: 'xychart-beta\n  x-axis [jan, feb]\n  y-axis 0 --> 10\n  bar [3, 6]\n  line [2, 5]',
};

describe.skipIf(!chromiumPath)('diagrams in Chromium', () => {
  let renderer: MermaidRenderer;
  let browser: Browser;
  let out: string;
  let mermaidCache: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    // A fresh cache: drawings kept from an earlier run, by other code, would pass for this code's.
    mermaidCache = mkdtempSync(join(tmpdir(), 'backlog-docs-test-mermaid-'));
    renderer = await createMermaidRenderer(chromiumPath!, mermaidCache);
    browser = await launchChromium(chromiumPath!);
    out = buildExampleSites({ BACKLOG_DOCS_CHROMIUM: undefined });
    server = await serveStatic({ '/client/': join(out, 'client'), '/': join(out, 'public') });
  }, 180_000);

  afterAll(async () => {
    await renderer?.close();
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(mermaidCache, { recursive: true, force: true });
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
      for (const style of ['site', 'body'] as const) {
        // Rendering rejects on a Mermaid syntax error, so a title that broke the syntax fails here.
        const svg = await renderer.render(source, style);
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
      const error = await renderer.render(source, 'body').catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(MermaidRenderError);
      expect((error as MermaidRenderError).source).toBe(source);
      expect((error as MermaidRenderError).mermaidMessage).toMatch(/^(Parse error on line 2|Invalid date:2026-13-45)/);
      expect((error as MermaidRenderError).stack).not.toMatch(/\n\s+at /);
    }
    expect(await renderer.render('flowchart LR\n  A --> B', 'body')).toMatch(/^<svg/);
  }, 60_000);

  test.each(Object.entries(bodyKinds))(
    "a body's %s is drawn once for both themes: every colour Mermaid was given is a variable, at its natural size",
    async (_, source) => {
      const svg = await renderer.render(source, 'body');
      expect(svg).toMatch(/^<svg /);
      expect(svg).toContain('var(--diagram-text)');
      expect(svg.match(/#d1a9[0-9a-f]{2}\b|rgba?\(\s*209\s*,\s*169\s*,/gi)).toBeNull();
      const root = svg.match(/^<svg[^>]*>/)![0];
      expect(root).not.toMatch(/width="100%"|max-width/);
      expect(root).toMatch(/ width="[\d.]+" height="[\d.]+"/);
    },
    30_000,
  );

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
