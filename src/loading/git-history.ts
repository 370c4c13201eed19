import { join } from 'node:path';
import { runGit as git } from './run-git.ts';

export interface FileDates {
  created: string;
  updated: string;
}

/**
 * First and last commit dates (YYYY-MM-DD, committer date) of every file under `folder`, from one
 * `git log` (of HEAD, or of the history up to `revision`). Outside a git repository there is no
 * history and so no dates: never file times, which differ on every checkout and would make builds
 * irreproducible.
 */
export function readGitFileDates(folder: string, revision = 'HEAD'): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  let log: string;
  try {
    // --relative: paths relative to `folder`, so they join without resolving symbolic links.
    log = git(folder, ['log', revision, '--format=%x1e%cs', '--name-only', '--no-renames', '--relative', '--', '.']);
  } catch {
    return dates;
  }
  // Newest commit first: the first date seen is the last update, the last one seen the creation.
  for (const commit of log.split('\x1e').slice(1)) {
    const [date, ...paths] = commit.split('\n');
    for (const path of paths) {
      if (!path) continue;
      const absolute = join(folder, path);
      const known = dates.get(absolute);
      if (known) known.created = date;
      else dates.set(absolute, { created: date, updated: date });
    }
  }
  return dates;
}

/** The top folder of the git repository holding `folder`, or undefined outside git. */
export function findRepositoryRoot(folder: string): string | undefined {
  try {
    return git(folder, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
}

/**
 * The build's reference date (SPEC §3): SOURCE_DATE_EPOCH when set, else the date of the last
 * commit touching the content, else none. Never the clock, so two builds of a commit are identical.
 */
export function readReferenceDate(folder: string, env = process.env): string | undefined {
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) {
    return new Date(Number(env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10);
  }
  try {
    return git(folder, ['log', '-1', '--format=%cs', '--', '.']).trim() || undefined;
  } catch {
    return undefined;
  }
}

