import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'astro';
import { hasBrowserDiagrams } from './attach-diagrams.ts';
import { viewDataIntegration } from '../site/view-data-integration.ts';
import { astroSettings } from './astro-root.ts';
import type { ViewSiteContent, ViewSiteJob } from './stage-view-site.ts';

const require = createRequire(import.meta.url);

/**
 * Builds one view's static site into its staging folder with Astro: its own base, site URL, assets
 * and cache, and only its projected data. Astro begins at once; the pages wait for `content`.
 */
export async function buildViewSite(job: ViewSiteJob, content: Promise<ViewSiteContent>): Promise<void> {
  const { view, siteDir: outDir } = job;
  const settings = astroSettings(job.astroRoot);
  await build({
    ...settings,
    outDir,
    base: view.base,
    site: view.site,
    // A fresh cache beside the staged site, gone with it: Astro's caches never carry one audience's
    // build into another's, and reusing them made rebuilds slower, not faster (npm run bench).
    cacheDir: `${outDir}.astro-cache`,
    logLevel: 'warn',
    integrations: [...settings.integrations, viewDataIntegration({ current: async () => (await content).data })],
  });
  const { data, assetSources } = await content;
  if (hasBrowserDiagrams(data)) copyMermaidForBrowser(join(outDir, '_mermaid'));
  if (data.assets.length > 0) {
    mkdirSync(join(outDir, '_assets'), { recursive: true });
    const sources = new Map(assetSources);
    for (const name of data.assets) copyFileSync(sources.get(name)!, join(outDir, '_assets', name));
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
