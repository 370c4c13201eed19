import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import type { ViewData } from '../projection/view-data.ts';
import { hasBrowserDiagrams } from '../diagrams/attach-diagrams.ts';
import { viewDataIntegration } from '../site/view-data-integration.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Builds one view's static site into `outDir` with Astro: its own base, site URL, assets and
 * cache, and only its projected data.
 */
export async function buildViewSite(data: ViewData, outDir: string, assetSources: Map<string, string>): Promise<void> {
  // Astro writes its prerender chunks under the working folder when the output is outside it, and
  // those chunks must resolve the project's packages: build from the project folder.
  const workingFolder = process.cwd();
  process.chdir(projectRoot);
  try {
    await build({
    root: projectRoot,
    outDir,
    base: data.view.base,
    site: data.view.site,
    // A fresh cache beside the staged site, gone with it: Astro's caches never carry one audience's
    // build into another's, and reusing them made rebuilds slower, not faster (npm run bench).
    cacheDir: `${outDir}.astro-cache`,
    logLevel: 'warn',
    integrations: [viewDataIntegration({ current: () => data })],
    });
  } finally {
    process.chdir(workingFolder);
  }
  if (hasBrowserDiagrams(data)) copyMermaidForBrowser(join(outDir, '_mermaid'));
  if (data.assets.length > 0) {
    mkdirSync(join(outDir, '_assets'), { recursive: true });
    for (const name of data.assets) copyFileSync(assetSources.get(name)!, join(outDir, '_assets', name));
  }
}

/** Mermaid's ES module build without source maps: pages load only the chunks their diagrams need. */
function copyMermaidForBrowser(target: string): void {
  const dist = dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
  cpSync(join(dist, 'mermaid.esm.min.mjs'), join(target, 'mermaid.esm.min.mjs'));
  cpSync(join(dist, 'chunks', 'mermaid.esm.min'), join(target, 'chunks', 'mermaid.esm.min'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
}
