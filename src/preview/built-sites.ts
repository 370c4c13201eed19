import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One view's built site: its folder in the output, and the base its pages link with. */
export interface BuiltSite {
  id: string;
  folder: string;
  base: string;
}

const buildFirst = 'run backlog-docs build first';

/**
 * The sites built into `outDir` (only `viewId`'s when given), or why there is nothing to serve.
 * `shownOut` is the folder as the person typed it, for the message.
 */
export function findBuiltSites(outDir: string, shownOut: string, viewId?: string): { sites: BuiltSite[] } | { missing: string } {
  if (viewId !== undefined && !existsSync(join(outDir, viewId, 'index.html'))) return { missing: `there is no built "${viewId}" site in ${shownOut}/; ${buildFirst}` };
  const ids = viewId !== undefined ? [viewId] : siteFoldersIn(outDir);
  if (ids.length === 0) return { missing: `there are no built sites in ${shownOut}/; ${buildFirst}` };
  const sites: BuiltSite[] = [];
  for (const id of ids) {
    const folder = join(outDir, id);
    const base = readBuiltBase(folder);
    if (base === undefined) return { missing: `${shownOut}/${id}/index.html was not built by backlog-docs (it has no favicon link); ${buildFirst}` };
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
