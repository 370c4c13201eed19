import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The floor the benchmark compares against: the same stories as one minimal Astro site (one
 * content collection, one plain page per story, no projection, no diagrams), then Pagefind. It
 * lives under node_modules/.cache so it resolves the project's own Astro and Pagefind.
 */
export function writeFloorSite(root: string, storiesDir: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src', 'pages', 'stories'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ logLevel: 'warn' });\n",
  );
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      `const stories = defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(storiesDir)} }), schema: z.object({ title: z.string() }).passthrough() });`,
      'export const collections = { stories };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src', 'pages', 'stories', '[...id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('stories')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>',
      '<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'index-search.mjs'),
    "import { createIndex, close } from 'pagefind';\nconst { index } = await createIndex({});\nawait index.addDirectory({ path: 'dist' });\nawait index.writeFiles({ outputPath: 'dist/pagefind' });\nawait close();\n",
  );
}
