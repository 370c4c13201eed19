import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../cli/command.ts';
import { isWithin } from '../paths/is-within.ts';

// Every page of a site says which tool made it (src/layouts/DocsLayout.astro).
const generatorMark = '<meta name="generator" content="backlog-docs"';

/**
 * Refuses, before anything is built, an output that would destroy what it should not: a build
 * replaces each view's folder whole, so that folder must be missing, empty, or a site backlog-docs
 * built; and it must neither hold the content folder nor sit inside it.
 */
export function checkOutputFolders(outDir: string, contentRoot: string, viewIds: readonly string[], shown: (path: string) => string): void {
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--out "${shown(outDir)}" is a file, not a folder`);
  for (const id of viewIds) {
    const site = join(outDir, id);
    if (isWithin(contentRoot, site)) throw new UsageError(`the "${id}" site would be built into ${shown(site)}, which holds the content folder: choose another --out`);
    if (isWithin(site, contentRoot)) throw new UsageError(`the "${id}" site would be built into ${shown(site)}, inside the content folder: choose another --out`);
    if (!existsSync(site)) continue;
    if (!statSync(site).isDirectory()) throw new UsageError(`${shown(site)} is a file, where the "${id}" site goes: move it, or choose another --out`);
    if (readdirSync(site).length > 0 && !isBuiltSite(site)) {
      throw new UsageError(`${shown(site)} holds files that are not a site backlog-docs built, and building "${id}" would replace them: move them, or choose another --out`);
    }
  }
}

/** The sites backlog-docs built in `outDir` for views that no longer exist. */
export function findStaleSites(outDir: string, viewIds: readonly string[]): string[] {
  return readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !viewIds.includes(entry.name))
    .map((entry) => join(outDir, entry.name))
    .filter(isBuiltSite);
}

function isBuiltSite(folder: string): boolean {
  const index = join(folder, 'index.html');
  return existsSync(index) && readFileSync(index, 'utf8').includes(generatorMark);
}
