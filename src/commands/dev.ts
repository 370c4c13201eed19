import { resolve } from 'node:path';
import { defineCommand } from '../cli/command.ts';
import { reportProblems } from '../cli/report-problems.ts';
import { contentOption, hostName, hostOption, portNumber } from './shared-options.ts';

export const devCommand = defineCommand<{ view?: string; content: string; port: string; host: string }>({
  name: 'dev',
  summary: 'Live preview of one view; content edits reload the page.',
  usage: '[--view ID] [--content DIR] [--port N] [--host H]',
  options: {
    view: { type: 'string', value: 'ID', description: 'the view to preview; default: the first' },
    content: contentOption,
    port: { type: 'string', value: 'N', default: '4321', description: 'the port to serve on (taken: the next free one)' },
    host: hostOption,
  },
  async run({ options, cwd }) {
    const server = { port: portNumber(options.port), host: hostName(options.host) };
    const { startDevServer } = await import('../build/dev-server.ts');
    const log = (line: string) => console.log(line);
    const started = await startDevServer({
      cwd,
      contentRoot: resolve(cwd, options.content),
      viewId: options.view,
      server,
      report: (problems) => reportProblems(problems, log),
      log,
    });
    if (!started) return 1;
    // The server runs until the process is stopped.
    return new Promise<number>(() => {});
  },
});
