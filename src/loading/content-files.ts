import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isWithin } from '../paths/is-within.ts';
import { brokenSymlink, symlinkOutOfContent, wrongFileKind } from '../problems/catalogue/content-files.ts';
import type { ContentProblemCode } from '../problems/catalogue/index.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';

/** The collections of a content folder and the files that hold them (SPEC §1). */
export const collectionLayout = {
  views: { folder: 'views', kind: 'yaml', recursive: false },
  phases: { folder: 'phases', kind: 'markdown', recursive: false },
  epics: { folder: 'epics', kind: 'markdown', recursive: false },
  stakeholders: { folder: 'stakeholders', kind: 'yaml', recursive: false },
  stories: { folder: 'stories', kind: 'markdown', recursive: true },
} as const;

export type CollectionName = keyof typeof collectionLayout;
export const collectionNames = Object.keys(collectionLayout) as CollectionName[];

const extensions = { yaml: ['.yaml', '.yml'], markdown: ['.md', '.mdx'] } as const;

export interface ContentFile {
  collection: CollectionName;
  /** Absolute path. */
  path: string;
}

/**
 * Lists the entry files of every collection. Symbolic links are followed only while they stay
 * inside the content folder: a link out of it could publish any file of the machine. Files of the
 * other kind (a `.md` among views) are problems; anything else (images) is an asset and skipped.
 */
export function listContentFiles(root: string): { files: ContentFile[]; problems: (ProblemText<ContentProblemCode> & { path: string })[] } {
  const files: ContentFile[] = [];
  const problems: (ProblemText<ContentProblemCode> & { path: string })[] = [];
  const realRoot = realpathSync(root);
  const visited = new Set<string>();

  const walk = (collection: CollectionName, folder: string, recursive: boolean) => {
    const { kind } = collectionLayout[collection];
    const names = readdirSync(folder).sort();
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const target = resolveInside(path, realRoot);
      if ('problem' in target) {
        problems.push({ path, ...target.problem });
        continue;
      }
      if (target.isDirectory) {
        if (recursive && !visited.has(target.real)) {
          visited.add(target.real);
          walk(collection, path, recursive);
        }
        continue;
      }
      const extension = extname(name).toLowerCase();
      if ((extensions[kind] as readonly string[]).includes(extension)) {
        files.push({ collection, path });
      } else if (Object.values(extensions).some((list) => (list as readonly string[]).includes(extension))) {
        problems.push({ path, ...describeProblem(wrongFileKind, { collection, kind, extensions: extensions[kind] }) });
      }
    }
  };

  for (const collection of collectionNames) {
    const { folder, recursive } = collectionLayout[collection];
    const path = join(root, folder);
    const target = existingTarget(path, realRoot);
    if (target === undefined) continue;
    if ('problem' in target) {
      problems.push({ path, ...target.problem });
      continue;
    }
    if (target.isDirectory) walk(collection, path, recursive);
  }
  return { files, problems };
}

type Target = { real: string; isDirectory: boolean } | { problem: ProblemText<ContentProblemCode> };

function existingTarget(path: string, realRoot: string): Target | undefined {
  try {
    lstatSync(path);
  } catch {
    return undefined;
  }
  return resolveInside(path, realRoot);
}

function resolveInside(path: string, realRoot: string): Target {
  if (!lstatSync(path).isSymbolicLink()) return { real: path, isDirectory: statSync(path).isDirectory() };
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { problem: describeProblem(brokenSymlink) };
  }
  // A link to the content folder itself leads out too: it would read the folder again, for ever.
  if (!isWithin(real, realRoot) || isWithin(realRoot, real)) {
    return { problem: describeProblem(symlinkOutOfContent) };
  }
  return { real, isDirectory: statSync(real).isDirectory() };
}
