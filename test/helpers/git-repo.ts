import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Every commit message holds this, so tests can check that no message is ever published. */
export const commitMessageCanary = 'CANARY_COMMIT_MESSAGE';

/**
 * A throwaway git repository whose `content/` starts as a copy of `fixture`, with helpers to
 * edit it and commit at fixed dates (so history-derived output is the same on every run).
 * The machine's git configuration is ignored.
 */
export function createContentRepository(fixture: string) {
  const work = mkdtempSync(join(tmpdir(), 'backlog-docs-git-'));
  made.push(work);
  const content = join(work, 'content');
  cpSync(fixture, content, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (args: string[], extraEnv: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: work, encoding: 'utf8', env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  git(['init', '-q', '-b', 'main']);
  const path = (file: string) => join(content, file);

  return {
    work,
    content,
    git,
    read: (file: string) => readFileSync(path(file), 'utf8'),
    write(file: string, text: string) {
      mkdirSync(dirname(path(file)), { recursive: true });
      writeFileSync(path(file), text);
    },
    /** Replaces text in a content file; fails loudly when the text is not there. */
    edit(file: string, from: string | RegExp, to: string) {
      const text = readFileSync(path(file), 'utf8');
      const edited = text.replace(from, to);
      if (edited === text) throw new Error(`${file} does not contain ${from}`);
      writeFileSync(path(file), edited);
    },
    move(from: string, to: string) {
      mkdirSync(dirname(path(to)), { recursive: true });
      renameSync(path(from), path(to));
    },
    remove: (file: string) => rmSync(path(file)),
    /** Commits everything at `date` (YYYY-MM-DD, noon UTC); returns the commit hash. */
    commit(date: string, message = 'change') {
      git(['add', '-A']);
      const when = `${date}T12:00:00Z`;
      git(
        ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', `${message} ${commitMessageCanary}`],
        {
          GIT_AUTHOR_DATE: when,
          GIT_COMMITTER_DATE: when,
        },
      );
      return git(['rev-parse', 'HEAD']);
    },
  };
}

export type ContentRepository = ReturnType<typeof createContentRepository>;
