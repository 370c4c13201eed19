// What the pieces of a build take at most, from the peaks `npm run bench` measured on the
// synthetic backlogs (resident memory, whole process tree), so that builds run side by side only
// while they fit in the budget.

const MiB = 2 ** 20;

/**
 * What this process and the work it schedules side by side (site builds, search indexes, report
 * prints) may take together: a build fits a small CI runner, and never crowds out the other work of
 * a laptop. The diagrams' Chromium is closed before any of it starts; the processes started ahead
 * for the site builds (about 190 MiB each, one a core) are outside it.
 */
export const buildMemoryBudget = 2 * 2 ** 30;

/** One view's Astro build in its process, by the stories the view shows: 0.72 GiB for 3,356, 0.9 for 6,697, 1.1 for 10,035. */
export function memoryOfSiteBuild(stories: number): number {
  return (500 + stories * 0.06) * MiB;
}

/** Pagefind indexing a site: 0.8 GiB for 10,000 pages. */
export function memoryOfSearchIndex(pages: number): number {
  return (50 + pages * 0.075) * MiB;
}

/** Chromium printing one report (its backlog table is capped: src/site/report-stories.ts). */
export const memoryOfReportPrint = 300 * MiB;
