import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { collectionLayout, listContentFiles } from '../loading/content-files.ts';
import { entryIdOf } from '../loading/entry-id.ts';
import { readEntrySource } from '../loading/read-entry-source.ts';
import type { Project } from '../model/content.ts';
import { idKey } from '../model/ids.ts';
import { alreadyImported, importWouldOverwrite, projectHasProblems } from '../problems/catalogue/refusals.ts';
import { refusalOf, type Refusal } from '../problems/refusal.ts';
import { projectSchema } from '../schemas/project.ts';
import { entryText, mergeEntryText } from './entry-text.ts';
import {
  emptyRecord,
  importRecordFile,
  parseRecord,
  recordText,
  type ImportedCollection,
  type ImportRecord,
  type RecordedEntry,
} from './import-record.ts';
import type { ExistingEntry, ImportPlan } from './map-backlog.ts';
import type { SourceAsset, SourceName } from './source-backlog.ts';
import { starterPrefix, starterProjectText, starterViews } from './starter-settings.ts';

/** The content folder an import goes into, as it is before anything is written. */
export interface ImportTarget {
  /** Absolute. */
  root: string;
  /** As the person named it, for messages. */
  shown: string;
  project: Project;
  /** project.yaml to write, when there is none. */
  projectText?: string;
  /** Views to write, when there are none. */
  views: { id: string; text: string }[];
  existing: Record<ImportedCollection, ExistingEntry[]>;
  record: ImportRecord;
}

/** Reads the content folder: its project (or the one to create), its entries and the import record. */
export function readImportTarget(
  root: string,
  shown: string,
  starter: { name: string; idPrefix?: string; source: string },
): ImportTarget | { refused: Refusal } {
  const existing: ImportTarget['existing'] = { stories: [], phases: [], epics: [] };
  let hasViews = false;
  if (existsSync(root)) {
    for (const file of listContentFiles(root).files) {
      if (file.collection === 'views') hasViews = true;
      if (file.collection === 'views' || file.collection === 'stakeholders') continue;
      const source = readEntrySource(file.path, collectionLayout[file.collection].kind);
      const data = 'data' in source ? source.data : undefined;
      const order = typeof data?.order === 'number' ? data.order : undefined;
      existing[file.collection].push({ id: entryIdOf(file.path, data?.id), path: relativePath(root, file.path), order });
    }
  }
  const projectPath = join(root, 'project.yaml');
  let project: Project;
  let projectText: string | undefined;
  if (existsSync(projectPath)) {
    const source = readEntrySource(projectPath, 'yaml');
    const parsed = 'data' in source ? projectSchema.safeParse(source.data) : undefined;
    if (!parsed?.success) return { refused: refusalOf(projectHasProblems, { folder: shown }) };
    project = parsed.data;
  } else {
    projectText = starterProjectText(starter);
    project = projectSchema.parse({ name: starter.name, idPrefix: starterPrefix(starter.idPrefix) });
  }
  const recordPath = join(root, importRecordFile);
  const record = (existsSync(recordPath) ? parseRecord(readFileSync(recordPath, 'utf8')) : undefined) ?? emptyRecord();
  return {
    root,
    shown,
    project,
    projectText,
    views: hasViews ? [] : starterViews(project.visibilityLevels, project.name),
    existing,
    record,
  };
}

/** What an import did to the content folder, for the summary. Paths relative to the content folder. */
export interface ImportOutcome {
  created: string[];
  updated: { path: string; fields: string[] }[];
  unchanged: number;
  /** Hand edits kept over a change at the source. */
  keptEdits: { id: string; path: string; fields: string[] }[];
  /** Recorded entries the source no longer has: reported, kept. */
  removedAtSource: { id: string; path: string }[];
  /** Recorded entries whose file is gone here: not written again. */
  deletedHere: { id: string; path: string }[];
  /** Recorded files whose frontmatter no longer reads: left as they are. */
  unreadable: string[];
  assets: { copied: number; kept: string[] };
  settings: string[];
}

/**
 * Writes what the plan says, never over a file that no import wrote: everything is decided first,
 * so a refusal writes nothing. With `update`, files an earlier import wrote are merged
 * (./entry-text.ts); without it, a folder that holds an import from this source is refused.
 */
