import { basename, extname } from 'node:path';

/** An entry's id: the frontmatter `id` when set, else the file name without its extension. */
export function entryIdOf(path: string, frontmatterId?: unknown): string {
  return typeof frontmatterId === 'string' ? frontmatterId : basename(path, extname(path));
}

/**
 * The form ids are compared in: Unicode-normalised (NFKC, so "é" typed two ways or a ligature are
 * one id) and case-folded, because ids become case-insensitive URL segments.
 */
export function idKey(id: string): string {
  return id.normalize('NFKC').toLowerCase();
}
