// Images and logos a site would publish from the content folder, and Mermaid diagrams in bodies.
// Codes are permanent: never renamed or reused; the words may change (../problem-definition.ts).
import type { ProblemDefinition } from '../problem-definition.ts';

/** How the content names the image: `the image "./a.png"`, `the logo "logo.svg"`. */
export interface ImageData {
  kind: 'image' | 'logo';
  written: string;
}

const named = ({ kind, written }: ImageData) => `the ${kind} "${written}"`;

export const imageNotInContent = {
  code: 'image-not-in-content',
  title: 'an image or logo that is not a file inside the content folder',
  message: (image) => `${named(image)} is not a file inside the content folder`,
  hint: ({ kind }) =>
    kind === 'image'
      ? 'put the image next to the entry and link it with a relative path'
      : 'put the logo in the content folder and give its path from there, such as logo.svg',
} satisfies ProblemDefinition<ImageData>;

export const notAnImage = {
  code: 'not-an-image',
  title: 'an image or logo whose bytes are not a PNG, JPEG, GIF, WebP, AVIF or SVG image',
  message: (image) => `${named(image)} is not an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)`,
  found: ({ file }) => file,
  hint: 'images are recognised by their content, not their name; an SVG needs xmlns="http://www.w3.org/2000/svg" on its <svg> root',
} satisfies ProblemDefinition<ImageData & { file: string }>;

export const svgNotWellFormed = {
  code: 'svg-not-well-formed',
  title: 'an SVG image that is not well-formed XML',
  message: (image) => `${named(image)} is an SVG file that is not well-formed XML`,
  found: ({ found }) => found,
  hint: 'browsers show nothing of a broken SVG: fix it, or export it again',
} satisfies ProblemDefinition<ImageData & { found: string }>;

export const unsafeSvg = {
  code: 'unsafe-svg',
  title: 'an SVG image with a script, an event attribute or another active part',
  message: (image) => `${named(image)} is an SVG with ${image.construct}, which is refused rather than cleaned`,
  found: ({ found }) => found,
  hint: 'a published SVG holds no script, event attribute, foreignObject, DOCTYPE or reference to another file: remove it, or export the image as PNG',
} satisfies ProblemDefinition<ImageData & { construct: string; found: string }>;

export const localAddressNotAnImage = {
  code: 'local-address-not-an-image',
  title: 'a `srcset`, `poster` or media `src` that names a file of the content folder',
  message: ({ attribute, address }) =>
    `the ${attribute} address "${address}" names a file: only an image (![text](./photo.png) or <img src>) can be a file of the content folder`,
  hint: 'give a full https:// address, or show the image with ![text](./photo.png)',
} satisfies ProblemDefinition<{ attribute: string; address: string }>;

export const mermaidFrontMatter = {
  code: 'mermaid-front-matter',
  title: 'a Mermaid block in a body with its own front matter',
  message: () => 'a Mermaid diagram in a body cannot have front matter',
  hint: 'remove the lines between "---" and "---": the site sets how diagrams look',
} satisfies ProblemDefinition;

export const mermaidSyntaxError = {
  code: 'mermaid-syntax-error',
  title: 'a Mermaid block in a body that Mermaid cannot read (why, in words, from its parser)',
  message: ({ reason }) => `Mermaid cannot read this diagram: ${reason}`,
  hint: "fix the diagram; Mermaid's syntax is described at mermaid.js.org",
} satisfies ProblemDefinition<{ reason: string }>;

export const mermaidCannotDraw = {
  code: 'mermaid-cannot-draw',
  title: 'a Mermaid block that Mermaid read but could not draw in the browser',
  message: ({ kind, reason }) => `Mermaid cannot draw a diagram of this ${kind}: ${reason.split('\n')[0]}`,
  hint: 'fix the ```mermaid block',
} satisfies ProblemDefinition<{ kind: string; reason: string }>;
