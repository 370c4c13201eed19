import type { FileChange } from './content-log.ts';
import type { ContentLocation } from './repository.ts';
import { runGit as git, runGitWithInput } from './run-git.ts';

/** A file of the content folder at one commit, as `git ls-tree` lists it; `path` is inside the folder. */
export interface TreeFile {
  mode: string;
  object: string;
  path: string;
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

/** The contents of many blobs from one `git cat-file --batch`. */
export function readBlobs(repository: string, objects: readonly string[]): Buffer[] {
  if (objects.length === 0) return [];
  const output = runGitWithInput(repository, ['cat-file', '--batch'], `${objects.join('\n')}\n`);
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
