// `npm run bench [-- --sizes 40,1000,5000,10000]`: builds synthetic backlogs of each size (three
// views, diagrams and search), and the same stories as a minimal Astro site (the floor), and
// prints seconds per stage, pages per second, peak memory, output size and `check` seconds.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildTimings } from '../src/build/build-sites.ts';
import { listFiles } from '../src/build/sitemap.ts';
import { parseScriptArgs } from '../src/cli/parse-script-args.ts';
import { benchDevEdit } from './bench/dev-edit.ts';
import { writeFloorSite } from './bench/floor-site.ts';
import { runMeasured } from './bench/process-tree.ts';
import { writeSyntheticBacklog } from './bench/synthetic-backlog.ts';

const options = parseScriptArgs('npm run bench [-- --sizes 40,1000,5000,10000]', {
  sizes: { type: 'string', default: '40,1000,5000,10000' },
});
const sizes = options.sizes.split(',').map(Number);
const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules', '.cache', 'backlog-docs');
const work = join(cache, 'bench');
const node = process.execPath;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const cli = join(root, 'bin', 'backlog-docs.js');

console.log(`bench: ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
const summaries: string[] = [];
for (const size of sizes) {
  const content = join(work, `content-${size}`);
  const out = join(work, `out-${size}`);
  const timingsFile = join(work, `timings-${size}.json`);
  writeSyntheticBacklog(content, size);
  // Cold: no diagram, no file read and no body rendered by an earlier run is in the cache.
  const forgetRenderings = () => {
    rmSync(join(cache, 'mermaid'), { recursive: true, force: true });
    for (const kept of ['read-files.bin', 'rendered-bodies.bin']) rmSync(join(cache, kept), { force: true });
  };
  forgetRenderings();
  rmSync(out, { recursive: true, force: true });

  const check = await runMeasured(node, [cli, 'check', '--content', content], { cwd: root, env });
  forgetRenderings();
  const build = await runMeasured(node, [cli, 'build', '--content', content, '--out', out], {
    cwd: root,
    env: { ...env, BACKLOG_DOCS_TIMINGS: timingsFile },
  });
  if (build.status !== 0) throw new Error(`build of ${size} stories failed:\n${build.output}`);
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimings;

  // A second build with one story changed: what a product owner waits for after an edit.
  appendFileSync(join(content, 'stories', 'phase-1', 'SYN-1.md'), '\nOne more sentence after review.\n');
  const rebuildTimingsFile = join(work, `timings-${size}-rebuild.json`);
  const rebuild = await runMeasured(node, [cli, 'build', '--content', content, '--out', out], {
    cwd: root,
    env: { ...env, BACKLOG_DOCS_TIMINGS: rebuildTimingsFile },
  });
  const rebuildTimings = JSON.parse(readFileSync(rebuildTimingsFile, 'utf8')) as BuildTimings;
  // What a product owner runs next: `check` again, from what the rebuild kept.
  const checkAgain = await runMeasured(node, [cli, 'check', '--content', content], { cwd: root, env });

  const floorRoot = join(cache, 'floor');
  writeFloorSite(floorRoot, join(content, 'stories'));
  const floorSite = await runMeasured(node, [astroBin, 'build'], { cwd: floorRoot, env });
  if (floorSite.status !== 0) throw new Error(`floor build failed:\n${floorSite.output}`);
  const floorSearch = await runMeasured(node, ['index-search.mjs'], { cwd: floorRoot, env });
  const floor = floorSite.seconds + floorSearch.seconds;

  const views = Object.entries(timings.views);
  const pages = views.reduce((sum, [, view]) => sum + view.pages, 0);
  const sum = (stage: 'projection' | 'diagrams' | 'site' | 'search', of = timings) =>
    Object.values(of.views).reduce((total, view) => total + view[stage], 0);
  const stages = (of: BuildTimings) =>
    `load+validate+render ${of.content.toFixed(1)} s, projection ${sum('projection', of).toFixed(1)} s, diagrams ${sum('diagrams', of).toFixed(1)} s, site pages ${sum('site', of).toFixed(1)} s, search ${sum('search', of).toFixed(1)} s`;
  const outputMiB = listFiles(out).reduce((total, path) => total + readFileSync(path).length, 0) / 2 ** 20;
  const ratio = build.seconds / floor;

  console.log(`\n${size} stories, ${views.length} sites, ${pages} pages`);
  console.log(
    `  build       ${build.seconds.toFixed(1)} s total, ${((build.seconds / size) * 1000).toFixed(1)} s per 1,000 stories, ${(pages / build.seconds).toFixed(0)} pages/s`,
  );
  console.log(`  stages      ${stages(timings)}`);
  for (const [id, view] of views)
    console.log(
      `  ${id.padEnd(11)} ${view.pages} pages: pages ${view.site.toFixed(1)} s, diagrams ${view.diagrams.toFixed(1)} s, search ${view.search.toFixed(1)} s`,
    );
  console.log(`  memory      peak ${build.peakMiB.toFixed(0)} MiB (whole process tree)`);
  console.log(`  output      ${outputMiB.toFixed(1)} MiB`);
  console.log(
    `  rebuild     ${rebuild.seconds.toFixed(1)} s after one story changed (${((rebuild.seconds / build.seconds) * 100).toFixed(0)}% of the first build): ${stages(rebuildTimings)}`,
  );
  console.log(`  check       ${check.seconds.toFixed(2)} s cold, ${checkAgain.seconds.toFixed(2)} s after the rebuild (from what it kept)`);
  console.log(
    `  floor       ${floor.toFixed(1)} s (minimal Astro site ${floorSite.seconds.toFixed(1)} s + Pagefind ${floorSearch.seconds.toFixed(1)} s), ours / floor = ${ratio.toFixed(2)}`,
  );
  const summary = `bench: ${size} stories, ${views.length} sites: ${build.seconds.toFixed(1)} s, floor ${floor.toFixed(1)} s, ratio ${ratio.toFixed(2)}, peak ${build.peakMiB.toFixed(0)} MiB, check ${check.seconds.toFixed(2)} s`;
  writeFileSync(join(work, `summary-${size}.txt`), summary);
  summaries.push(summary);
}
console.log(`\n${summaries.join('\n')}`);
console.log(await benchDevEdit(5000, env));
