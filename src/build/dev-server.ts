import { dev } from 'astro';
import type { ViewData } from '../model/view-data.ts';
import { unknownView } from '../problems/catalogue/usage.ts';
import { formatContentProblem, type ContentProblem } from '../problems/content-problem.ts';
import { usageError } from '../problems/usage-error.ts';
import { viewDataIntegration } from '../site/view-data-integration.ts';
import { astroSettings, prepareAstroRoot } from './astro-root.ts';
import { createBacklogCache } from './check-backlog.ts';
import { prepareBacklog, projectPreparedView } from './prepare-backlog.ts';

export interface DevServerOptions {
  /** The working folder: Astro's root goes into its cache. */
  cwd: string;
  contentRoot: string;
  /** The view to preview; default: the first. */
  viewId?: string;
  /** Where to listen; Astro takes the next port when this one is in use. */
  server: { port: number; host: string };
  report(problems: readonly ContentProblem[]): void;
  log(line: string): void;
}

/**
 * Astro's dev server for one view, fed with that view's projected data and projected again on
 * every content change. False when the content has problems from the start; otherwise it serves
 * until the process stops, keeping the last valid data while an edit has problems. Each change is
 * read through the same checks as `check` and `build`, with a cache in front: only the files that
 * changed are parsed and validated again, and only their bodies rendered; the checks across files
 * and the projection run over the whole backlog.
 */
export async function startDevServer(options: DevServerOptions): Promise<boolean> {
  // Astro puts its dev server in the background when it thinks an agent runs it; a person runs this.
  process.env.ASTRO_DEV_BACKGROUND ??= '0';

  let shownProblems: string[] = [];
  const cache = createBacklogCache();
  const project = async (previous?: ViewData): Promise<ViewData | undefined> => {
    const { prepared, problems } = await prepareBacklog(options.contentRoot, cache);
    shownProblems = problems.map(formatContentProblem);
    if (!prepared) {
      options.report(problems);
      options.log(previous ? 'Still showing the last valid content.' : 'Fix these problems to start the preview.');
      return previous;
    }
    const viewId = options.viewId ?? prepared.backlog.views[0]?.id;
    if (!prepared.backlog.views.some((view) => view.id === viewId)) {
      throw usageError(unknownView, { id: viewId, views: prepared.backlog.views.map((view) => view.id) });
    }
    return projectPreparedView(prepared, viewId);
  };

  let data = await project();
  if (!data) return false;
  options.log(`Previewing the "${data.view.id}" view (${data.view.title}). Content changes reload the page.`);
  const settings = astroSettings(prepareAstroRoot(options.cwd));
  await dev({
    ...settings,
    base: data.view.base,
    site: data.view.site,
    // The pages are the product's, not the user's to inspect: Astro's toolbar would only cover them.
    devToolbar: { enabled: false },
    server: options.server,
    integrations: [
      ...settings.integrations,
      viewDataIntegration({
        current: () => data!,
        problems: () => shownProblems,
        watch: {
          folder: options.contentRoot,
          reload: async () => {
            data = await project(data);
          },
        },
      }),
    ],
  });
  return true;
}
