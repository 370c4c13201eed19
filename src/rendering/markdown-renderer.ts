import { satteriCreateHighlightFn, satteriHeadingIdsPlugin, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml, type MdastPluginDefinition } from 'satteri';
import { bodyFeatures } from '../body/body-syntax.ts';

/**
 * Markdown bodies rendered with Sätteri, Astro's own Markdown processor, with the parser features
 * the bodies are checked with (./body-syntax.ts) and Astro's code highlighting and heading ids.
 * Code is highlighted for light and dark themes; `mermaid` blocks are left as code for the
 * diagram step. `plugins` change the tree before it becomes HTML (./level-blocks.ts).
 */
export async function createMarkdownRenderer(): Promise<(markdown: string, plugins: MdastPluginDefinition[]) => Promise<string>> {
  const highlight = await satteriCreateHighlightFn({ type: 'shiki', excludeLangs: ['mermaid'] }, {
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    langs: [],
    wrap: false,
    transformers: [],
  } as never);
  return async (markdown, plugins) => {
    const hastPlugins = [satteriHighlightPlugin(highlight!, ['mermaid']), satteriHeadingIdsPlugin()];
    const result = await markdownToHtml(markdown, { features: bodyFeatures, mdastPlugins: plugins, hastPlugins });
    return result.html;
  };
}
