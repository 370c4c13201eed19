import { resolve } from 'node:path';
import { defineCommand } from '../cli/command.ts';
import { reportRefusal } from '../cli/report-problems.ts';
import { portsOutOfRange } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';
import { findBuiltSites } from '../preview/built-sites.ts';
import { serveSites } from '../preview/serve-sites.ts';
import { hostName, hostOption, outOption, portNumber, viewOption } from './shared-options.ts';

export const previewCommand = defineCommand<{ view?: string; out: string; port: string; host: string }>({
  name: 'preview',
  summary: 'Serve the built sites locally, each under its base, as a static host would.',
  usage: '[--view ID] [--out DIR] [--port N] [--host H]',
  description:
    'It does not build: run "backlog-docs build" first.\nEach view gets its own port, from N up, so views that share a base never collide.',
  options: {
    view: viewOption,
    out: outOption,
    port: {
      type: 'string',
      value: 'N',
      default: '4321',
      description: 'the port of the first view; the next views take the ports after it (0: any free ones)',
    },
    host: hostOption,
  },
  async run({ options, cwd }) {
    const firstPort = portNumber(options.port);
    const host = hostName(options.host);
    const found = findBuiltSites(resolve(cwd, options.out), options.out, options.view);
    if ('refused' in found) return reportRefusal(found.refused);
    const lastPort = firstPort + found.sites.length - 1;
    if (firstPort > 0 && lastPort > 65535)
      throw usageError(portsOutOfRange, { count: found.sites.length, first: firstPort, last: lastPort });
    const serving = await serveSites(found.sites, host, firstPort);
    if ('refused' in serving) return reportRefusal(serving.refused);
    const width = Math.max(...serving.served.map((site) => site.id.length));
    for (const site of serving.served) console.log(`${site.id.padEnd(width)}  ${site.url}`);
    console.log('Serving the sites as built (rebuild to update them); Ctrl-C stops.');
    // The servers run until the process is stopped.
    return new Promise<number>(() => {});
  },
});
