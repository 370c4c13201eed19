import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runGit as git } from '../loading/run-git.ts';
import { isWithin } from '../paths/is-within.ts';

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

/** A file of the content folder at one commit, as `git ls-tree` lists it; `path` is inside the folder. */
export interface TreeFile {
  mode: string;
  object: string;
  path: string;
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
 * (`filesBefore`), not a listing of the whole folder.
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
      commits.at(-1)!.changes.push({ path: path.slice(prefix.length), before: { mode: beforeMode, object: beforeObject }, after: { mode: afterMode, object: afterObject } });
      continue;
    }
    const [word, hash, date] = field.split(' ');
    if (word !== 'commit') throw new Error(`unexpected git log output: ${JSON.stringify(field.slice(0, 80))}`);
    commits.push({ hash, date, changes: [] });
  }
  return commits;
}

/**
 * The content folder's files at a commit's first parent, from its files at that commit and what the
 * commit changed: with `listContentLog`, the files at the next older commit that touched the folder.
 * Submodules are left out, as `listTree` leaves them out.
 */
export function filesBefore(files: readonly TreeFile[], changes: readonly FileChange[]): TreeFile[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const { path, before } of changes) {
    if (before.mode === '000000' || before.mode === '160000') byPath.delete(path);
    else byPath.set(path, { mode: before.mode, object: before.object, path });
  }
  return [...byPath.values()];
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
   * Makes the folder hold the content at `commit`: `files` when given (what `listTree` would list;
   * undefined when the folder did not exist), else listed by git. Returns the blob id of each
   * regular file by absolute path, or undefined when the content folder did not exist at that commit.
   */
  checkout(commit: string, files?: { files: readonly TreeFile[] | undefined }): Map<string, string> | undefined;
  /** Reads these blobs now, in one go, for the next checkouts that need them. */
  prefetch(objects: readonly string[]): void;
  /** Removes the folder. */
  close(): void;
}

export function openRevisionFolder(location: ContentLocation): RevisionFolder {
  const root = mkdtempSync(join(tmpdir(), 'backlog-docs-revision-'));
  // What the folder holds now: path inside it → "mode object".
  let held = new Map<string, string>();
  // Blobs read ahead of the checkouts that need them, by object id.
  let prefetched = new Map<string, Buffer>();

  const checkout = (commit: string, known?: { files: readonly TreeFile[] | undefined }) => {
    const files = known ? (known.files?.length ? known.files : undefined) : listTree(location, commit);
    const wanted = new Map((files ?? []).map((file) => [file.path, `${file.mode} ${file.object}`]));
    for (const [path, version] of held) {
      if (wanted.get(path) !== version) rmSync(join(root, path), { force: true });
    }
    const changed = (files ?? []).filter((file) => held.get(file.path) !== `${file.mode} ${file.object}` && isWithin(join(root, file.path), root));
    const missing = [...new Set(changed.map((file) => file.object).filter((object) => !prefetched.has(object)))];
    const read = readBlobs(location.repository, missing);
    const fetched = new Map(missing.map((object, index) => [object, read[index]]));
    const contents = changed.map((file) => prefetched.get(file.object) ?? fetched.get(file.object)!);
    for (const file of changed) prefetched.delete(file.object);
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
  const prefetch = (objects: readonly string[]) => {
    const wanted = [...new Set(objects)].filter((object) => !prefetched.has(object));
    readBlobs(location.repository, wanted).forEach((content, index) => prefetched.set(wanted[index], content));
  };
  const close = () => {
    prefetched = new Map();
    rmSync(root, { recursive: true, force: true });
  };
  return { root, checkout, prefetch, close };
}

/** The files of the content folder at `commit` (submodules left out), or undefined when it did not exist. */
export function listTree(location: ContentLocation, commit: string): TreeFile[] | undefined {
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
    .filter((file) => file.type === 'blob')
    .map(({ mode, object, path }) => ({ mode, object, path }));
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

