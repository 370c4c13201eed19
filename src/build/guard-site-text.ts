import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { ContentProblem } from '../problems/content-problem.ts';
import { levelOpenerInHtml, levelTextLeftInHtml } from '../body/level-directive-text.ts';
import { listFiles } from './sitemap.ts';

// Files a reader or a crawler reads as text; scripts and styles are ours (Mermaid's own code has ":::").
const textFiles = /\.(html|xml|json|csv|txt)$/;

/**
 * The last guard of a site below the team's (SPEC §2): no page of it may hold text that opens a
 * `:::level` block outside code. Blocks are removed from the parsed tree before rendering, so
 * this should never fire; it is there for the next parser surprise, and stops the build.
 */
export function findLevelTextInSite(siteDir: string, viewId: string, viewLevel: string, levels: readonly string[]): ContentProblem[] {
  return listFiles(siteDir)
    .filter((path) => textFiles.test(path))
    .flatMap((path) => {
      const found = levelOpenerInHtml(readFileSync(path, 'utf8'), levels);
      return found
        ? [{ file: `${viewId}/${relative(siteDir, path).split(sep).join('/')}`, field: '', ...levelTextLeftInHtml(viewLevel, found) }]
        : [];
    });
}
