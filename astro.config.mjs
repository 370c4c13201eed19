// @ts-check
// The Astro settings every site is built with. backlog-docs runs Astro itself (src/build/), with
// its root in the user's project cache and this file from the package: a product owner's project
// has no Astro configuration of its own.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  output: 'static',
});
