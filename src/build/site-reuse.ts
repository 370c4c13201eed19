import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViewData } from '../model/view-data.ts';
import { isBuiltSite } from './output-folders.ts';
import { packageRoot } from './project-folders.ts';
import { listFiles } from './sitemap.ts';

// The packages whose code or output ends up in a site or its PDF.
const toolPackages = ['astro', 'vite', '@astrojs/mdx', 'pagefind', 'mermaid', 'playwright-core'];

/**
 * Everything a view's site is made from besides its data: backlog-docs's own files (pages,
 * components, styles, public files, settings), the versions of the tools that build it, and the
 * Chromium that prints its report.
 */
export function toolchainKey(chromium: string | undefined): string {
  const hash = createHash('sha256').update(process.version);
  for (const name of toolPackages) hash.update(`${name}@${packageVersion(name)}\n`);
  if (chromium) hash.update(`${chromium} ${statSync(chromium).mtimeMs} ${statSync(chromium).size}\n`);
  const files = [
    join(packageRoot, 'package.json'),
    join(packageRoot, 'astro.config.mjs'),
    ...['src', 'public'].flatMap((folder) => listFiles(join(packageRoot, folder))),
  ];
  for (const file of files.sort()) hash.update(file.slice(packageRoot.length)).update(readFileSync(file));
  return hash.digest('hex');
}

/** A key for one view's site: its projected data (diagrams drawn), the bytes of its assets, and the toolchain. */
export function siteKey(data: ViewData, assetFiles: readonly string[], toolchain: string): string {
  const hash = createHash('sha256').update(toolchain).update(JSON.stringify(data));
  for (const file of assetFiles) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/** Output folder → view → the key its site was built from, and its home page's hash. */
type BuiltRecord = Record<string, Record<string, { key: string; home: string }>>;

/**
 * The keys of the sites last built into each output folder, kept in the project's cache. A view
 * whose key is unchanged and whose site is still the one built (its home page's bytes as they were)
 * is not built again: builds are byte-identical for the same inputs, so the site already is what
 * the build would make. Anything else, a missing or unreadable record included, builds it again.
 */
export class BuiltSites {
  private readonly file: string;
  private readonly outDir: string;
  private readonly record: BuiltRecord;

  constructor(cacheDir: string, outDir: string) {
    this.outDir = outDir;
    this.file = join(cacheDir, 'built-sites.json');
    this.record = readRecord(this.file);
  }

  isCurrent(viewId: string, key: string): boolean {
    const site = join(this.outDir, viewId);
    const built = this.record[this.outDir]?.[viewId];
    return built?.key === key && isBuiltSite(site) && built.home === homePageHash(site);
  }

  /** Records the keys of the sites just swapped in. */
  save(keys: ReadonlyMap<string, string>): void {
    const built = [...keys].map(([viewId, key]) => [viewId, { key, home: homePageHash(join(this.outDir, viewId)) }] as const);
    this.record[this.outDir] = { ...this.record[this.outDir], ...Object.fromEntries(built) };
    mkdirSync(join(this.file, '..'), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.record, null, 2));
    renameSync(temporary, this.file);
  }
}

function readRecord(file: string): BuiltRecord {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuiltRecord;
  } catch {
    return {};
  }
}

/** A site copied over by hand, another view's say, has another home page. */
function homePageHash(site: string): string {
  return createHash('sha256')
    .update(readFileSync(join(site, 'index.html')))
    .digest('hex');
}

/** An installed package's version, from the package.json above its entry point (not every package exports that file). */
function packageVersion(name: string): string {
  for (let folder = dirname(fileURLToPath(import.meta.resolve(name))); folder !== dirname(folder); folder = dirname(folder)) {
    const file = join(folder, 'package.json');
    if (!existsSync(file)) continue;
    const found = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (found.name === name) return found.version;
  }
  throw new Error(`no package.json found for ${name}`);
}
