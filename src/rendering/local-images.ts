import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';

/** Marker that stands for a view's asset folder until the projection knows the view's base path. */
export const assetMarker = 'backlog-asset:';

export interface LocalAsset {
  /** Content-hashed file name: stable across builds, reveals nothing of the source path. */
  name: string;
  source: string;
}

/**
 * Points `<img src="relative/path">` of a rendered body at a content-hashed asset, so a view's site
 * copies only the images its visible text uses. An image that is missing or outside the content
 * folder is reported instead of published.
 */
export function collectLocalImages(
  html: string,
  entryPath: string,
  contentRoot: string,
): { html: string; assets: LocalAsset[]; missing: string[] } {
  const assets: LocalAsset[] = [];
  const missing: string[] = [];
  const rewritten = html.replace(/(<img\b[^>]*?\ssrc=")([^"]+)(")/g, (whole, before: string, src: string, after: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src)) return whole;
    const path = resolve(dirname(entryPath), decodeURIComponent(src.replaceAll('&amp;', '&')));
    if (!existsSync(path) || !isInside(realpathSync(path), realpathSync(contentRoot))) {
      missing.push(src);
      return whole;
    }
    const name = `${createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)}${extname(path).toLowerCase()}`;
    assets.push({ name, source: path });
    return `${before}${assetMarker}${name}${after}`;
  });
  return { html: rewritten, assets, missing };
}

function isInside(path: string, root: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep);
}
