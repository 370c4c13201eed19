import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { runGit as git } from '../loading/run-git.ts';

/** Where a content folder sits in its git repository. */
export interface ContentLocation {
  /** Top folder of the repository. */
  repository: string;
  /** The content folder inside it, with forward slashes; '' when it is the top folder. */
  path: string;
}

/** A commit that touched the content, with its committer date (ISO 8601, as git writes it). */
export interface ContentCommit {
  hash: string;
  date: string;
}

/** The repository holding `contentRoot` and the folder's path inside it; undefined outside git. */
export function locateContent(contentRoot: string): ContentLocation | undefined {
  try {
    const repository = git(contentRoot, ['rev-parse', '--show-toplevel']).trim();
    const path = git(contentRoot, ['rev-parse', '--show-prefix']).trim().replace(/\/$/, '');
    return { repository, path };
  } catch {
    return undefined;
  }
}

/** The commit a revision (branch, tag, hash, `HEAD~2`) names, or undefined when it names none. */
export function resolveCommit(location: ContentLocation, revision: string): string | undefined {
  try {
    return git(location.repository, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).trim();
  } catch {
    return undefined;
  }
}

/**
 * The last `limit` commits that changed the content folder, newest first. Only the first-parent
 * line is followed, so on a main branch each merged pull request is one step, compared with the
 * step before it.
 */
export function listContentCommits(location: ContentLocation, limit: number): ContentCommit[] {
  let log: string;
  try {
    log = git(location.repository, ['log', '--first-parent', `-n${limit}`, '--format=%H %cI', '--', pathspecOf(location)]);
  } catch {
    // A repository without any commit yet.
    return [];
  }
  return log
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash, date] = line.split(' ');
      return { hash, date };
    });
}

/**
 * A temporary folder holding the content folder as it was at one commit, from git's objects
 * (`ls-tree` and `cat-file`; not `git archive`, whose `export-ignore` attributes could silently
 * leave files out). Moving it to another commit rewrites only the files that differ, so reading
 * fifty commits of a large backlog writes its files once, not fifty times.
 */
export interface RevisionFolder {
  root: string;
  /**
   * Makes the folder hold the content at `commit`. Returns the blob id of each regular file by
   * absolute path, or undefined when the content folder did not exist at that commit.
   */
  checkout(commit: string): Map<string, string> | undefined;
  /** Removes the folder. */
  close(): void;
}

export function openRevisionFolder(location: ContentLocation): RevisionFolder {
  const root = mkdtempSync(join(tmpdir(), 'backlog-docs-revision-'));
  // What the folder holds now: path inside it → "mode object".
  let held = new Map<string, string>();

  const checkout = (commit: string) => {
    const files = listTree(location, commit);
    const wanted = new Map((files ?? []).map((file) => [file.path, `${file.mode} ${file.object}`]));
    for (const [path, version] of held) {
      if (wanted.get(path) !== version) rmSync(join(root, path), { force: true });
    }
    const changed = (files ?? []).filter((file) => held.get(file.path) !== `${file.mode} ${file.object}` && isInside(root, file.path));
    const contents = readBlobs(location.repository, changed.map((file) => file.object));
    changed.forEach((file, index) => {
      const destination = join(root, file.path);
      // A path that was a folder at the previous commit and is a file now.
      rmSync(destination, { recursive: true, force: true });
      mkdirSync(dirname(destination), { recursive: true });
      if (file.mode === '120000') symlinkSync(contents[index].toString('utf8'), destination);
      else writeFileSync(destination, contents[index]);
    });
    held = wanted;
    if (!files) return undefined;
    return new Map(files.filter((file) => file.mode !== '120000').map((file) => [join(root, file.path), file.object]));
  };
  return { root, checkout, close: () => rmSync(root, { recursive: true, force: true }) };
}

/** The files of the content folder at `commit` (submodules left out), or undefined when it did not exist. */
function listTree(location: ContentLocation, commit: string): { mode: string; object: string; path: string }[] | undefined {
  let listing: string;
  try {
    listing = git(location.repository, ['ls-tree', '-r', '-z', '--end-of-options', `${commit}:${location.path}`]);
  } catch {
    return undefined;
  }
  return listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, object] = line.slice(0, tab).split(' ');
      return { mode, type, object, path: line.slice(tab + 1) };
    })
    .filter((file) => file.type === 'blob');
}

function isInside(root: string, path: string): boolean {
  const inside = relative(root, join(root, path));
  return !inside.startsWith('..') && !inside.startsWith(sep);
}

/** The contents of many blobs from one `git cat-file --batch`. */
function readBlobs(repository: string, objects: string[]): Buffer[] {
  if (objects.length === 0) return [];
  const output = execFileSync('git', ['cat-file', '--batch'], {
    cwd: repository,
    input: `${objects.join('\n')}\n`,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const blobs: Buffer[] = [];
  let offset = 0;
  for (let index = 0; index < objects.length; index++) {
    // Each object is "<oid> <type> <size>\n<content>\n".
    const headerEnd = output.indexOf(0x0a, offset);
    const size = Number(output.subarray(offset, headerEnd).toString('latin1').split(' ')[2]);
    blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
    offset = headerEnd + 1 + size + 1;
  }
  return blobs;
}

function pathspecOf(location: ContentLocation): string {
  return `:(top)${location.path || '.'}`;
}

