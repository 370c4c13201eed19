import { extname } from 'node:path';

const utf8 = (type: string) => `${type}; charset=utf-8`;
// Pagefind's index files are compressed binary that pagefind.js fetches and unpacks itself.
const pagefindIndex = 'application/octet-stream';

const contentTypes: Record<string, string> = {
  '.html': utf8('text/html'),
  '.css': utf8('text/css'),
  '.js': utf8('text/javascript'),
  '.mjs': utf8('text/javascript'),
  '.json': utf8('application/json'),
  '.svg': utf8('image/svg+xml'),
  '.xml': utf8('application/xml'),
  '.csv': utf8('text/csv'),
  '.txt': utf8('text/plain'),
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': pagefindIndex,
  '.pf_meta': pagefindIndex,
  '.pf_index': pagefindIndex,
  '.pf_fragment': pagefindIndex,
  '.pf_filter': pagefindIndex,
};

/** The Content-Type a static host sends for a file of the built sites, by its extension. */
export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
