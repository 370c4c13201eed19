import { relative, resolve, sep } from 'node:path';
import type { MdastNode, MdastPluginDefinition } from 'satteri';
import type { Backlog, Entry } from '../model/backlog.ts';
import { readPublishableImage, type ContentAsset } from '../loading/content-asset.ts';
import { idKey } from '../model/ids.ts';
import { findMermaidSyntaxError } from '../mermaid/mermaid-syntax.ts';
import type { ContentProblem, ProblemAtLine } from '../problems/content-problem.ts';
import { formatOfBody, parseBody, type BodyFormat } from '../body/body-syntax.ts';
import { renderBodyOnce, type BodyLookups, type BodyMemo, type RenderedBody } from './body-memo.ts';
import { markContentLinks } from './content-links.ts';
import { findMalformedComments } from '../body/html-comments.ts';
import { inspectLevelBlocks, levelBlocksPlugin } from '../body/level-blocks.ts';
import { levelOpenerInHtml, levelTextLeftInHtml } from '../body/level-directive-text.ts';
import { mermaidFrontMatter, mermaidSyntaxError } from '../problems/catalogue/assets-and-diagrams.ts';
import { mdxDoesNotRender, mdxImport, unavailableComponent } from '../problems/catalogue/bodies.ts';
import { describeProblem } from '../problems/problem-text.ts';
import { collectLocalImages } from './local-images.ts';
import { createMarkdownRenderer } from './markdown-renderer.ts';
import { renderMdx } from './mdx-renderer.ts';
import { sanitizeBodyHtml } from './sanitize-body-html.ts';
import type { Rendered, RenderedBacklog, RenderedHtml } from '../model/rendered-backlog.ts';

/** Where a body comes from, for rendering it and for telling its problems. */
export interface BodySource {
  text: string;
  format: BodyFormat;
  /** Absolute path of the file: relative images and links start from its folder. */
  path: string;
  /** Path and field for messages, and the line of the file the body starts on. */
  file: string;
  field: string;
  firstLine: number;
}

/**
 * Renders every body once for all views, and reports what would stop a build in them (SPEC §1):
 * `check` runs this too. Each body is parsed once and checked on that tree; it is then rendered
 * once for each different set of `:::level` blocks that views can see, with the other blocks
 * removed from the tree, so a view's HTML never held its hidden blocks. With `cache` (the last
 * pass's renderings, in `dev`, or the last check or build's, or renderings made ahead in other
 * threads), a body whose text and lookups did not change is not rendered again.
 */
export async function renderBacklog(
  backlog: Backlog,
  contentRoot: string,
  repositoryRoot?: string,
  options: { cache?: BodyMemo } = {},
): Promise<{ rendered?: RenderedBacklog; problems: ContentProblem[] }> {
  const levels = backlog.project.visibilityLevels;
  const renderer = createBodyRenderer(levels, contentRoot);
  const lookups = bodyLookupsOf(backlog);
  const problems: ContentProblem[] = [];
  const assetSources = new Map<string, string>();

  const bodies = bodySourcesOf(backlog, contentRoot);
  const renderBody = async (body: BodySource): Promise<RenderedHtml[]> => {
    const rendered = await renderBodyInMemo(options.cache, body, levels, lookups, renderer);
    problems.push(...rendered.problems);
    for (const asset of rendered.assets) assetSources.set(asset.name, asset.source);
    return rendered.bodyByLevel;
  };
  const withBody = async <T>(entry: Entry<T>): Promise<Rendered<T>> => ({
    ...entry,
    bodyByLevel: await renderBody(bodies.of(entry)),
    repositoryPath: repositoryRoot === undefined ? undefined : relative(repositoryRoot, entry.path).split(sep).join('/'),
  });

  const logos = new Map<string, string>();
  for (const view of backlog.views) {
    // Checked when the content was loaded: a refused logo stopped the build there.
    const written = view.data.theme?.logo;
    const image =
      written === undefined ? undefined : readPublishableImage(resolve(contentRoot, written), contentRoot, { kind: 'logo', written });
    if (!image || 'refused' in image) continue;
    const logo = image.asset;
    logos.set(view.id, logo.name);
    assetSources.set(logo.name, logo.source);
  }
  const rendered: RenderedBacklog = {
    project: { ...backlog.project, summaryByLevel: await renderBody(bodies.summary) },
    views: backlog.views,
    phases: await Promise.all(backlog.phases.map(withBody)),
    epics: await Promise.all(backlog.epics.map(withBody)),
    stakeholders: backlog.stakeholders,
    stories: await Promise.all(backlog.stories.map(withBody)),
    assetSources,
    logos,
  };
  return problems.length > 0 ? { problems } : { rendered, problems };
}

