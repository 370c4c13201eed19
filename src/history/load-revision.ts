import { join, relative, resolve, sep } from 'node:path';
import type { Backlog } from '../model/backlog.ts';
import { loadBacklog, type LoadResult } from '../loading/load-backlog.ts';
import { readEntrySource } from '../loading/read-entry-source.ts';
import type { TreeFile } from '../git/tree.ts';
import type { RevisionFolder } from './revision-folder.ts';

export interface RevisionLoadOptions {
  /** The content folder as the user named it: paths read as if the revision were checked out there. */
  contentRoot: string;
  /** Folder that problem paths are relative to. Default: the process's working folder. */
  cwd?: string;
  /**
   * Files already read, by git blob: reading many commits, a file unchanged between them is
   * parsed once (YAML parsing is most of the time a load takes).
   */
  sources?: SourceCache;
  /**
   * The folder's files at `commit`, when already known (the history follows them from commit to
   * commit: src/git/tree.ts `filesBefore`); undefined inside when the folder did not
   * exist. Default: listed by git.
   */
  files?: { files: readonly TreeFile[] | undefined };
}

export type SourceCache = Map<string, ReturnType<typeof readEntrySource>>;

/**
 * Loads the content folder as it was at `commit`, through the same `loadBacklog` as the working
 * tree, so both sides of a comparison are read by the same schemas. `absent` when the folder did
 * not exist at that commit. Problem and entry paths name the files where a checkout would put them.
 */
export function loadRevision(folder: RevisionFolder, commit: string, options: RevisionLoadOptions): LoadResult & { absent?: true } {
  const blobs = folder.checkout(commit, options.files);
  if (!blobs) return { problems: [], absent: true };
  const readSource = options.sources && cachedReader(blobs, options.sources);
  const result = loadBacklog(folder.root, { cwd: folder.root, readSource });
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.contentRoot);
  const display = (file: string) => relative(cwd, join(root, file)).split(sep).join('/');
  for (const problem of result.problems) problem.file = display(problem.file);
  if (result.backlog) relocateEntries(result.backlog, root, display);
  return result;
}

function cachedReader(blobs: Map<string, string>, cache: SourceCache): typeof readEntrySource {
  return (path, kind) => {
    const blob = blobs.get(path);
    if (blob === undefined) return readEntrySource(path, kind);
    const key = `${blob} ${kind}`;
    if (!cache.has(key)) cache.set(key, readEntrySource(path, kind));
    return cache.get(key)!;
  };
}

function relocateEntries(backlog: Backlog, root: string, display: (file: string) => string): void {
  for (const collection of ['views', 'phases', 'epics', 'stakeholders', 'stories'] as const) {
    for (const entry of backlog[collection]) {
      entry.path = join(root, entry.file);
      entry.file = display(entry.file);
    }
  }
}