export function writeImport(
  target: ImportTarget,
  plan: ImportPlan,
  { source, input, update, assets }: { source: SourceName; input: string; update: boolean; assets: readonly SourceAsset[] },
  shownPath: (path: string) => string,
): ImportOutcome | { refused: Refusal } {
  const previous = target.record.sources[source];
  if (previous && !update) return { refused: refusalOf(alreadyImported, { folder: target.shown, source }) };
  const recorded = (collection: ImportedCollection, sourceId: string) => previous?.entries[collection][sourceId];
  const recordedPaths = new Set(
    Object.values(target.record.sources).flatMap((record) =>
      Object.values(record.entries).flatMap((entries) => Object.values(entries).map((entry) => entry.path)),
    ),
  );

  const inTheWay = new Set<string>();
  for (const entry of plan.entries) {
    if (recorded(entry.collection, entry.sourceId)) continue;
    if (existsSync(join(target.root, entry.path))) inTheWay.add(entry.path);
    const sameId = target.existing[entry.collection].find((other) => idKey(other.id) === idKey(entry.id) && !recordedPaths.has(other.path));
    if (sameId) inTheWay.add(sameId.path);
  }
  if (inTheWay.size > 0) {
    return { refused: refusalOf(importWouldOverwrite, { paths: [...inTheWay].sort().map((path) => shownPath(join(target.root, path))) }) };
  }

  const outcome: ImportOutcome = {
    created: [],
    updated: [],
    unchanged: 0,
    keptEdits: [],
    removedAtSource: [],
    deletedHere: [],
    unreadable: [],
    assets: { copied: 0, kept: [] },
    settings: [],
  };
  const writes = new Map<string, string>();
  const entries: Record<ImportedCollection, Record<string, RecordedEntry>> = { stories: {}, phases: {}, epics: {} };
  if (target.projectText) {
    writes.set('project.yaml', target.projectText);
    outcome.settings.push('project.yaml');
  }
  for (const view of target.views) {
    writes.set(`views/${view.id}.yaml`, view.text);
    outcome.settings.push(`views/${view.id}.yaml`);
  }

  for (const entry of plan.entries) {
    const before = recorded(entry.collection, entry.sourceId);
    const next: RecordedEntry = { id: entry.id, path: entry.path, fields: entry.fields, body: entry.body };
    if (!before) {
      writes.set(entry.path, entryText(entry.fields, entry.body));
      outcome.created.push(entry.path);
      entries[entry.collection][entry.sourceId] = next;
      continue;
    }
    // A file moved by hand (into a sub-folder of stories/) is found again by its id.
    const path = existsSync(join(target.root, before.path))
      ? before.path
      : target.existing[entry.collection].find((other) => idKey(other.id) === idKey(before.id))?.path;
    if (path === undefined) {
      outcome.deletedHere.push({ id: before.id, path: before.path });
      entries[entry.collection][entry.sourceId] = before;
      continue;
    }
    const merged = mergeEntryText(readFileSync(join(target.root, path), 'utf8'), before, entry.fields, entry.body);
    if (!merged) {
      outcome.unreadable.push(path);
      entries[entry.collection][entry.sourceId] = { ...before, path };
      continue;
    }
    entries[entry.collection][entry.sourceId] = { ...next, path };
    if (merged.keptEdits.length > 0) outcome.keptEdits.push({ id: entry.id, path, fields: merged.keptEdits });
    if (merged.updated.length > 0) {
      writes.set(path, merged.text);
      outcome.updated.push({ path, fields: merged.updated });
    } else {
      outcome.unchanged++;
    }
  }
  for (const collection of ['stories', 'phases', 'epics'] as const) {
    for (const [sourceId, before] of Object.entries(previous?.entries[collection] ?? {})) {
      if (entries[collection][sourceId]) continue;
      if (collection === 'stories') outcome.removedAtSource.push({ id: before.id, path: before.path });
      entries[collection][sourceId] = before;
    }
  }

  const copies: SourceAsset[] = [];
  for (const asset of assets) {
    const to = join(target.root, ...asset.to.split('/'));
    if (!existsSync(to)) copies.push(asset);
    else if (!readFileSync(to).equals(readFileSync(asset.from))) outcome.assets.kept.push(asset.to);
  }

  for (const [path, text] of writes) {
    const file = join(target.root, ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  for (const asset of copies) {
    const to = join(target.root, ...asset.to.split('/'));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(asset.from, to);
    outcome.assets.copied++;
  }
  const record: ImportRecord = { ...target.record, sources: { ...target.record.sources, [source]: { input, entries } } };
  writeFileSync(join(target.root, importRecordFile), recordText(record));
  return outcome;
}

function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * The content folder as it is before an import writes, to put back if what was written does not
 * pass `check`: an import leaves a folder that checks, or the folder as it was.
 */
export function keepContentAsItIs(root: string): { restore(): void; discard(): void } {
  const existed = existsSync(root);
  const copy = existed ? join(mkdtempSync(join(tmpdir(), 'backlog-docs-import-')), 'content') : undefined;
  if (copy) cpSync(root, copy, { recursive: true, verbatimSymlinks: true });
  const discard = () => {
    if (copy) rmSync(dirname(copy), { recursive: true, force: true });
  };
  return {
    restore() {
      rmSync(root, { recursive: true, force: true });
      if (copy) cpSync(copy, root, { recursive: true, verbatimSymlinks: true });
      discard();
    },
    discard,
  };
}
