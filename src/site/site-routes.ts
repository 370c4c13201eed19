import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * The pages of every site, injected as routes (as Starlight injects its own), so a product owner's
 * project holds only content. `packageRoot` holds the package's `src/`: a copy in Astro's root.
 */
export function siteRoutesIntegration(packageRoot: string): AstroIntegration {
  const pagesDir = join(packageRoot, 'src', 'pages');
  return {
    name: 'backlog-docs:routes',
    hooks: {
      'astro:config:setup'({ injectRoute, updateConfig }) {
        for (const entrypoint of listPages(pagesDir))
          injectRoute({ pattern: routePatternOf(relative(pagesDir, entrypoint)), entrypoint, prerender: true });
        // In `dev`, the server reads the pages from the root's copy (src/build/astro-root.ts).
        updateConfig({ vite: { server: { fs: { allow: [pagesDir] } } } });
      },
    },
  };
}

function listPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Astro's file-based routing, for a page's path under the pages folder: `stories/[slug].astro` → `/stories/[slug]`. */
export function routePatternOf(path: string): string {
  const route = path
    .split(sep)
    .join('/')
    .replace(/\.(astro|ts)$/, '')
    .replace(/(^|\/)index$/, '');
  return `/${route}`;
}
