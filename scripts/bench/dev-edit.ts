// How long a product owner waits in `backlog-docs dev` for an edit to show (issue 15, point 5):
//   node scripts/bench/dev-edit.ts [--stories 5000]
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { parseScriptArgs } from '../../src/cli/parse-script-args.ts';
import { writeSyntheticBacklog } from './synthetic-backlog.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin', 'backlog-docs.js');

/**
 * The bench's `dev:` line: `backlog-docs dev` on a fresh synthetic backlog of `stories` stories,
 * and the seconds from appending a token to one story's file to the first served page holding it.
 */
export async function benchDevEdit(stories = 5000, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  // Not under node_modules, as the other bench folders are: the dev server's watcher ignores it.
  const work = mkdtempSync(join(tmpdir(), 'backlog-docs-bench-dev-'));
  try {
    writeSyntheticBacklog(join(work, 'content'), stories);
    const seconds = await measureDevEdit(join(work, 'content'), env);
    return `dev: ${stories} stories, edit visible in ${seconds.toFixed(1)} s`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Starts the dev server on the team's view (every story), fetches a story page once (warm), appends
 * a unique token to that story's file and polls the page until it holds the token. The server is
 * stopped in any case.
 */
async function measureDevEdit(content: string, env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const server = spawn(process.execPath, [cli, 'dev', '--content', content, '--view', 'team', '--port', String(port)], {
    cwd: root,
    // A test runner's NODE_ENV=test would make Astro's dev server serve nothing.
    env: { ...env, NODE_ENV: undefined, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    const address = await new Promise<string>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(stripVTControlCharacters(output));
        if (found) resolve(found[0]);
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.on('exit', (code) => reject(new Error(`dev exited with ${code}:\n${output}`)));
    });
    const page = new URL('stories/syn-1/', address);
    const fetchPage = async () => {
      const response = await fetch(page);
      if (!response.ok) throw new Error(`${page} answered ${response.status}:\n${output}`);
      return response.text();
    };
    await fetchPage();

    const token = `edit-${Date.now().toString(36)}`;
    const written = performance.now();
    appendFileSync(join(content, 'stories', 'phase-1', 'SYN-1.md'), `\n${token}\n`);
    while (!(await fetchPage()).includes(token)) {
      if (performance.now() - written > 120_000) throw new Error(`the edit did not show in two minutes:\n${output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return (performance.now() - written) / 1000;
  } finally {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('close', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

if (import.meta.main) {
  const options = parseScriptArgs('node scripts/bench/dev-edit.ts [--stories 5000]', { stories: { type: 'string', default: '5000' } });
  console.log(await benchDevEdit(Number(options.stories)));
}
