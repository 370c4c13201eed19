import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ViewBuildError, ViewSiteBuilders } from '../../../src/build/build-views-in-parallel.ts';
import { stageViewSites, type ViewToStage } from '../../../src/build/stage-view-sites.ts';
import { WorkBudget } from '../../../src/build/work-budget.ts';
import type { ViewData } from '../../../src/model/view-data.ts';

const scratch = mkdtempSync(join(tmpdir(), 'view-builders-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A job Astro cannot build: its root does not exist, so the build process fails.
const brokenJob = (id: string): ViewToStage => ({
  job: { view: { id, base: `/${id}/` }, siteDir: join(scratch, id), astroRoot: join(scratch, 'no-such-root') },
  content: Promise.resolve({
    data: { view: { id, base: `/${id}/`, search: true }, assets: [], stories: [] } as unknown as ViewData,
    assetSources: [],
  }),
  stories: 0,
  search: true,
});

describe('view sites built in processes of their own', () => {
  test("a view whose build fails fails the run with that view's name and the reason", async () => {
    const builders = new ViewSiteBuilders(1);
    const staged: string[] = [];
    try {
      const error = await stageViewSites(
        [brokenJob('client'), brokenJob('public')],
        { builders, budget: new WorkBudget(1, 2 ** 30) },
        (job) => staged.push(job.view.id),
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ViewBuildError);
      expect((error as ViewBuildError).viewId).toBe('client');
      expect((error as Error).message).toMatch(/^the site of view "client" failed to build:\n\S/);
      expect(staged).toEqual([]);
    } finally {
      builders.close();
    }
  });
});
