import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where backlog-docs keeps what it makes besides the sites: in the user's project, never inside
 * the installed package (which may be read-only, and is shared by every project using it).
 */
export function projectCacheDir(cwd: string): string {
  return join(cwd, 'node_modules', '.cache', 'backlog-docs');
}

/** The installed package (or this repository): its pages, public files and Astro settings. */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
