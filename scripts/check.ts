// `npm run check [-- --content DIR]`: validate the content folder; list every problem, exit 1 on any.
import { performance } from 'node:perf_hooks';
import { parseScriptArgs } from '../src/cli/parse-script-args.ts';
import { reportProblems, summariseBacklog } from '../src/cli/report-problems.ts';
import { checkBacklog } from '../src/build/check-backlog.ts';

const options = parseScriptArgs('npm run check [-- --content DIR]', { content: { type: 'string', default: 'content' } });
const started = performance.now();
const { backlog, problems } = await checkBacklog(options.content);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (backlog) {
  console.log(`✓ ${summariseBacklog(backlog)}. No problems (${seconds} s).`);
} else {
  reportProblems(problems, (line) => console.log(line));
  process.exitCode = 1;
}
