import { performance } from 'node:perf_hooks';
import { defineCommand } from '../cli/command.ts';
import { reportProblems, reportWarnings, summariseBacklog } from '../cli/report-problems.ts';
import { contentOption } from './shared-options.ts';

export const checkCommand = defineCommand<{ content: string; strict?: boolean }>({
  name: 'check',
  summary: 'Validate the content: list every problem, exit 1 on any.',
  usage: '[--content DIR] [--strict]',
  description: 'Everything a build would refuse is reported here, with the same messages.',
  options: {
    content: contentOption,
    strict: { type: 'boolean', description: 'count warnings as problems (exit 1), for CI' },
  },
  async run({ options, cwd }) {
    const started = performance.now();
    const { checkBacklog } = await import('../build/check-backlog.ts');
    const { projectCacheDir } = await import('../build/project-folders.ts');
    const { backlog, problems, warnings } = await checkBacklog(options.content, { cacheDir: projectCacheDir(cwd) });
    const print = (line: string) => console.log(line);
    if (!backlog || (options.strict && warnings.length > 0)) {
      reportProblems(backlog ? warnings : problems, print);
      return 1;
    }
    print(`✓ ${summariseBacklog(backlog)}. No problems (${((performance.now() - started) / 1000).toFixed(2)} s).`);
    if (warnings.length > 0) reportWarnings(warnings, print);
    return 0;
  },
});
