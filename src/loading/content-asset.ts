import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isWithin } from '../paths/is-within.ts';
import { rasterImageTypeOf } from './raster-image-type.ts';
import { inspectSvg } from './svg-inspection.ts';

/** A file of the content folder that a site publishes (an image, a logo). */
export interface ContentAsset {
  /**
   * Content-hashed file name: stable across builds, reveals nothing of the source path. Its
   * extension is the type the bytes were checked to be, so a server sends that type and no other.
   */
  name: string;
  source: string;
}

/** How the content names the image, for the problem: `the image "./a.png"`, `the logo "logo.svg"`. */
export interface ImageReference {
  kind: 'image' | 'logo';
  written: string;
}

/** Why an image is not published; the caller adds where the reference is. */
export interface ImageRefusal {
  message: string;
  found?: string;
  hint?: string;
}

/**
 * The one decision on what a site may publish from the content folder: a file inside it whose bytes
 * are a PNG, JPEG, GIF, WebP or AVIF image, or an SVG with nothing active in it. Anything else (a
 * story's source, a YAML file, an SVG with a script) is refused, so no reference can copy it out.
 */
export function readPublishableImage(path: string, contentRoot: string, reference: ImageReference): { asset: ContentAsset } | { refused: ImageRefusal } {
  const what = `the ${reference.kind} "${reference.written}"`;
  const root = realpathSync(contentRoot);
  const real = existsSync(path) ? realpathSync(path) : undefined;
  if (real === undefined || !isWithin(real, root) || !statSync(real).isFile()) {
    return { refused: { message: `${what} is not a file inside the content folder`, hint: missingHints[reference.kind] } };
  }
  const bytes = readFileSync(real);
  const raster = rasterImageTypeOf(bytes);
  if (raster !== undefined) return { asset: publishedAs(raster, bytes, real) };
  const svg = inspectSvg(bytes);
  switch (svg.verdict) {
    case 'safe':
      return { asset: publishedAs('svg', bytes, real) };
    case 'not svg':
      return {
        refused: {
          message: `${what} is not an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)`,
          found: relative(root, real).split(sep).join('/'),
          hint: 'images are recognised by their content, not their name; an SVG needs xmlns="http://www.w3.org/2000/svg" on its <svg> root',
        },
      };
    case 'not well-formed':
      return { refused: { message: `${what} is an SVG file that is not well-formed XML`, found: svg.found, hint: 'browsers show nothing of a broken SVG: fix it, or export it again' } };
    case 'unsafe':
      return {
        refused: {
          message: `${what} is an SVG with ${svg.construct}, which is refused rather than cleaned`,
          found: svg.found,
          hint: 'a published SVG holds no script, event attribute, foreignObject, DOCTYPE or reference to another file: remove it, or export the image as PNG',
        },
      };
  }
}

function publishedAs(extension: string, bytes: Uint8Array, source: string): ContentAsset {
  return { name: `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`, source };
}

const missingHints: Record<ImageReference['kind'], string> = {
  image: 'put the image next to the entry and link it with a relative path',
  logo: 'put the logo in the content folder and give its path from there, such as logo.svg',
};
