import { performance } from 'node:perf_hooks';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { ViewData } from '../model/view-data.ts';
import { buildViewSite } from './build-view-site.ts';
import { findLevelTextInSite } from './guard-site-text.ts';
import { takeReportPageOut } from './report-page.ts';
import { listFiles, writeSitemap } from './sitemap.ts';

/** Everything one view's build needs, as plain data: it crosses into a process of its own. */
export interface ViewSiteJob {
  data: ViewData;
  /** The staging folder of this view's site. */
  siteDir: string;
  /** Asset name → its file in the content, for the assets this view shows. */
  assetSources: [string, string][];
  astroRoot: string;
  /** For the guard of a site below the team's: the view's level and the project's levels. */
  guard?: { level: string; levels: string[] };
}

export type StagedViewSite =
  | { problems: ContentProblem[] }
  | {
      problems: [];
      /** The report page as built, through the guard and out of the site: the PDF's source. */
      reportHtml: string;
      pages: number;
      /** Seconds: Astro's build, the guard and the sitemap. */
      site: number;
    };

/**
 * One view's site, staged: Astro builds it, the guard reads every file of a lower site, the report
 * page is taken out and the sitemap written. The search index comes after, in the builder's
 * parent: this process and its memory are gone by then.
 */
export async function stageViewSite(job: ViewSiteJob): Promise<StagedViewSite> {
  const { data, siteDir } = job;
  const started = performance.now();
  await buildViewSite(data, siteDir, new Map(job.assetSources), job.astroRoot);
  if (job.guard) {
    const leftovers = findLevelTextInSite(siteDir, data.view.id, job.guard.level, job.guard.levels);
    if (leftovers.length > 0) return { problems: leftovers };
  }
  // Out of the site before its sitemap and search index, once the guard has read it.
  const reportHtml = takeReportPageOut(siteDir);
  if (data.view.site) writeSitemap(siteDir, data.view.site, data.view.base);
  const pages = listFiles(siteDir).filter((path) => path.endsWith('.html')).length;
  return { problems: [], reportHtml, pages, site: (performance.now() - started) / 1000 };
}
