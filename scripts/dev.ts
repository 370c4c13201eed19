// `npm run dev [-- --view ID] [--content DIR]`: live preview of one view; edits to the content reload the page.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dev } from 'astro';
import { prepareBacklog, projectPreparedView } from '../src/build/prepare-backlog.ts';
import { parseScriptArgs } from '../src/cli/parse-script-args.ts';
import { reportProblems } from '../src/cli/report-problems.ts';
import { shareValidatedBacklog } from '../src/loading/backlog-loader.ts';
import type { ViewData } from '../src/projection/view-data.ts';
import { viewDataIntegration } from '../src/site/view-data-integration.ts';

const usage = 'npm run dev [-- --view ID] [--content DIR]';
const options = parseScriptArgs(usage, { view: { type: 'string' }, content: { type: 'string', default: 'content' } });
const contentRoot = resolve(options.content);
// Astro puts its dev server in the background when it thinks an agent runs it; a person runs this.
process.env.ASTRO_DEV_BACKGROUND ??= '0';
process.env.BACKLOG_CONTENT = contentRoot;

/** Loads, checks and projects the content; on problems, prints them and keeps the last good data. */
async function project(previous?: ViewData): Promise<ViewData | undefined> {
  const { prepared, problems } = await prepareBacklog(options.content);
  if (!prepared) {
    reportProblems(problems, (line) => console.log(line));
    console.log(previous ? 'Still showing the last valid content.' : 'Fix these problems to start the preview.');
    return previous;
  }
  shareValidatedBacklog(contentRoot, prepared.backlog);
  const viewId = options.view ?? prepared.backlog.views[0]?.id;
  if (!prepared.backlog.views.some((view) => view.id === viewId)) {
    console.error(`there is no view "${viewId}"; the views are ${prepared.backlog.views.map((view) => view.id).join(', ')}\nusage: ${usage}`);
    process.exit(2);
  }
  return projectPreparedView(prepared, viewId!);
}

let data = await project();
if (!data) process.exit(1);
console.log(`Previewing the "${data.view.id}" view (${data.view.title}). Content changes reload the page.`);

await dev({
  root: fileURLToPath(new URL('..', import.meta.url)),
  base: data.view.base,
  site: data.view.site,
  integrations: [
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
