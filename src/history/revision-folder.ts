import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContentLocation } from '../git/repository.ts';
import { listTree, readBlobs, type TreeFile } from '../git/tree.ts';
import { isWithin } from '../paths/is-within.ts';

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
    const changed = (files ?? []).filter(
      (file) => held.get(file.path) !== `${file.mode} ${file.object}` && isWithin(join(root, file.path), root),
    );
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
