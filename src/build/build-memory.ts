// What the pieces of a build take at most, from the peaks `npm run bench` measured on the
// synthetic backlogs (resident memory, whole process tree), so that builds run side by side only
// while they fit in the budget.

const MiB = 2 ** 20;

/**
 * What this process and the work it schedules side by side (site builds, search indexes, report
 * prints) may take together: a build fits a small CI runner, and never crowds out the other work of
 * a laptop. The diagrams' Chromium is in it while it draws; the processes started ahead for the
 * site builds (about 190 MiB each, one a core) are outside it, and end when the first build to
 * come does not fit beside Chromium.
 */
export const buildMemoryBudget = 2 * 2 ** 30;

/** One view's Astro build in its process, by the stories the view shows: 0.65 GiB for 697, 0.72 for 3,356, 0.9 for 6,697, 1.1 for 10,035. */
export function memoryOfSiteBuild(stories: number): number {
  return (600 + stories * 0.05) * MiB;
}

/** Chromium drawing diagrams, in one process (src/browser/chromium.ts): 0.46 GiB at 40 and at 10,000 stories. */
export const memoryOfDiagramDrawing = 500 * MiB;

/** Pagefind indexing a site: 0.8 GiB for 10,000 pages. */
export function memoryOfSearchIndex(pages: number): number {
  return (50 + pages * 0.075) * MiB;
}

/** Chromium printing one report in its usual processes (its backlog table is capped: src/site/report-stories.ts): 0.56 to 1 GiB. */
export const memoryOfReportPrint = 1000 * MiB;
