import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSites } from './site-reuse.ts';

/**
 * Puts the staged sites of `keys`' views into `outDir`: every new site is first moved beside its
 * target (copied if it is another file system), then each is swapped in by renames, so a site is
 * never half there. What vouches for a site is forgotten before and recorded after.
 */
export function swapInSites(staging: string, outDir: string, keys: ReadonlyMap<string, string>, builtSites: BuiltSites): void {
  mkdirSync(outDir, { recursive: true });
  const built = [...keys.keys()];
  // Forgotten before they are replaced: a build stopped halfway must not leave a key that vouches
  // for a site it did not finish swapping in.
  builtSites.forget(built);
  for (const id of built) moveOrCopy(join(staging, id), join(outDir, `.${id}.incoming`));
  for (const id of built) {
    const target = join(outDir, id);
    const previous = join(outDir, `.${id}.previous`);
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(target)) renameSync(target, previous);
    renameSync(join(outDir, `.${id}.incoming`), target);
    rmSync(previous, { recursive: true, force: true });
  }
  builtSites.save(keys);
}

function moveOrCopy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}
