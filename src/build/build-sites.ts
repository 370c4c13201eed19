import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { problemAt, type ContentProblem } from '../problems/content-problem.ts';
import { attachDiagrams } from './attach-diagrams.ts';
import { findChromium } from '../browser/chromium.ts';
import { createMermaidRenderer, type MermaidRenderer } from '../mermaid/mermaid-renderer.ts';
import { MermaidRenderError, type DiagramOwner } from '../mermaid/mermaid-render-error.ts';
import type { Backlog } from '../model/backlog.ts';
import type { ViewData } from '../model/view-data.ts';
import { mermaidCannotDraw } from '../problems/catalogue/assets-and-diagrams.ts';
import { unknownView } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';
import { prepareAstroRoot } from './astro-root.ts';
import { keptBacklogCache } from './kept-between-runs.ts';
import { buildMemoryBudget, memoryOfDiagramDrawing, memoryOfSiteBuild } from './build-memory.ts';
import { ViewSiteBuilders } from './build-views-in-parallel.ts';
import { BuiltSites, siteKey, toolchainKey } from './site-reuse.ts';
import { stageViewSites } from './stage-view-sites.ts';
import { swapInSites } from './swap-in-sites.ts';
import { WorkBudget } from './work-budget.ts';
import { closeSearchIndexer } from '../search/build-search-index.ts';
import { checkOutputFolders, findStaleSites } from './output-folders.ts';
import { prepareBacklog, projectPreparedView } from './prepare-backlog.ts';
import { projectCacheDir } from './project-folders.ts';
import { createReportPrinter } from './print-report.ts';
import type { ViewSiteContent } from './stage-view-site.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Build only this view; default: all. */
  viewId?: string;
  /** The user's project: paths are relative to it, and its cache holds Astro's root and the staging. */
  cwd: string;
  log: (line: string) => void;
}

/** Seconds spent in each stage, for the progress lines and `npm run bench`. */
export interface BuildTimings {
  /** Reading, validating and rendering the content, once for all views. */
  content: number;
  /** `kept`: the site in the output was made from the same inputs, and was not built again. */
  views: Record<string, { pages: number; projection: number; diagrams: number; site: number; search: number; kept?: true }>;
  total: number;
}

/**
 * `backlog-docs build`: validate, render bodies once, then project and build each view into a staging
 * folder. Only when every view has built are the sites swapped into `outDir`, so a failed build
 * leaves the previous output untouched.
 */
export async function buildSites(options: BuildOptions): Promise<{ problems: ContentProblem[]; timings?: BuildTimings }> {
  const started = performance.now();
  // Node loads Astro in these while the content is read: one a core, no more than there are views.
  const builders = new ViewSiteBuilders(options.viewId === undefined ? Math.min(availableParallelism(), countViewFiles(options)) : 1);
  const chromium = findChromium();
  // Asked once the content is read: Chromium's version takes a moment to ask.
  let toolchain: string | undefined;
  const toolchainOnce = () => (toolchain ??= toolchainKey(chromium));
  const renderer = chromium
    ? await createMermaidRenderer(chromium, join(projectCacheDir(options.cwd), 'mermaid'), toolchainOnce)
    : undefined;
  // With no drawing kept from an earlier build (a first build, a fresh CI checkout), every diagram
  // will be drawn: Chromium starts, and loads Mermaid, while the content is read.
  if (renderer && !renderer.keepsDrawings) renderer.warm();
  try {
    return await buildPrepared(options, { builders, chromium, renderer, toolchain: toolchainOnce }, started);
  } finally {
    builders.close();
    await renderer?.close().catch((error: unknown) => options.log(`warning: could not close a helper process: ${String(error)}`));
  }
}

