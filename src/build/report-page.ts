import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The report page (src/pages/report/) is the PDF's source, not a page of the site: it is read and
 * removed from the built site, so it is in no sitemap, search index or deployment.
 */
export function takeReportPageOut(siteDir: string): string {
  const folder = join(siteDir, 'report');
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  rmSync(folder, { recursive: true });
  return html;
}
