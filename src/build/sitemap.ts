import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { escapeXml } from '../escaping/xml.ts';

/**
 * `sitemap.xml` listing every built page, when the view has a `site` URL. Read from the built
 * files, so it can only list what the site holds; no dates, so builds stay byte-identical.
 */
export function writeSitemap(siteDir: string, site: string, base: string): void {
  const pages = listFiles(siteDir)
    .filter((path) => path.endsWith('index.html'))
    .map((path) =>
      relative(siteDir, path)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, ''),
    )
    .sort();
  const urls = pages.map((page) => `  <url><loc>${escapeXml(new URL(`${base}${page}`, site).href)}</loc></url>`);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ];
  writeFileSync(join(siteDir, 'sitemap.xml'), xml.join('\n'));
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