async function buildPrepared(
  options: BuildOptions,
  tools: { builders: ViewSiteBuilders; chromium?: string; renderer?: MermaidRenderer; toolchain: () => string },
  started: number,
): Promise<{ problems: ContentProblem[]; timings?: BuildTimings }> {
  const { builders, chromium, renderer } = tools;
  const kept = keptBacklogCache(projectCacheDir(options.cwd));
  const { prepared, problems } = await prepareBacklog(options.contentDir, kept.cache);
  kept.save();
  if (!prepared) return { problems };
  const timings: BuildTimings = { content: elapsed(started), views: {}, total: 0 };
  const views = prepared.backlog.views.filter((view) => options.viewId === undefined || view.id === options.viewId);
  if (views.length === 0) {
    throw usageError(unknownView, { id: options.viewId, views: prepared.backlog.views.map((view) => view.id) });
  }
  const outDir = resolve(options.cwd, options.outDir);
  checkOutputFolders(
    outDir,
    resolve(options.cwd, options.contentDir),
    views.map((view) => view.id),
    (path) => relative(options.cwd, path) || '.',
  );
  options.log(`content: ${prepared.backlog.stories.length} stories read, checked and rendered in ${timings.content.toFixed(1)} s`);

  // Under Astro's root: Astro runs its prerender chunks from the output folder, and they must
  // resolve backlog-docs's packages from there.
  const astroRoot = prepareAstroRoot(options.cwd);
  const staging = mkdtempSync(join(astroRoot, 'build-'));
  if (!chromium)
    options.log('warning: no Chromium found (set BACKLOG_DOCS_CHROMIUM): diagrams will be drawn in the browser, and need JavaScript');
  // A Chromium of its own, in its usual processes, started on the first report (which may print
  // while later views' diagrams are drawn, as the budget allows).
  const printer = chromium ? createReportPrinter(chromium) : undefined;
  let built: string[];
  try {
    const projected = views.map((view) => {
      const mark = performance.now();
      const data: ViewData = { ...projectPreparedView(prepared, view.id, options.log), reportPdf: chromium !== undefined };
      return { view, data, projection: elapsed(mark), diagrams: 0 };
    });
    // A view whose site is made from the same inputs as the one in outDir keeps it. Its diagrams
    // are part of those inputs through their sources: a drawing is made from its source and the
    // toolchain (Mermaid, the drawing code and settings, Chromium), in this key and in the drawings'
    // cache's.
    const builtSites = new BuiltSites(projectCacheDir(options.cwd), outDir);
    const toolchain = tools.toolchain();
    const keys = new Map(
      projected.map(({ data }) => [
        data.view.id,
        siteKey(
          data,
          data.assets.map((name) => prepared.rendered.assetSources.get(name)!),
          toolchain,
        ),
      ]),
    );
    // The largest first, built and drawn: its build has the most to do once its content comes,
    // and the last view's diagrams are followed by the least.
    const toBuild = projected
      .filter(({ data }) => {
        if (!builtSites.isCurrent(data.view.id, keys.get(data.view.id)!)) return true;
        options.log(`${data.view.id}: unchanged since the last build, kept as it is`);
        timings.views[data.view.id] = { pages: 0, projection: 0, diagrams: 0, site: 0, search: 0, kept: true };
        return false;
      })
      .sort((one, other) => other.data.stories.length - one.data.stories.length);
    builders.keepAtMost(toBuild.length);
    // Beside this process, within the budget and what the machine has free; always room for one build.
    const budget = new WorkBudget(
      availableParallelism(),
      Math.max(
        Math.min(buildMemoryBudget, process.availableMemory()) - process.memoryUsage().rss,
        ...toBuild.map(({ data }) => memoryOfSiteBuild(data.stories.length)),
      ),
    );
    // The diagrams are drawn while the builds that fit beside Chromium begin: Astro bundles the
    // pages, which wait for their view's content. A view's content is handed over as soon as its
    // own diagrams are drawn. Chromium takes no slot: a build waiting for its content takes no core.
    const contents = toBuild.map(() => Promise.withResolvers<ViewSiteContent>());
    // A content whose build never began is rejected unread when the drawing fails.
    for (const content of contents) content.promise.catch(() => {});
    const drawing = budget.run(
      memoryOfDiagramDrawing,
      async () => {
        try {
          for (const [index, entry] of toBuild.entries()) {
            const mark = performance.now();
            const data = await attachDiagrams(entry.data, renderer);
            entry.diagrams = elapsed(mark);
            contents[index].resolve({ data, assetSources: data.assets.map((name) => [name, prepared.rendered.assetSources.get(name)!]) });
          }
        } finally {
          // A close that fails is told by the build's last clean-up; here it would hide why the drawing stopped.
          await renderer?.close().catch(() => {});
        }
      },
      { slot: false },
    );
    // Processes started ahead would only wait beside Chromium when the first build to come (first
    // come, first served) does not fit beside it.
    if (toBuild.length > 0 && !budget.fits(memoryOfSiteBuild(toBuild[0].data.stories.length))) builders.keepAtMost(0);
    const stagedFrom = performance.now();
    const staged = stageViewSites(
      toBuild.map(({ view, data }, index) => ({
        job: {
          view: { id: data.view.id, base: data.view.base, site: data.view.site },
          siteDir: join(staging, data.view.id),
          astroRoot,
          guard: data.view.isTeamSite ? undefined : { level: view.data.level, levels: [...prepared.backlog.project.visibilityLevels] },
        },
        content: contents[index].promise,
        stories: data.stories.length,
        search: data.view.search,
      })),
      { builders, printer, budget },
      (job, timed) => {
        const { data, projection, diagrams } = toBuild.find((entry) => entry.data.view.id === job.view.id)!;
        timings.views[job.view.id] = { pages: timed.pages, projection, diagrams, site: timed.site, search: timed.search };
        const stages = [
          `pages ${timed.site.toFixed(1)} s`,
          `diagrams ${diagrams.toFixed(1)} s`,
          ...(data.view.search ? [`search ${timed.search.toFixed(1)} s`] : []),
        ];
        options.log(`${job.view.id}: ${timed.pages} pages (${stages.join(', ')})`);
      },
    );
    // A build that fails while the diagrams are drawn stops the drawing, and is what the build tells.
    let stagingFailed = false;
    staged.catch(() => {
      stagingFailed = true;
      void renderer?.close().catch(() => {});
    });
    try {
      await drawing;
    } catch (error) {
      if (stagingFailed) await staged;
      // The builds begun are ended, and their failure (they wait for content that never comes) is not the news.
      for (const content of contents) content.reject(error);
      await staged.catch(() => {});
      if (!(error instanceof MermaidRenderError && error.owner)) throw error;
      return { problems: [diagramProblem(error, prepared.backlog, error.owner)] };
    }
    if (renderer) options.log(`diagrams: ${renderer.rendered} rendered, ${renderer.cached} reused from cache`);
    const leftovers = await staged;
    if (leftovers.length > 0) return { problems: leftovers };
    if (printer && toBuild.length > 0)
      options.log(
        `${toBuild.length} site${toBuild.length === 1 ? '' : 's'} staged and ${printer.printed} report.pdf printed in ${elapsed(stagedFrom).toFixed(1)} s`,
      );
    else if (!printer) options.log('warning: no Chromium found (set BACKLOG_DOCS_CHROMIUM): the sites have no report.pdf');
    built = toBuild.map(({ data }) => data.view.id);
    swapInSites(staging, outDir, new Map(built.map((id) => [id, keys.get(id)!])), builtSites);
    // A site whose view is gone would still be deployed with what it showed: a full build removes it.
    if (options.viewId === undefined) {
      for (const stale of findStaleSites(
        outDir,
        views.map((view) => view.id),
      )) {
        rmSync(stale, { recursive: true, force: true });
        options.log(`removed ${relative(options.cwd, stale)}: its view is gone`);
      }
    }
  } finally {
    // Each step whatever the others did: the staging holds the team's whole site. By then the
    // sites are swapped in or the build has failed: a browser that fails to close only warns.
    const cleanUp = await Promise.allSettled([renderer?.close(), printer?.close(), closeSearchIndexer()]);
    rmSync(staging, { recursive: true, force: true });
    for (const step of cleanUp)
      if (step.status === 'rejected') options.log(`warning: could not close a helper process: ${String(step.reason)}`);
  }
  timings.total = elapsed(started);
  options.log(`${builtSummary(views.length, built.length)} into ${options.outDir}/ in ${timings.total.toFixed(1)} s`);
  return { problems: [], timings };
}

