import { basename, extname } from 'node:path';

/** An entry's id: the frontmatter `id` when set, else the file name without its extension. */
export function entryIdOf(path: string, frontmatterId?: unknown): string {
  return typeof frontmatterId === 'string' ? frontmatterId : basename(path, extname(path));
}
