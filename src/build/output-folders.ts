import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin } from '../paths/is-within.ts';
import { outHoldsContent, outInsideContent, outIsAFile, siteFolderIsAFile, siteFolderNotBuilt } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';

// Every page of a site says which tool made it (src/layouts/DocsLayout.astro).
const generatorMark = '<meta name="generator" content="backlog-docs"';

/**
 * Refuses, before anything is built, an output that would destroy what it should not: a build
 * replaces each view's folder whole, so that folder must be missing, empty, or a site backlog-docs
 * built; and it must neither hold the content folder nor sit inside it.
 */
export function checkOutputFolders(outDir: string, contentRoot: string, viewIds: readonly string[], shown: (path: string) => string): void {
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw usageError(outIsAFile, { out: shown(outDir) });
  for (const id of viewIds) {
    const site = join(outDir, id);
    if (isWithin(contentRoot, site)) throw usageError(outHoldsContent, { id, site: shown(site) });
    if (isWithin(site, contentRoot)) throw usageError(outInsideContent, { id, site: shown(site) });
    if (!existsSync(site)) continue;
    if (!statSync(site).isDirectory()) throw usageError(siteFolderIsAFile, { id, site: shown(site) });
    if (readdirSync(site).length > 0 && !isBuiltSite(site)) throw usageError(siteFolderNotBuilt, { id, site: shown(site) });
  }
}

/** The sites backlog-docs built in `outDir` for views that no longer exist. */
export function findStaleSites(outDir: string, viewIds: readonly string[]): string[] {
  return readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !viewIds.includes(entry.name))
    .map((entry) => join(outDir, entry.name))
    .filter(isBuiltSite);
}

export function isBuiltSite(folder: string): boolean {
  const index = join(folder, 'index.html');
  return existsSync(index) && readFileSync(index, 'utf8').includes(generatorMark);
}