/** Every body `renderBacklog` renders: the project's summary, then each phase's, epic's and story's. */
export function bodySourcesOf(
  backlog: Backlog,
  contentRoot: string,
): { summary: BodySource; of(entry: Entry<unknown>): BodySource; all(): BodySource[] } {
  const summary: BodySource = {
    text: backlog.project.summary ?? '',
    format: 'markdown',
    path: resolve(contentRoot, 'project.yaml'),
    file: backlog.projectFile.file,
    field: 'summary',
    // The summary is usually a block scalar ("summary: |"), whose text starts on the next line.
    firstLine: backlog.projectFile.summaryLine + 1,
  };
  const of = (entry: Entry<unknown>): BodySource => ({
    text: entry.body,
    format: formatOfBody(entry.path),
    path: entry.path,
    file: entry.file,
    field: '',
    firstLine: entry.bodyLine,
  });
  return { summary, of, all: () => [summary, ...[...backlog.phases, ...backlog.epics, ...backlog.stories].map(of)] };
}

/** What rendering asks of the whole backlog: where each entry file's links go, and the images. */
export function bodyLookupsOf(backlog: Backlog): BodyLookups & { linkTargets: Map<string, string> } {
  const linkTargets = new Map<string, string>();
  for (const collection of ['phases', 'epics', 'stakeholders', 'stories'] as const) {
    for (const entry of backlog[collection]) linkTargets.set(resolve(entry.path), `${collection}/${idKey(entry.id)}`);
  }
  return { linkTargets, readImage: readPublishableImage };
}

/** One body's rendering through `memo` (when given): what it is kept under, and what it must match. */
export function renderBodyInMemo(
  memo: BodyMemo | undefined,
  body: BodySource,
  levels: readonly string[],
  lookups: BodyLookups,
  renderer: BodyRenderer,
): Promise<RenderedBody> {
  const input = [body.text, body.format, body.file, body.firstLine, levels.join('\n')];
  return renderBodyOnce(memo, bodyMemoKey(body), input, lookups, (asked) => renderer(body, asked));
}

export const bodyMemoKey = (body: BodySource) => `${body.path}\0${body.field}`;

export type BodyRenderer = (body: BodySource, lookups: BodyLookups) => Promise<RenderedBody>;

/** Renders one body for every level of `levels`, and tells its problems: the same in every thread. */
export function createBodyRenderer(levels: readonly string[], contentRoot: string): BodyRenderer {
  // Made on the first body to render: in `dev`, most passes render none.
  let markdownRenderer: ReturnType<typeof createMarkdownRenderer> | undefined;
  const render = async (text: string, plugins: MdastPluginDefinition[]) =>
    (await (markdownRenderer ??= createMarkdownRenderer()))(text, plugins);
  const renderFreshBody: BodyRenderer = async (body, lookups) => {
    const found: ContentProblem[] = [];
    const assets: ContentAsset[] = [];
    const report = (problem: ProblemAtLine) =>
      found.push({ file: body.file, column: 1, field: body.field, ...problem, line: body.firstLine + problem.line - 1 });
    let tree: MdastNode;
    try {
      tree = parseBody(body.text, body.format);
    } catch (error) {
      report(describeMdxError(error as Error, body.text));
      return { bodyByLevel: levels.map(() => ({ html: '', assets: [] })), problems: found, assets };
    }
    const blocks = inspectLevelBlocks(tree, body.text, levels);
    blocks.problems.forEach(report);
    if (body.format === 'mdx') findMdxImports(tree).forEach(report);
    findMalformedComments(tree).forEach(report);
    (await findMermaidProblems(tree)).forEach(report);
    const problemsBefore = found.length;

    // One rendering per set of blocks shown; the most open views first, the team's last. The team's
    // is its own when the body has blocks: it marks them, and no lower site may share that HTML.
    const byShownBlocks = new Map<string, RenderedHtml>();
    const bodyByLevel: RenderedHtml[] = [];
    for (let index = 0; index < levels.length; index++) {
      const shown = new Set(levels.slice(0, index + 1).filter((level) => blocks.levels.has(level)));
      const marked = index === levels.length - 1 && shown.size > 0;
      const key = `${marked ? 'marked:' : ''}${[...shown].join(' ')}`;
      if (!byShownBlocks.has(key)) {
        // Problems of images and links are told once, from the team's rendering, which holds every other.
        const isFullest = marked || blocks.levels.size === 0;
        const html = await renderHtml(body, shown, { hasDirectives: blocks.hasDirectives, marked }, lookups, isFullest ? report : () => {});
        assets.push(...html.assets);
        byShownBlocks.set(key, html.rendered);
      }
      bodyByLevel.push(byShownBlocks.get(key)!);
    }
    // The guard is for what the checks above cannot see: a body they refused already is not published.
    if (found.length === problemsBefore && blocks.problems.length === 0) guardLowerLevels(body, bodyByLevel, report);
    return { bodyByLevel, problems: found, assets };
  };

  const renderHtml = async (
    body: BodySource,
    shown: Set<string>,
    { hasDirectives, marked }: { hasDirectives: boolean; marked: boolean },
    lookups: BodyLookups,
    report: (problem: ProblemAtLine) => void,
  ): Promise<{ rendered: RenderedHtml; assets: ContentAsset[] }> => {
    let html: string;
    try {
      const plugins = hasDirectives ? [levelBlocksPlugin(shown, marked ? levels : undefined)] : [];
      html = body.format === 'mdx' ? renderMdx(body.text, plugins) : await render(body.text, plugins);
    } catch (error) {
      report(describeMdxError(error as Error, body.text));
      return { rendered: { html: '', assets: [] }, assets: [] };
    }
    const images = collectLocalImages(sanitizeBodyHtml(html), body.path, contentRoot, lookups.readImage);
    for (const { src, ...refused } of images.refused) report({ line: lineOf(body.text, src), ...refused });
    const links = markContentLinks(images.html, body.path, lookups.linkTargets);
    for (const { href, ...refused } of links.refused) report({ line: lineOf(body.text, href), ...refused });
    return { rendered: { html: links.html, assets: images.assets.map((asset) => asset.name) }, assets: images.assets };
  };

  // The sites' guard, run here too so that `check` refuses what a build would (SPEC §2).
  const guardLowerLevels = (body: BodySource, bodyByLevel: RenderedHtml[], report: (problem: ProblemAtLine) => void) => {
    const index = bodyByLevel.slice(0, -1).findIndex((rendered) => levelOpenerInHtml(rendered.html, levels));
    if (index === -1) return;
    const found = levelOpenerInHtml(bodyByLevel[index].html, levels)!;
    report({ line: lineOf(body.text, found.text), ...levelTextLeftInHtml(levels[index], found) });
  };

  return renderFreshBody;
}

