import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ContentProblem } from '../problems/content-problem.ts';
import { buildSearchIndex } from '../search/build-search-index.ts';
import { memoryOfReportPrint, memoryOfSearchIndex, memoryOfSiteBuild } from './build-memory.ts';
import type { ViewSiteBuilders } from './build-views-in-parallel.ts';
import type { ReportPrinter } from './print-report.ts';
import type { ViewSiteContent, ViewSiteJob } from './stage-view-site.ts';
import type { WorkBudget } from './work-budget.ts';

/** Indexing or printing a view's staged site failed: the view is named, the cause kept. */
export class ViewStageError extends Error {
  readonly viewId: string;
  constructor(viewId: string, what: string, cause: unknown) {
    super(`${what} of view "${viewId}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.viewId = viewId;
  }
}

/** A view to stage: its job, what it shows once its diagrams are drawn, and what it needs. */
export interface ViewToStage {
  job: ViewSiteJob;
  content: Promise<ViewSiteContent>;
  /** The stories the view shows, for the memory of its build. */
  stories: number;
  search: boolean;
}

/** Seconds and pages of one view's staged site. */
export interface StagedTimings {
  pages: number;
  site: number;
  search: number;
}

/**
 * Stages every view's site: each Astro build in a process of its own, begun as soon as `budget`
 * allows (its pages wait for the view's content), then its search index and its report, all side
 * by side as far as `budget` allows. The first failure stops what has not started,
 * ends the builds still running, and is thrown once nothing runs. Problems the sites' guard found
 * are returned, for all views at once.
 */
export async function stageViewSites(
  views: readonly ViewToStage[],
  tools: { builders: ViewSiteBuilders; printer?: ReportPrinter; budget: WorkBudget },
  onStaged: (job: ViewSiteJob, timings: StagedTimings) => void,
): Promise<ContentProblem[]> {
  const { builders, printer, budget } = tools;
  const problems: ContentProblem[] = [];
  let failure: { error: unknown } | undefined;
  let buildsStarted = 0;
  // Work queued before a failure does not start after it.
  const unlessFailed =
    <T>(work: () => Promise<T>) =>
    () =>
      failure ? Promise.reject(new Error('another view failed')) : work();

  const stageOne = async ({ job, content, stories, search: hasSearch }: ViewToStage) => {
    const staged = await budget.run(
      memoryOfSiteBuild(stories),
      unlessFailed(() => builders.build(job, content, views.length - ++buildsStarted)),
    );
    if (!('reportHtml' in staged)) return void problems.push(...staged.problems);
    const { data } = await content;
    const indexed = hasSearch
      ? budget.run(
          memoryOfSearchIndex(staged.pages),
          unlessFailed(async () => {
            const started = performance.now();
            await buildSearchIndex(job.siteDir);
            return (performance.now() - started) / 1000;
          }),
        )
      : Promise.resolve(0);
    const printed = printer
      ? budget.run(
          memoryOfReportPrint,
          unlessFailed(() => printer.print({ html: staged.reportHtml, file: join(job.siteDir, 'report.pdf'), data })),
        )
      : Promise.resolve();
    // Both settle before anything is thrown: the build's clean-up must not race either.
    const [search, print] = await Promise.allSettled([indexed, printed]);
    if (search.status === 'rejected') throw new ViewStageError(job.view.id, 'its search index', search.reason);
    if (print.status === 'rejected') throw new ViewStageError(job.view.id, 'its report.pdf', print.reason);
    onStaged(job, { pages: staged.pages, site: staged.site, search: search.value });
  };

  await Promise.allSettled(
    views.map((view) =>
      stageOne(view).catch((error: unknown) => {
        if (failure) return;
        failure = { error };
        builders.close();
      }),
    ),
  );
  if (failure) throw failure.error;
  return problems;
}
