import { execFileSync } from 'node:child_process';

/** Runs git with an argument array (never a shell) and returns its output; throws when git fails. */
export function runGit(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}