/** The views' files, before the content is read (0 when there are none yet: the build will say so). */
function countViewFiles(options: BuildOptions): number {
  try {
    return readdirSync(join(resolve(options.cwd, options.contentDir), 'views')).filter((name) => /\.ya?ml$/.test(name)).length;
  } catch {
    return 0;
  }
}

/** "built 3 sites", or "built 1 site, kept 2 unchanged". */
function builtSummary(views: number, built: number): string {
  const sites = (count: number) => `${count} site${count === 1 ? '' : 's'}`;
  return built === views ? `built ${sites(built)}` : `built ${sites(built)}, kept ${views - built} unchanged,`;
}

/** A body's diagram that Chromium's Mermaid could not draw (the syntax check let it through). */
function diagramProblem(error: MermaidRenderError, backlog: Backlog, owner: DiagramOwner): ContentProblem {
  const entries = { phase: backlog.phases, epic: backlog.epics, story: backlog.stories, project: [] };
  const file = owner.kind === 'project' ? backlog.projectFile.file : entries[owner.kind].find((entry) => entry.id === owner.id)!.file;
  return problemAt({ file, field: owner.kind === 'project' ? 'summary' : '' }, mermaidCannotDraw, {
    kind: owner.kind,
    reason: error.mermaidMessage,
  });
}

function elapsed(since: number): number {
  return (performance.now() - since) / 1000;
}
