import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isWithin } from '../paths/is-within.ts';
import { imageNotInContent, notAnImage, svgNotWellFormed, unsafeSvg } from '../problems/catalogue/assets-and-diagrams.ts';
import type { ContentProblemCode } from '../problems/catalogue/index.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';
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

/**
 * How the content names the image, for the problem: `the image "./a.png"`, `the logo "logo.svg"`.
 * Why an image is refused is told without where the reference is: the caller knows that.
 */
export interface ImageReference {
  kind: 'image' | 'logo';
  written: string;
}

/**
 * The one decision on what a site may publish from the content folder: a file inside it whose bytes
 * are a PNG, JPEG, GIF, WebP or AVIF image, or an SVG with nothing active in it. Anything else (a
 * story's source, a YAML file, an SVG with a script) is refused, so no reference can copy it out.
 */
export function readPublishableImage(
  path: string,
  contentRoot: string,
  reference: ImageReference,
): { asset: ContentAsset } | { refused: ProblemText<ContentProblemCode> } {
  const root = realpathSync(contentRoot);
  const real = existsSync(path) ? realpathSync(path) : undefined;
  if (real === undefined || !isWithin(real, root) || !statSync(real).isFile()) {
    return { refused: describeProblem(imageNotInContent, reference) };
  }
  const bytes = readFileSync(real);
  const raster = rasterImageTypeOf(bytes);
  if (raster !== undefined) return { asset: publishedAs(raster, bytes, real) };
  const svg = inspectSvg(bytes);
  switch (svg.verdict) {
    case 'safe':
      return { asset: publishedAs('svg', bytes, real) };
    case 'not svg':
      return { refused: describeProblem(notAnImage, { ...reference, file: relative(root, real).split(sep).join('/') }) };
    case 'not well-formed':
      return { refused: describeProblem(svgNotWellFormed, { ...reference, found: svg.found }) };
    case 'unsafe':
      return { refused: describeProblem(unsafeSvg, { ...reference, construct: svg.construct, found: svg.found }) };
  }
}

function publishedAs(extension: string, bytes: Uint8Array, source: string): ContentAsset {
  return { name: `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`, source };
}
