import { createHash, type Hash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViewData } from '../model/view-data.ts';
import { isBuiltSite } from './output-folders.ts';
import { packageRoot } from './project-folders.ts';
import { listFiles } from './sitemap.ts';

// The packages whose code reads the content or makes a site or its PDF: backlog-docs's own
// dependencies, and the bundler Astro brings. Their versions count even where no lockfile is
// found (pnpm, yarn and bun keep theirs elsewhere).
const toolPackages = [
  ...Object.keys((JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { dependencies: object }).dependencies),
  'vite',
];

/** Each part with its length first: two different lists of parts never hash alike. */
function update(hash: Hash, part: string | Buffer): Hash {
  return hash.update(`${Buffer.byteLength(part)}:`).update(part);
}

/**
 * Everything a view's site is made from besides its data: backlog-docs's own files (pages,
 * components, styles, public files, settings), the versions of the tools that build it (and the
 * lockfile of the packages installed with them), and the Chromium that prints its report.
 */
export function toolchainKey(chromium: string | undefined): string {
  const hash = update(createHash('sha256'), process.version);
  for (const name of toolPackages) update(hash, `${name}@${packageVersion(name)}`);
  // A checkout's lockfile, or the one of the project backlog-docs is installed in.
  for (const lockfile of [join(packageRoot, 'node_modules', '.package-lock.json'), join(dirname(packageRoot), '.package-lock.json')]) {
    if (existsSync(lockfile)) update(hash, readFileSync(lockfile));
  }
  if (chromium) update(hash, chromiumVersion(chromium));
  const files = [
    join(packageRoot, 'package.json'),
    join(packageRoot, 'astro.config.mjs'),
    ...['src', 'public'].flatMap((folder) => listFiles(join(packageRoot, folder))),
  ];
  for (const file of files.sort()) update(update(hash, file.slice(packageRoot.length)), readFileSync(file));
  return hash.digest('hex');
}

/** A key for one view's site: its projected data (which holds each diagram's source), the bytes of its assets, and the toolchain. */
export function siteKey(data: ViewData, assetFiles: readonly string[], toolchain: string): string {
  const hash = update(update(createHash('sha256'), toolchain), JSON.stringify(data));
  for (const file of assetFiles) update(hash, readFileSync(file));
  return hash.digest('hex');
}

/** Output folder → view → the key its site was built from, and the fingerprint of the site as swapped in. */
type BuiltRecord = Record<string, Record<string, { key: string; files: string }>>;

/**
 * The keys of the sites last built into each output folder, kept in the project's cache. A view
 * whose key is unchanged and whose site is still the one built (every file's path, size and
 * modification time as they were) is not built again: builds are byte-identical for the same
 * inputs, so the site already is what the build would make. Anything else, a missing or unreadable
 * record included, builds it again.
 */
export class BuiltSites {
  private readonly file: string;
  private readonly outDir: string;

  constructor(cacheDir: string, outDir: string) {
    this.outDir = outDir;
    this.file = join(cacheDir, 'built-sites.json');
  }

  isCurrent(viewId: string, key: string): boolean {
    const site = join(this.outDir, viewId);
    const built = readRecord(this.file)[this.outDir]?.[viewId];
    return built?.key === key && isBuiltSite(site) && built.files === siteFingerprint(site);
  }

  /** Drops the views about to be replaced: until `save`, nothing vouches for their folders. */
  forget(viewIds: readonly string[]): void {
    this.write((sites) => Object.fromEntries(Object.entries(sites).filter(([viewId]) => !viewIds.includes(viewId))));
  }

  /** Records the keys of the sites just swapped in. */
  save(keys: ReadonlyMap<string, string>): void {
    const built = [...keys].map(([viewId, key]) => [viewId, { key, files: siteFingerprint(join(this.outDir, viewId)) }] as const);
    this.write((sites) => ({ ...sites, ...Object.fromEntries(built) }));
  }

  /** Read again just before writing: another build of the project may have recorded its own output folder. */
  private write(change: (sites: BuiltRecord[string]) => BuiltRecord[string]): void {
    const record = readRecord(this.file);
    record[this.outDir] = change(record[this.outDir] ?? {});
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(record, null, 2));
    renameSync(temporary, this.file);
  }
}

function readRecord(file: string): BuiltRecord {
  try {
    const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as BuiltRecord) : {};
  } catch {
    return {};
  }
}

/** Every file's path, size and modification time: a rebuild, or any file edited or copied in by hand, changes it. */
function siteFingerprint(site: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(site).sort()) {
    const { size, mtimeMs } = statSync(file);
    update(hash, `${file.slice(site.length)} ${size} ${mtimeMs}`);
  }
  return hash.digest('hex');
}

/** The Chromium's own version (a system wrapper script's size and date say nothing of the browser it starts). */
function chromiumVersion(chromium: string): string {
  try {
    return execFileSync(chromium, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    const { size, mtimeMs } = statSync(chromium);
    return `${chromium} ${size} ${mtimeMs}`;
  }
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
