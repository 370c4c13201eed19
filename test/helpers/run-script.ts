import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const cliPath = join(projectRoot, 'bin', 'backlog-docs.js');

/** Runs `backlog-docs <command> args` in `cwd`, as `npm run <command> -- args` does here. */
export function runScript(command: string, args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const { GITHUB_ACTIONS: _, SOURCE_DATE_EPOCH: __, ...env } = process.env;
  const result = spawnSync(process.execPath, [cliPath, command, ...args], {
    cwd: options.cwd ?? projectRoot,
    encoding: 'utf8',
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
