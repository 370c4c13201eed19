import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noBuiltSite, noBuiltSites, notABuiltSite } from '../problems/catalogue/refusals.ts';
import { refusalOf, type Refusal } from '../problems/refusal.ts';

/** One view's built site: its folder in the output, and the base its pages link with. */
export interface BuiltSite {
  id: string;
  folder: string;
  base: string;
}

/**
 * The sites built into `outDir` (only `viewId`'s when given), or why there is nothing to serve.
 * `shownOut` is the folder as the person typed it, for the message.
 */
export function findBuiltSites(outDir: string, shownOut: string, viewId?: string): { sites: BuiltSite[] } | { refused: Refusal } {
  if (viewId !== undefined && !existsSync(join(outDir, viewId, 'index.html')))
    return { refused: refusalOf(noBuiltSite, { id: viewId, out: shownOut }) };
  const ids = viewId !== undefined ? [viewId] : siteFoldersIn(outDir);
  if (ids.length === 0) return { refused: refusalOf(noBuiltSites, { out: shownOut }) };
  const sites: BuiltSite[] = [];
  for (const id of ids) {
    const folder = join(outDir, id);
    const base = readBuiltBase(folder);
    if (base === undefined) return { refused: refusalOf(notABuiltSite, { id, out: shownOut }) };
    sites.push({ id, folder, base });
  }
  return { sites };
}

/** The view folders: the build also leaves `.<id>.incoming` while it swaps sites in. */
function siteFoldersIn(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && existsSync(join(outDir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The base as the built pages link with it, so the preview serves exactly what was built, even if the
 * content changed since: every page links its favicon as `<base>favicon.svg`.
 */
function readBuiltBase(folder: string): string | undefined {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  return /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(html)?.[1];
}
