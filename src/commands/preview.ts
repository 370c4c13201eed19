import { resolve } from 'node:path';
import { defineCommand, UsageError } from '../cli/command.ts';
import { findBuiltSites } from '../preview/built-sites.ts';
import { serveSites } from '../preview/serve-sites.ts';
import { outOption, viewOption } from './shared-options.ts';

export const previewCommand = defineCommand<{ view?: string; out: string; port: string; host: string }>({
  name: 'preview',
  summary: 'Serve the built sites locally, each under its base, as a static host would.',
  usage: '[--view ID] [--out DIR] [--port N] [--host H]',
  description: 'It does not build: run "backlog-docs build" first.\nEach view gets its own port, from N up, so views that share a base never collide.',
  options: {
    view: viewOption,
    out: outOption,
    port: { type: 'string', value: 'N', default: '4321', description: 'the port of the first view; the next views take the ports after it (0: any free ones)' },
    host: { type: 'string', value: 'H', default: '127.0.0.1', description: 'the address to listen on (0.0.0.0: every network of this machine)' },
  },
  async run({ options, cwd }) {
    const firstPort = portNumber(options.port);
    if (options.host === '') throw new UsageError('--host needs an address, such as 127.0.0.1');
    const found = findBuiltSites(resolve(cwd, options.out), options.out, options.view);
    if ('missing' in found) {
      console.error(found.missing);
      return 1;
    }
    const lastPort = firstPort + found.sites.length - 1;
    if (firstPort > 0 && lastPort > 65535) throw new UsageError(`the ${found.sites.length} sites need ports ${firstPort} to ${lastPort}; pass a lower --port`);
    const serving = await serveSites(found.sites, options.host, firstPort);
    if ('failure' in serving) {
      console.error(serving.failure);
      return 1;
    }
    const width = Math.max(...serving.served.map((site) => site.id.length));
    for (const site of serving.served) console.log(`${site.id.padEnd(width)}  ${site.url}`);
    console.log('Serving the sites as built (rebuild to update them); Ctrl-C stops.');
    // The servers run until the process is stopped.
    return new Promise<number>(() => {});
  },
});

function portNumber(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError(`--port expects a number from 0 to 65535, not "${text}"`);
  return Number(text);
}
