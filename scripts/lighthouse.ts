// `npm run lighthouse [-- --desktop] [--site DIR --base /B/] [path ...]`: audits one page of every
// type of each built site (`npm run build` first) with Lighthouse in the system Chromium, prints
// the four scores and the layout shift per page, and exits 1 unless accessibility, best practices
// and SEO are all 100 and CLS is under 0.1 everywhere (issue 13, point 8). Performance is reported
// only: on a shared machine it measures the machine as much as the site. Not part of `npm test`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findChromium } from '../src/browser/chromium.ts';
import { parseScriptCommand } from '../src/cli/parse-script-args.ts';
import { serveStatic } from '../test/helpers/static-server.ts';
import { auditPage, clsLimit, requiredCategories } from './lighthouse/audit-page.ts';
import { startDebuggingChromium } from './lighthouse/debugging-chromium.ts';
import { notFoundPage, pageTypesOf } from './lighthouse/page-types.ts';

const { values, positionals } = parseScriptCommand(
  'npm run lighthouse [-- --desktop] [--out DIR] [--content DIR] [--site DIR --base /B/] [path ...]',
  {
    out: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content' },
    site: { type: 'string' },
    base: { type: 'string', default: '/' },
    desktop: { type: 'boolean' },
  },
);
const chromiumPath = findChromium();
// Not a usage mistake: this machine has no browser to audit with.
if (!chromiumPath) throw new Error('no Chromium found (install chromium, or set BACKLOG_DOCS_CHROMIUM)');

// Every view built into --out, at the base its view file sets (the pages link to it), or just --site.
const sites = values.site
  ? [{ name: values.site, dir: values.site, base: values.base }]
  : (existsSync(values.out) ? readdirSync(values.out) : [])
      .filter((name) => existsSync(join(values.out, name, 'index.html')))
      .map((name) => ({ name, dir: join(values.out, name), base: baseOfView(name) }));
if (sites.length === 0) throw new Error(`no built site in ${values.out}/: run \`npm run build\` first`);

const server = await serveStatic(Object.fromEntries(sites.map((site) => [site.base, site.dir])));
const chromium = await startDebuggingChromium(chromiumPath);
const labels = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best', seo: 'seo' } as const;
let failed = 0;
let worstCls = 0;
const performanceScores: number[] = [];
try {
  for (const site of sites) {
    for (const path of positionals.length ? positionals : pageTypesOf(site.dir)) {
      const audit = await auditPage(`${server.url}${site.base}${path}`, {
        port: chromium.port,
        desktop: !!values.desktop,
        notFoundPage: path === notFoundPage,
      });
      const scores = Object.entries(labels).map(
        ([id, label]) => `${label} ${String(audit.scores[id as keyof typeof labels] ?? '–').padStart(3)}`,
      );
      console.log(`${site.name.padEnd(7)} ${(site.base + path).padEnd(36)} ${scores.join('  ')}  CLS ${audit.cls.toFixed(3)}`);
      for (const failure of audit.failures) console.log(`    ✗ ${failure}`);
      if (audit.failures.length || requiredCategories.some((id) => audit.scores[id] !== undefined && audit.scores[id] !== 100)) failed++;
      worstCls = Math.max(worstCls, audit.cls);
      if (audit.scores.performance !== undefined) performanceScores.push(audit.scores.performance);
    }
  }
} finally {
  await chromium.close();
  await server.close();
}
const summary = `CLS at most ${worstCls.toFixed(3)} (limit ${clsLimit}), performance ${Math.min(...performanceScores)}–${Math.max(...performanceScores)}`;
console.log(
  failed ? `\n${failed} page(s) below target; ${summary}` : `\nall pages 100 for accessibility, best practices and SEO; ${summary}`,
);
process.exitCode = failed ? 1 : 0;

function baseOfView(view: string): string {
  const file = join(values.content, 'views', `${view}.yaml`);
  const base = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { base?: string }).base : undefined;
  return base ?? '/';
}
