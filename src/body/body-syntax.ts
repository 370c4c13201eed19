import { markdownToMdast, mdxToMdast, type Features, type MdastNode } from 'satteri';

/** Markdown of `.md` bodies and YAML summaries, or MDX of `.mdx` bodies. */
export type BodyFormat = 'markdown' | 'mdx';

/**
 * The one set of parser features for every body: the tree that is checked for `:::level` blocks
 * is parsed exactly as the tree that is rendered, so they cannot disagree on where a block is.
 * GFM and smart punctuation are what Astro's Markdown turns on by default.
 */
export const bodyFeatures: Features = { gfm: true, smartPunctuation: true, directive: true };

export function formatOfBody(path: string): BodyFormat {
  return path.endsWith('.mdx') ? 'mdx' : 'markdown';
}

/** The body's syntax tree, with positions. MDX throws with `line:column` when it does not parse. */
export function parseBody(source: string, format: BodyFormat): MdastNode {
  return format === 'mdx' ? mdxToMdast(source, { features: bodyFeatures }) : markdownToMdast(source, { features: bodyFeatures });
}
