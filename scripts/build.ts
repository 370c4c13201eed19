// `npm run build [-- --view ID] [--content DIR] [--out DIR]`: validate, then build one static site per view.
import { writeFileSync } from 'node:fs';
import { buildSites, UsageError } from '../src/build/build-sites.ts';
import { parseScriptArgs } from '../src/cli/parse-script-args.ts';
import { reportProblems } from '../src/cli/report-problems.ts';

const usage = 'npm run build [-- --view ID] [--content DIR] [--out DIR]';
const options = parseScriptArgs(usage, {
  view: { type: 'string' },
  content: { type: 'string', default: 'content' },
  out: { type: 'string', default: 'dist' },
});

try {
  const { problems, timings } = await buildSites({ contentDir: options.content, outDir: options.out, viewId: options.view, log: (line) => console.log(line) });
  // For `npm run bench`, which runs builds as child processes to measure their memory.
  if (timings && process.env.BACKLOG_DOCS_TIMINGS) writeFileSync(process.env.BACKLOG_DOCS_TIMINGS, JSON.stringify(timings));
  if (problems.length > 0) {
    reportProblems(problems, (line) => console.log(line));
    console.log('Nothing was built; the previous output is unchanged.');
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\nusage: ${usage}`);
  process.exitCode = 2;
}
