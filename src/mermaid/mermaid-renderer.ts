import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { atNaturalSize } from '../diagrams/natural-size.ts';
import { applySitePalette } from '../diagrams/site-palette.ts';
import { drawingConfigs, type DiagramStyle } from './drawing-configs.ts';
import { MermaidRenderError } from './mermaid-render-error.ts';

const require = createRequire(import.meta.url);
const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion = (JSON.parse(readFileSync(join(mermaidBundle, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
const timeoutMs = 20_000;

/** Builds may run side by side (tests do): a reader never sees half a cached file. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export interface MermaidRenderer {
  /** SVG of a diagram drawn in a style; cached by source, config and Mermaid version. Rejects with a MermaidRenderError when Mermaid cannot draw it. */
  render(source: string, style: DiagramStyle): Promise<string>;
  readonly rendered: number;
  readonly cached: number;
  close(): Promise<void>;
}

/**
 * One headless Chromium for the whole build, with Mermaid loaded once per style; each diagram is
 * rendered with a timeout (Mermaid has had infinite-loop bugs) and cached in memory and on disk,
 * so a diagram shared by several views, or unchanged since the last build, is rendered once.
 */
/** `cacheDir`: where drawn diagrams are kept between builds, in the user's project. */
export async function createMermaidRenderer(executablePath: string, cacheDir: string): Promise<MermaidRenderer> {
  // Started on the first diagram that is not cached: an unchanged backlog never launches it.
  // Chromium's usual processes, not one: a diagram that never finishes (Mermaid has had loops)
  // would hold a single-process browser's only renderer thread, and every page after it.
  let browser: Promise<Browser> | undefined;
  const launch = () => (browser ??= launchChromium(executablePath));
  const pages = new Map<DiagramStyle, Promise<Page>>();
  const memory = new Map<string, Promise<string>>();
  let rendered = 0;
  let cached = 0;
  mkdirSync(cacheDir, { recursive: true });

  const pageFor = (style: DiagramStyle) => {
    let page = pages.get(style);
    if (!page) {
      page = (async () => {
        const created = await (await launch()).newPage();
        await created.setContent('<!doctype html><html><body></body></html>');
        await created.addScriptTag({ path: mermaidBundle });
        await created.evaluate(
          (config) => (window as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config),
          drawingConfigs[style],
        );
        return created;
      })();
      pages.set(style, page);
    }
    return page;
  };

  const renderNow = async (source: string, style: DiagramStyle, key: string): Promise<string> => {
    const page = await pageFor(style);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new MermaidRenderError(source, `the diagram took more than ${timeoutMs / 1000} s to draw`)),
        timeoutMs,
      );
    });
    let drawn: { svg: string } | { failure: string };
    try {
      drawn = await Promise.race([
        page.evaluate(
          async ({ text, id }) => {
            const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
            // Mermaid's message comes back as data: thrown through Playwright, it would carry the page's stack.
            try {
              return { svg: (await mermaid.render(id, text)).svg };
            } catch (error) {
              return { failure: String((error as Error)?.message ?? error).trim() };
            }
          },
          { text: source, id: `d${key.slice(0, 12)}` },
        ),
        timeout,
      ]);
    } catch (error) {
      // A hung page cannot be reused: start a fresh one for the next diagram.
      pages.delete(style);
      await page.close().catch(() => {});
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if ('failure' in drawn) throw new MermaidRenderError(source, drawn.failure);
    rendered++;
    return atNaturalSize(applySitePalette(drawn.svg));
  };

  return {
    async render(source, style) {
      const key = createHash('sha256')
        .update(JSON.stringify([source, style, drawingConfigs[style], mermaidVersion]))
        .digest('hex');
      let svg = memory.get(key);
      if (!svg) {
        const file = join(cacheDir, `${key}.svg`);
        svg = existsSync(file)
          ? Promise.resolve(readFileSync(file, 'utf8')).then((text) => (cached++, text))
          : renderNow(source, style, key).then((text) => (writeAtomically(file, text), text));
        memory.set(key, svg);
      } else {
        cached++;
      }
      return svg;
    },
    get rendered() {
      return rendered;
    },
    get cached() {
      return cached;
    },
    close: async () => {
      const open = browser;
      browser = undefined;
      pages.clear();
      if (open) await (await open).close();
    },
  };
}
