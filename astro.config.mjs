// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  output: 'static',
  markdown: {
    // Mermaid blocks are rendered as diagrams, not highlighted as code.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
});
