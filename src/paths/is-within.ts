import path, { type PlatformPath } from 'node:path';

/**
 * Whether `target` is `folder` or inside it, by their names (resolve links first where they
 * matter). Both absolute, or both relative to the same folder. A path on another Windows drive is
 * never inside, and a name that merely starts with two dots (`..notes`) is not a way out.
 * `paths` is the platform's path module; tests pass `path.win32`.
 */
export function isWithin(target: string, folder: string, paths: Pick<PlatformPath, 'relative' | 'isAbsolute' | 'sep'> = path): boolean {
  const inside = paths.relative(folder, target);
  return inside === '' || (!paths.isAbsolute(inside) && inside !== '..' && !inside.startsWith(`..${paths.sep}`));
}
