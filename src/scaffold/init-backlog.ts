import { appendFileSync, constants, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The starter backlog and workflows, kept as the files init copies so anyone can read them. */
const starterFolder = fileURLToPath(new URL('../../templates/init/', import.meta.url));
/** The lines init adds to .gitignore. Not named `.gitignore`: npm leaves such files out of a package. */
const ignoreLinesFile = 'gitignore';

export type InitResult =
  /** Paths relative to the folder, with forward slashes. */
  | { written: string[]; ignoreLinesAdded: string[] }
  /** Absolute paths of what already exists where init would write. */
  | { inTheWay: string[] };

/**
 * `backlog-docs init`: copies the starter files into `dir`, byte for byte, only when none of them
 * is there yet (so nothing is half-written over a backlog), then adds the output folders to
 * .gitignore, which may already exist and is only appended to.
 */
export function initBacklog(dir: string): InitResult {
  if (existsSync(dir) && !isDirectory(dir)) return { inTheWay: [dir] };
  const files = starterFiles();
  const inTheWay = [...new Set(files.map((file) => pathInTheWay(dir, file)).filter((path) => path !== undefined))];
  if (inTheWay.length > 0) return { inTheWay };
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(starterFolder, file), join(dir, file), constants.COPYFILE_EXCL);
  }
  return { written: files, ignoreLinesAdded: addIgnoreLines(join(dir, '.gitignore')) };
}

/** Every file of the starter folder, sorted, as relative paths with forward slashes. */
export function starterFiles(): string[] {
  return readdirSync(starterFolder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(starterFolder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => file !== ignoreLinesFile)
    .sort();
}

/** The file itself when it exists (a broken link too), or a folder of its path that is not a folder. */
function pathInTheWay(dir: string, file: string): string | undefined {
  const parts = file.split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    const path = join(dir, ...parts.slice(0, depth));
    if (!isPresent(path)) return undefined;
    if (depth === parts.length || !isDirectory(path)) return path;
  }
  return undefined;
}

/** Appends the lines .gitignore lacks, and returns them; `/dist`, `dist` and `dist/` count as one. */
function addIgnoreLines(path: string): string[] {
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const present = new Set(existing.split(/\r?\n/).map(ignoreKey));
  const missing = readFileSync(join(starterFolder, ignoreLinesFile), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !present.has(ignoreKey(line)));
  if (missing.length > 0) appendFileSync(path, `${existing === '' || existing.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`);
  return missing;
}

function ignoreKey(line: string): string {
  return line.trim().replace(/^\/|\/$/g, '');
}

function isPresent(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
