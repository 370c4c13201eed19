import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchSingleProcessChromium, type KillableChromium } from '../browser/chromium.ts';
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
  /** Starts Chromium and loads Mermaid now, ahead of the first diagram; a failure shows on that diagram. */
  warm(): void;
  /** Whether the cache held drawings from an earlier build when the renderer was made: without any, every diagram is to be drawn. */
  readonly keepsDrawings: boolean;
  readonly rendered: number;
  readonly cached: number;
  close(): Promise<void>;
}

/**
 * One headless Chromium for the whole build, in one process, with Mermaid loaded once in one page;
 * diagrams are drawn one at a time (there is one renderer thread), each with a timeout (Mermaid
 * has had infinite-loop bugs), and cached in memory and on disk, so a diagram shared by several
 * views, or unchanged since the last build, is drawn once.
 */
/**
 * `cacheDir`: where drawn diagrams are kept between builds, in the user's project. `toolchain`:
 * what else a drawing depends on (Chromium's version, the drawing code), asked on the first
 * diagram, for the cache's key.
 */
export async function createMermaidRenderer(
  executablePath: string,
  cacheDir: string,
  toolchain: () => string = () => '',
): Promise<MermaidRenderer> {
  // Started on the first diagram that is not cached: an unchanged backlog never launches it.
  let chromium: Promise<KillableChromium> | undefined;
  let page: Promise<Page> | undefined;
  // The style Mermaid was last initialised with in the page.
  let pageStyle: DiagramStyle | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  // Once closed, no Chromium starts again: diagrams still queued when a drawing failed would start
  // one that outlives the build.
  let closed = false;
  let drawnWith: string | undefined;
  const memory = new Map<string, Promise<string>>();
  let rendered = 0;
  let cached = 0;
  mkdirSync(cacheDir, { recursive: true });
  const keepsDrawings = readdirSync(cacheDir).some((name) => name.endsWith('.svg'));
  // A page of its own on disk: a file's page may load a script from a file. (pathToFileURL
  // escapes quotes and angle brackets; an ampersand is left to HTML.) In UTF-8: read as a file's
  // default encoding, Mermaid's own markers for entities came out garbled, and left in the drawings.
  const drawingPage = join(cacheDir, 'drawing.html');
  const mermaidUrl = pathToFileURL(mermaidBundle).href.replaceAll('&', '&amp;');
  // Never looked at: a hidden page is laid out (Mermaid measures its text) but not painted, which
  // took about 12 % of the drawing's processor time, for the same drawings.
  writeAtomically(
    drawingPage,
    `<!doctype html><html><head><meta charset="utf-8"><style>body { visibility: hidden }</style></head><body><script src="${mermaidUrl}"></script></body></html>`,
  );

  const openPage = async () => {
    if (closed) throw new Error('the diagram renderer is closed');
    chromium ??= launchSingleProcessChromium(executablePath);
    const created = await (await chromium).browser.newPage();
    // Chromium reads Mermaid's 5.5 MB from disk itself, 0.6 s sooner than through the protocol.
    await created.goto(pathToFileURL(drawingPage).href);
    // Mermaid loads a layout's code on its first diagram: ELK, which the site's graphs use, costs
    // about 0.5 s, paid here, while the content is still being read when the renderer is warmed.
    await created.evaluate(async (config) => {
      const mermaid = (
        window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, text: string): Promise<unknown> } }
      ).mermaid;
      mermaid.initialize(config);
      await mermaid.render('warm-up', 'flowchart TB\n  a --> b');
    }, drawingConfigs.site);
    pageStyle = 'site';
    return created;
  };

  const drawNow = async (source: string, style: DiagramStyle, key: string): Promise<string> => {
    if (closed) throw new Error('the diagram renderer is closed');
    // From before the page is ready: a Chromium that stalls while it starts fails the diagram too.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new MermaidRenderError(source, `the diagram took more than ${timeoutMs / 1000} s to draw`)),
        timeoutMs,
      );
    });
    const draw = async () => {
      const drawing = await (page ??= openPage());
      const config = pageStyle === style ? undefined : drawingConfigs[style];
      return drawing.evaluate(
        async ({ text, id, config }) => {
          const mermaid = (
            window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, text: string): Promise<{ svg: string }> } }
          ).mermaid;
          if (config) mermaid.initialize(config);
          // Some diagrams draw with Math.random (a class diagram's rough lines, a git graph's commit
          // ids): a sequence that starts again for each diagram makes its drawing the same in every
          // build, whatever was drawn before it. (A linear congruential generator is plenty here.)
          let state = 1;
          Math.random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
          // Mermaid's message comes back as data: thrown through Playwright, it would carry the page's stack.
          try {
            return { svg: (await mermaid.render(id, text)).svg };
          } catch (error) {
            return { failure: String((error as Error)?.message ?? error).trim() };
          }
        },
        { text: source, id: `d${key.slice(0, 12)}`, config },
      );
    };
    let drawn: { svg: string } | { failure: string };
    try {
      drawn = await Promise.race([draw(), timeout]);
    } catch (error) {
      // A page that hangs holds the whole browser: it is killed, and the next diagram starts another.
      const hung = chromium;
      chromium = page = undefined;
      await hung?.then((killable) => killable.kill()).catch(() => {});
      throw error;
    } finally {
      clearTimeout(timer);
    }
    pageStyle = style;
    if ('failure' in drawn) throw new MermaidRenderError(source, drawn.failure);
    rendered++;
    return atNaturalSize(applySitePalette(drawn.svg));
  };
  // One at a time: a style's settings hold in the page until the next diagram's.
  const renderNow = (source: string, style: DiagramStyle, key: string): Promise<string> => {
    const result = queue.then(() => drawNow(source, style, key));
    queue = result.catch(() => {});
    return result;
  };

  return {
    async render(source, style) {
      const key = createHash('sha256')
        .update(JSON.stringify([source, style, drawingConfigs[style], mermaidVersion, (drawnWith ??= toolchain())]))
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
    warm() {
      (page ??= openPage()).catch(() => {});
    },
    keepsDrawings,
    get rendered() {
      return rendered;
    },
    get cached() {
      return cached;
    },
    close: async () => {
      closed = true;
      const open = chromium;
      chromium = page = undefined;
      if (!open) return;
      const opened = await open;
      try {
        await opened.browser.close();
      } finally {
        await opened.kill();
      }
    },
  };
}
