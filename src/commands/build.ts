import { writeFileSync } from 'node:fs';
import { defineCommand } from '../cli/command.ts';
import { reportProblems } from '../cli/report-problems.ts';
import { contentOption, outOption, viewOption } from './shared-options.ts';

export const buildCommand = defineCommand<{ content: string; out: string; view?: string }>({
  name: 'build',
  summary: 'Validate, then build one static site per view into DIR/<view-id>/.',
  usage: '[--view ID] [--content DIR] [--out DIR]',
  description: 'A failed build leaves the previous output untouched; a view whose site would come out the same keeps it.',
  options: { view: viewOption, content: contentOption, out: outOption },
  async run({ options, cwd }) {
    const { buildSites } = await import('../build/build-sites.ts');
    const { problems, timings } = await buildSites({
      contentDir: options.content,
      outDir: options.out,
      viewId: options.view,
      cwd,
      log: (line) => console.log(line),
    });
    // For `npm run bench`, which runs builds as child processes to measure their memory.
    if (timings && process.env.BACKLOG_DOCS_TIMINGS) writeFileSync(process.env.BACKLOG_DOCS_TIMINGS, JSON.stringify(timings));
    if (problems.length === 0) return 0;
    reportProblems(problems, (line) => console.log(line));
    console.log('Nothing was built; the previous output is unchanged.');
    return 1;
  },
});