/** A compiler error of an MDX body as a problem at its line (Sätteri's messages start `line:column: `). */
function describeMdxError(error: Error, text: string): ProblemAtLine {
  const [, line, reason] = /^(\d+):\d+: ([\s\S]*)$/.exec(error.message) ?? [undefined, '1', error.message];
  const component = /^Expected component `([^`]+)`/.exec(reason);
  if (component) {
    // A missing component is found when the body runs, without a position: point at its first use.
    return { line: lineOf(text, `<${component[1]}`), ...describeProblem(unavailableComponent, { component: component[1] }) };
  }
  return { line: Number(line), ...describeProblem(mdxDoesNotRender, { reason: reason.replace(/ \([a-z-]+:[a-z-]+\)$/, '') }) };
}

/** `import` lines of an MDX body: the content folder is not a module graph (`export const` is fine). */
function findMdxImports(tree: MdastNode): ProblemAtLine[] {
  return ((tree as { children?: MdastNode[] }).children ?? [])
    .map((node) => ({ node, statement: ((node as { value?: string }).value ?? '').trim() }))
    .filter(({ node, statement }) => node.type === 'mdxjsEsm' && /^import\b/.test(statement))
    .map(({ node, statement }) => ({ line: node.position!.start.line, ...describeProblem(mdxImport, { statement }) }));
}

/**
 * The ```mermaid blocks of a body that Mermaid cannot read, hidden blocks included: `check` then
 * refuses what the diagram step of a build would. Front matter is refused: it would set the
 * diagram's configuration (theme, CSS), which is the site's.
 */
async function findMermaidProblems(tree: MdastNode): Promise<ProblemAtLine[]> {
  const blocks: { value: string; line: number }[] = [];
  const collect = (node: MdastNode & { lang?: string | null; value?: string; children?: MdastNode[] }) => {
    if (node.type === 'code' && node.lang === 'mermaid') blocks.push({ value: node.value ?? '', line: node.position!.start.line + 1 });
    for (const child of node.children ?? []) collect(child);
  };
  collect(tree);
  const found = await Promise.all(
    blocks.map(async ({ value, line }): Promise<ProblemAtLine | undefined> => {
      if (/^\s*---\s*$/m.test(value.split('\n').find((text) => text.trim() !== '') ?? '')) {
        return { line, ...describeProblem(mermaidFrontMatter) };
      }
      const error = await findMermaidSyntaxError(value);
      return error && { line: line + (error.line ?? 1) - 1, ...describeProblem(mermaidSyntaxError, { reason: error.message }) };
    }),
  );
  return found.filter((problem) => problem !== undefined);
}

/** The first line of `text` that holds `needle`, for pointing at a problem found in the HTML. */
function lineOf(text: string, needle: string): number {
  return (
    Math.max(
      0,
      text.split('\n').findIndex((line) => line.includes(needle)),
    ) + 1
  );
}
