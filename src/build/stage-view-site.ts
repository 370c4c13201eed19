import { performance } from 'node:perf_hooks';
import type { ContentProblem } from '../problems/content-problem.ts';
import type { ViewData } from '../model/view-data.ts';
import { buildViewSite } from './build-view-site.ts';
import { findLevelTextInSite } from './guard-site-text.ts';
import { takeReportPageOut } from './report-page.ts';
import { listFiles, writeSitemap } from './sitemap.ts';

/**
 * What one view's build begins with, as plain data: it crosses into a process of its own before
 * the view's diagrams are drawn, so Astro bundles the pages meanwhile.
 */
export interface ViewSiteJob {
  view: Pick<ViewData['view'], 'id' | 'base' | 'site'>;
  /** The staging folder of this view's site. */
  siteDir: string;
  astroRoot: string;
  /** For the guard of a site below the team's: the view's level and the project's levels. */
  guard?: { level: string; levels: string[] };
}

/** What the pages are made of, handed over once the view's diagrams are drawn. */
export interface ViewSiteContent {
  data: ViewData;
  /** Asset name → its file in the content, for the assets this view shows. */
  assetSources: [string, string][];
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
 * One view's site, staged: Astro builds it (its pages wait for `content`), the guard reads every
 * file of a lower site, the report page is taken out and the sitemap written. The search index
 * comes after, in the builder's parent: this process and its memory are gone by then.
 */
export async function stageViewSite(job: ViewSiteJob, content: Promise<ViewSiteContent>): Promise<StagedViewSite> {
  const { view, siteDir } = job;
  // Timed from when the data is there: the bundling before it overlaps the diagrams.
  const ready = content.then(() => performance.now());
  await buildViewSite(job, content);
  if (job.guard) {
    const leftovers = findLevelTextInSite(siteDir, view.id, job.guard.level, job.guard.levels);
    if (leftovers.length > 0) return { problems: leftovers };
  }
  // Out of the site before its sitemap and search index, once the guard has read it.
  const reportHtml = takeReportPageOut(siteDir);
  if (view.site) writeSitemap(siteDir, view.site, view.base);
  const pages = listFiles(siteDir).filter((path) => path.endsWith('.html')).length;
  return { problems: [], reportHtml, pages, site: (performance.now() - (await ready)) / 1000 };
}
