import type { ContentLocation } from './repository.ts';
import { runGit as git } from './run-git.ts';

/** A commit that touched the content, with its committer date (ISO 8601, as git writes it). */
export interface ContentCommit {
  hash: string;
  date: string;
}

/** One file that a commit changed in the content folder: its mode and blob before and after ('000000' when absent). */
export interface FileChange {
  path: string;
  before: { mode: string; object: string };
  after: { mode: string; object: string };
}

/** A commit that touched the content, with what it changed there, compared with its first parent. */
export interface LoggedCommit extends ContentCommit {
  changes: FileChange[];
}

/**
 * Up to `limit` commits that changed the content folder, newest first, each with the files it
 * changed there (compared with its first parent): the newest ones, or those older than the commit
 * `after` (one this listed), so a long history is read a batch at a time. Only the first-parent
 * line is followed, so on a main branch each merged pull request is one step, compared with the
 * step before it. Moving from one commit to the next older one takes what it changed
 * (`filesBefore` in ./tree.ts), not a listing of the whole folder.
 */
export function listContentLog(location: ContentLocation, limit: number, after?: string): LoggedCommit[] {
  let log: string;
  try {
    const start = after === undefined ? [] : ['--skip=1', after];
    log = git(location.repository, [
      'log',
      '--first-parent',
      '--diff-merges=first-parent',
      '--raw',
      '--no-renames',
      '--no-abbrev',
      '--no-color',
      '--no-show-signature',
      '-z',
      '--format=commit %H %cI',
      `-n${limit}`,
      ...start,
      '--',
      pathspecOf(location),
    ]);
  } catch {
    // A repository without any commit yet.
    return [];
  }
  const prefix = location.path === '' ? '' : `${location.path}/`;
  const commits: LoggedCommit[] = [];
  // With -z: "commit <hash> <date>" then, per file, ":<mode> <mode> <blob> <blob> <status>" and its path,
  // each ended by a NUL (a newline before the first file of a commit). A path always follows a status.
  const fields = log.split('\0');
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index].replace(/^\n/, '');
    if (field === '') continue;
    if (field.startsWith(':')) {
      const [beforeMode, afterMode, beforeObject, afterObject] = field.slice(1).split(' ');
      const path = fields[++index];
      if (!path.startsWith(prefix)) continue;
      commits.at(-1)!.changes.push({
        path: path.slice(prefix.length),
        before: { mode: beforeMode, object: beforeObject },
        after: { mode: afterMode, object: afterObject },
      });
      continue;
    }
    const [word, hash, date] = field.split(' ');
    if (word !== 'commit') throw new Error(`unexpected git log output: ${JSON.stringify(field.slice(0, 80))}`);
    commits.push({ hash, date, changes: [] });
  }
  return commits;
}

function pathspecOf(location: ContentLocation): string {
  return `:(top)${location.path || '.'}`;
}
