import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';

/** A file of the content folder that a site publishes (an image, a logo). */
export interface ContentAsset {
  /** Content-hashed file name: stable across builds, reveals nothing of the source path. */
  name: string;
  source: string;
}

/** The asset at `path`, or undefined when it is missing or outside the content folder (never published). */
export function contentAsset(path: string, contentRoot: string): ContentAsset | undefined {
  if (!existsSync(path) || !isInside(realpathSync(path), realpathSync(contentRoot))) return undefined;
  return { name: `${createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)}${extname(path).toLowerCase()}`, source: path };
}

function isInside(path: string, root: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep);
}
