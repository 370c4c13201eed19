import { evaluate, type MdastPluginDefinition } from 'satteri';
import { bodyFeatures } from '../body/body-syntax.ts';
import { Fragment, jsx, jsxs, toHtml } from './html-jsx-runtime.ts';

/**
 * Renders an MDX body to HTML with Sätteri, the compiler Astro's own MDX uses, with the parser
 * features the bodies are checked with and the tree `plugins` (./level-blocks.ts). MDX is code: its
 * expressions run here, at build time. No components are provided, so a `<Component />` is an
 * error, and so is an import (the content folder is not a module graph).
 * Throws with the compiler's `line:column` when the MDX does not render.
 */
export function renderMdx(source: string, plugins: MdastPluginDefinition[]): string {
  const module = evaluate(source, { Fragment, jsx, jsxs, elementAttributeNameCase: 'html', features: bodyFeatures, mdastPlugins: plugins });
  if (module instanceof Promise) throw new Error('imports are not supported in a body');
  const content = module.default as (props: object) => Parameters<typeof toHtml>[0];
  return toHtml(content({}));
}
