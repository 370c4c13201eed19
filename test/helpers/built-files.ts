import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../../src/build/sitemap.ts';

/**
 * Every file of a built site as text, keyed by path relative to the site. Gzip-compressed files
 * (.gz, and Pagefind's index files, whatever their name) are decompressed first, and a PDF is
 * read as the text a reader sees in it (its streams are compressed too).
 */
export function readSiteFiles(siteDir: string): Map<string, string> {
  return new Map(
    listFiles(siteDir).map((path) => {
      if (path.endsWith('.pdf')) return [relative(siteDir, path).split(sep).join('/'), pdfText(path)];
      const bytes = readFileSync(path);
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      const text = (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
      return [relative(siteDir, path).split(sep).join('/'), text];
    }),
  );
}

/** A PDF's text by poppler's `pdftotext` (apt-get install poppler-utils), pages separated by form feeds; `pages` picks some. */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Path → SHA-256 of every file: equal maps mean byte-identical trees. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir)
      .map((path) => [relative(dir, path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * Which of `needles` occur in which files: `{ needle: [file, ...] }`, only for needles found.
 * Text is also searched with its tags removed, because diagrams split long words into several
 * SVG <tspan>s.
 */
export function findInFiles(files: Map<string, string>, needles: readonly string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const withoutTags = new Map([...files].map(([path, text]) => [path, text.replace(/<[^>]*>/g, '')]));
  for (const needle of needles) {
    const where = [...files]
      .filter(([path, text]) => text.includes(needle) || withoutTags.get(path)!.includes(needle))
      .map(([path]) => path);
    if (where.length > 0) found[needle] = where;
  }
  return found;
}

/** A page's text as a reader sees it: tags dropped, white space folded. */
export function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

/**
 * The rows of a phase page's burn-up table (src/components/BurnUpChart.astro) as `[date, done,
 * scope]`; undefined when the page has no burn-up.
 */
export function burnUpRows(html: string): string[][] | undefined {
  const table = /<table class="burn-up-table">.*?<\/table>/s.exec(html)?.[0];
  if (table === undefined) return undefined;
  const rows = table.matchAll(/<time datetime="([^"]+)">[^<]*<\/time><\/th><td class="number">([^<]*)<\/td><td class="number">([^<]*)</g);
  return [...rows].map((match) => match.slice(1));
}
