import { dirname, resolve } from 'node:path';
import { assetMarker } from '../model/body-markers.ts';
import { readPublishableImage, type ContentAsset } from '../loading/content-asset.ts';
import { localAddressNotAnImage } from '../problems/catalogue/assets-and-diagrams.ts';
import type { ContentProblemCode } from '../problems/catalogue/index.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';
import { filePathOfAddress, isRelativeAddress } from './relative-address.ts';

/** An `<img src>` of a body that is not published, and why. */
export type RefusedImage = ProblemText<ContentProblemCode> & { src: string };

/**
 * Points `<img src="relative/path">` of a rendered body at a content-hashed asset, so a view's site
 * copies only the images its visible text uses. An image that readPublishableImage refuses (missing,
 * outside the content folder, not an image, an unsafe SVG) is reported instead of published.
 * `readImage` is that check, or one that records what it was asked (./body-memo.ts).
 */
export function collectLocalImages(
  html: string,
  entryPath: string,
  contentRoot: string,
  readImage = readPublishableImage,
): { html: string; assets: ContentAsset[]; refused: RefusedImage[] } {
  const assets: ContentAsset[] = [];
  const refused: RefusedImage[] = [];
  const rewritten = html.replace(/(<img\b[^>]*?\ssrc=")([^"]+)(")/g, (whole, before: string, src: string, after: string) => {
    if (!isRelativeAddress(src)) return whole;
    const image = readImage(resolve(dirname(entryPath), filePathOfAddress(src)), contentRoot, { kind: 'image', written: src });
    if ('refused' in image) {
      refused.push({ src, ...image.refused });
      return whole;
    }
    assets.push(image.asset);
    return `${before}${assetMarker}${image.asset.name}${after}`;
  });
  refused.push(...findOtherLocalReferences(rewritten.replace(/(<img\b[^>]*?)\ssrc="[^"]*"/g, '$1')));
  return { html: rewritten, assets, refused };
}

/**
 * Relative addresses that are not an `<img src>`: `srcset`, `poster`, a video's or audio's `src`.
 * They are never published, so they would be broken, and their path could name a hidden file.
 */
function findOtherLocalReferences(html: string): RefusedImage[] {
  return [...html.matchAll(/\s(src|srcset|poster)="([^"]*)"/g)].flatMap(([, attribute, value]) => {
    const addresses = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [value];
    const local = addresses.find(isRelativeAddress);
    if (local === undefined) return [];
    return [{ src: local, ...describeProblem(localAddressNotAnImage, { attribute, address: local }) }];
  });
}
