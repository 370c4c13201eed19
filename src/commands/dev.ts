import { resolve } from 'node:path';
import { defineCommand } from '../cli/command.ts';
import { reportProblems } from '../cli/report-problems.ts';
import { unknownView } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';
import type { ViewData } from '../projection/view-data.ts';
import { contentOption } from './shared-options.ts';

export const devCommand = defineCommand<{ view?: string; content: string }>({
  name: 'dev',
  summary: 'Live preview of one view; content edits reload the page.',
  usage: '[--view ID] [--content DIR]',
  options: { view: { type: 'string', value: 'ID', description: 'the view to preview; default: the first' }, content: contentOption },
  async run({ options, cwd }) {
    const [{ dev }, { astroSettings, prepareAstroRoot }, { prepareBacklog, projectPreparedView }, { viewDataIntegration }] = await Promise.all([
      import('astro'),
      import('../build/astro-root.ts'),
      import('../build/prepare-backlog.ts'),
      import('../site/view-data-integration.ts'),
    ]);
    const contentRoot = resolve(cwd, options.content);
    // Astro puts its dev server in the background when it thinks an agent runs it; a person runs this.
    process.env.ASTRO_DEV_BACKGROUND ??= '0';

    /** Loads, checks and projects the content; on problems, prints them and keeps the last good data. */
    const project = async (previous?: ViewData): Promise<ViewData | undefined> => {
      const { prepared, problems } = await prepareBacklog(contentRoot);
      if (!prepared) {
        reportProblems(problems, (line) => console.log(line));
        console.log(previous ? 'Still showing the last valid content.' : 'Fix these problems to start the preview.');
        return previous;
      }
      const viewId = options.view ?? prepared.backlog.views[0]?.id;
      if (!prepared.backlog.views.some((view) => view.id === viewId)) {
        throw usageError(unknownView, { id: viewId, views: prepared.backlog.views.map((view) => view.id) });
      }
      return projectPreparedView(prepared, viewId!);
    };

    let data = await project();
    if (!data) return 1;
    console.log(`Previewing the "${data.view.id}" view (${data.view.title}). Content changes reload the page.`);
    const settings = astroSettings(prepareAstroRoot(cwd));
    await dev({
      ...settings,
      base: data.view.base,
      site: data.view.site,
      integrations: [
        ...settings.integrations,
        viewDataIntegration({
          current: () => data!,
          watch: {
            folder: contentRoot,
            reload: async () => {
              data = await project(data);
            },
          },
        }),
      ],
    });
    // The server runs until the process is stopped.
    return new Promise<number>(() => {});
  },
});
