import { performance } from 'node:perf_hooks';
import { defineCommand } from '../cli/command.ts';
import { reportProblems, summariseBacklog } from '../cli/report-problems.ts';
import { contentOption } from './shared-options.ts';

export const checkCommand = defineCommand<{ content: string }>({
  name: 'check',
  summary: 'Validate the content: list every problem, exit 1 on any.',
  usage: '[--content DIR]',
  description: 'Everything a build would refuse is reported here, with the same messages.',
  options: { content: contentOption },
  async run({ options }) {
    const started = performance.now();
    const { checkBacklog } = await import('../build/check-backlog.ts');
    const { backlog, problems } = await checkBacklog(options.content);
    if (!backlog) {
      reportProblems(problems, (line) => console.log(line));
      return 1;
    }
    console.log(`✓ ${summariseBacklog(backlog)}. No problems (${((performance.now() - started) / 1000).toFixed(2)} s).`);
    return 0;
  },
});
