import { dirname, resolve } from 'node:path';
import { contentAsset, type ContentAsset } from '../loading/content-asset.ts';

/** Marker that stands for a view's asset folder until the projection knows the view's base path. */
export const assetMarker = 'backlog-asset:';

/**
 * Points `<img src="relative/path">` of a rendered body at a content-hashed asset, so a view's site
 * copies only the images its visible text uses. An image that is missing or outside the content
 * folder is reported instead of published.
 */
export function collectLocalImages(
  html: string,
  entryPath: string,
  contentRoot: string,
): { html: string; assets: ContentAsset[]; missing: string[] } {
  const assets: ContentAsset[] = [];
  const missing: string[] = [];
  const rewritten = html.replace(/(<img\b[^>]*?\ssrc=")([^"]+)(")/g, (whole, before: string, src: string, after: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src)) return whole;
    const asset = contentAsset(resolve(dirname(entryPath), decodeURIComponent(src.replaceAll('&amp;', '&'))), contentRoot);
    if (!asset) {
      missing.push(src);
      return whole;
    }
    assets.push(asset);
    return `${before}${assetMarker}${asset.name}${after}`;
  });
  return { html: rewritten, assets, missing };
}
