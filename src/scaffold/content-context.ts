import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { collectionLayout, listContentFiles, type CollectionName } from '../loading/content-files.ts';
import { entryIdOf } from '../loading/entry-id.ts';
import { idKey } from '../model/ids.ts';
import { readEntrySource } from '../loading/read-entry-source.ts';
import { projectSchema } from '../schemas/project.ts';
import type { Project } from '../model/content.ts';
import { noProjectFile, projectHasProblems } from '../problems/catalogue/refusals.ts';
import { refusalOf, type Refusal } from '../problems/refusal.ts';

/** What a scaffold could not do, told to a person: what, and what to do about it. */
export interface ScaffoldRefusal {
  refused: Refusal;
}

/** An entry already in the content folder: its id, its file, and its fields when they could be read. */
export interface KnownEntry {
  id: string;
  path: string;
  data?: Record<string, unknown>;
}

/** What a new file needs to know of the backlog it joins. */
export interface ContentContext {
  /** The content folder, absolute. */
  root: string;
  project: Project;
  entries: Record<CollectionName, KnownEntry[]>;
}

/**
 * Reads project.yaml and the ids of every entry file that can be read from `contentDir` (relative
 * to `cwd`, the user's folder, never the package's): a problem elsewhere in the backlog does not
 * stop anyone from adding to it.
 */
export function readContentContext(contentDir: string, cwd: string): ContentContext | ScaffoldRefusal {
  const root = resolve(cwd, contentDir);
  if (!existsSync(join(root, 'project.yaml'))) {
    return { refused: refusalOf(noProjectFile, { folder: contentDir }) };
  }
  const projectSource = readEntrySource(join(root, 'project.yaml'), 'yaml');
  const project = 'data' in projectSource ? projectSchema.safeParse(projectSource.data) : undefined;
  if (!project?.success) return { refused: refusalOf(projectHasProblems, { folder: contentDir }) };

  const entries: Record<CollectionName, KnownEntry[]> = { views: [], phases: [], epics: [], stakeholders: [], stories: [] };
  for (const file of listContentFiles(root).files) {
    const source = readEntrySource(file.path, collectionLayout[file.collection].kind);
    const data = 'data' in source ? source.data : undefined;
    entries[file.collection].push({ id: entryIdOf(file.path, data?.id), path: file.path, data });
  }
  return { root, project: project.data, entries };
}

export function idsOf(entries: readonly KnownEntry[]): string[] {
  return entries.map((entry) => entry.id);
}

/** The entry with this id, found ignoring case and Unicode forms, as ids are compared. */
export function findEntry(entries: readonly KnownEntry[], id: string): KnownEntry | undefined {
  return entries.find((entry) => idKey(entry.id) === idKey(id));
}

/** A path as people read it in messages: relative to their folder, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  return relative(cwd, path).split(sep).join('/') || '.';
}
