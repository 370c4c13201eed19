import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { siteRoutesIntegration } from '../site/site-routes.ts';
import { packageRoot, projectCacheDir } from './project-folders.ts';

/**
 * Astro's root for the sites of the project in `cwd`: a folder in the project's cache. Astro's
 * generated files and the staged sites stay there, never in the installed package.
 *
 * The pages are the package's, copied in as they are at each run: Astro reads a page outside any
 * folder it shares with its root as a path relative to the root, and fails (a global install, or
 * this repository's tests building in a temporary folder). Astro runs the pages it prerenders
 * from the root, and they import the packages backlog-docs depends on: when those cannot be found
 * from there (backlog-docs run by npx from its own cache), the root gets a link to their folder.
 */
export function prepareAstroRoot(cwd: string): string {
  const root = join(projectCacheDir(cwd), 'site');
  mkdirSync(root, { recursive: true });
  const dependencies = dirname(dirname(createRequire(import.meta.url).resolve('astro/package.json')));
  if (!canResolveFrom(root, 'astro/package.json') && !existsSync(join(root, 'node_modules')))
    symlinkSync(dependencies, join(root, 'node_modules'), 'dir');
  rmSync(join(root, 'package'), { recursive: true, force: true });
  cpSync(join(packageRoot, 'src'), join(root, 'package', 'src'), { recursive: true });
  return root;
}

function canResolveFrom(folder: string, specifier: string): boolean {
  try {
    createRequire(join(folder, 'resolve.js')).resolve(specifier);
    return true;
  } catch {
    return false;
  }
}

/** What every Astro run of ours shares: the root, the package's settings, pages and public files. */
export function astroSettings(root: string): AstroInlineConfig & { integrations: NonNullable<AstroInlineConfig['integrations']> } {
  return {
    root,
    // Astro joins the config file's path to the root.
    configFile: relative(root, join(packageRoot, 'astro.config.mjs')),
    publicDir: join(packageRoot, 'public'),
    integrations: [siteRoutesIntegration(join(root, 'package'))],
  };
}
