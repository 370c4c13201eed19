// What the pieces of a build take at most, from the peaks `npm run bench` measured on the
// synthetic backlogs (resident memory, whole process tree), so that builds run side by side only
// while they fit in the budget.

const MiB = 2 ** 20;

/**
 * What a build may take in all (this process, its builds, Pagefind's and Chromium's): a build fits
 * a small CI runner, and never crowds out the other work of a laptop.
 */
export const buildMemoryBudget = 2 * 2 ** 30;

/** One view's Astro build in its process: 515 MiB at 1,000 stories, 1.1 GiB for the team's 10,000. */
export function memoryOfSiteBuild(stories: number): number {
  return (450 + stories * 0.065) * MiB;
}

/** Pagefind indexing a site: 0.8 GiB for 10,000 pages. */
export function memoryOfSearchIndex(pages: number): number {
  return (50 + pages * 0.075) * MiB;
}

/** Chromium printing one report (its backlog table is capped: src/site/report-stories.ts). */
export const memoryOfReportPrint = 300 * MiB;
