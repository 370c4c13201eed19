import { execFileSync } from 'node:child_process';

/*
 * Every git process backlog-docs starts goes through here: an argument array (never a shell), the
 * repository's folder as the working folder, paths written as they are (`core.quotepath=off`), and
 * git's own messages kept off the user's terminal. A failing git throws.
 */

/** Runs git and returns its output as text. */
export function runGit(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Runs git with `input` on its standard input and returns its output as bytes (file contents need not be text). */
export function runGitWithInput(cwd: string, args: string[], input: string): Buffer {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
}
