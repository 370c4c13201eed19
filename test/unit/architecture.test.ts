import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../src/build/sitemap.ts';
import { projectRoot } from '../helpers/run-script.ts';

const sources = listFiles(join(projectRoot, 'src'))
  .filter((path) => /\.(ts|astro|mjs)$/.test(path))
  .map((path) => ({ path: relative(projectRoot, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
const imports = (text: string) => [...text.matchAll(/(?:import|from)\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);

// Which folders each may import is test/unit/layers.test.ts; these are the site's own rules.
describe('leaks are impossible by construction', () => {
  test('no content collection: the sites are built from the projection alone', () => {
    const readers = sources
      .filter(({ text }) => imports(text).includes('astro:content') || /defineCollection|content\.config/.test(text))
      .map(({ path }) => path);
    expect(readers).toEqual([]);
  });

  test('the projected view is the only data module a page can import', () => {
    const dataModules = sources.filter(({ text }) => text.includes("'virtual:backlog-docs/view'")).map(({ path }) => path);
    expect(dataModules.sort()).toEqual(['src/env.d.ts', 'src/site/site-context.ts', 'src/site/view-data-integration.ts']);
  });
});
