import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentFolderMissing, noView, projectFileMissing, projectFileNotAFile } from '../problems/catalogue/content-files.ts';
import { problemAt, sortProblems, type ContentProblem } from '../problems/content-problem.ts';
import { createEntrySchemas, projectSchema, schemaSettingsOf, type SchemaSettings } from '../schemas/index.ts';
import type { Project } from '../model/content.ts';
import { crossCheckBacklog } from '../validation/cross-check.ts';
import type { Backlog, Entry, StoryData } from '../model/backlog.ts';
import { readPublishableImage } from './content-asset.ts';
import { listContentFiles, type CollectionName, type ContentFile } from './content-files.ts';
import { loadEntryFile, validate } from './entry-file.ts';
import { loadEntryFileOnce, type EntryFileMemo } from './entry-file-memo.ts';
import { readEntrySource } from './read-entry-source.ts';

export interface LoadResult {
  /** Present when there is no problem at all. */
  backlog?: Backlog;
  /** Every problem found, in file order. */
  problems: ContentProblem[];
  /**
   * With problems but a valid project.yaml: the entries that did load, so their bodies can be
   * checked too and every problem listed at once. Never built.
   */
  readable?: Backlog;
}

export interface LoadOptions {
  /** Folder that problem paths are relative to. Default: the process's working folder. */
  cwd?: string;
  /** Reads one file; the history passes one that reuses files unchanged between commits. */
  readSource?: typeof readEntrySource;
  /**
   * Each file's outcome at the last load (`dev`'s last pass, or the last check or build's): a file
   * whose bytes did not change is not parsed or validated again. The checks across files always run, over every file.
   */
  cache?: EntryFileMemo;
}

/**
 * Loads a content folder: reads every file strictly, validates it with the collection's schema,
 * runs the cross-checks, and marks every entry with its visibility. `check`, every build and
 * `diff` (for both commits) read content through this, so they can never disagree on what is valid.
 */
export function loadBacklog(contentDir: string, options: LoadOptions = {}): LoadResult {
  const opened = openContentFolder(contentDir, options);
  if ('missing' in opened) return { problems: [...opened.problems] };
  const { root, display, problems, loadedProject, schemas, settingsKey, listed } = opened;
  const project = loadedProject?.project;

  const entries: Record<CollectionName, Entry<any>[]> = { views: [], phases: [], epics: [], stakeholders: [], stories: [] };
  const invalidIds: Record<CollectionName, string[]> = { views: [], phases: [], epics: [], stakeholders: [], stories: [] };
  const salvaged: Entry<StoryData>[] = [];
  for (const file of listed.files) {
    const shown = display(file.path);
    const outcome = options.cache
      ? loadEntryFileOnce(options.cache, file, shown, schemas, settingsKey)
      : loadEntryFile(file, shown, schemas, options.readSource ?? readEntrySource);
    problems.push(...outcome.problems);
    if (outcome.entry) entries[file.collection].push(outcome.entry);
    if (outcome.invalidId !== undefined) invalidIds[file.collection].push(outcome.invalidId);
    if (outcome.salvaged) salvaged.push(outcome.salvaged);
  }

  problems.push(...crossCheckBacklog({ ...entries, stories: [...entries.stories, ...salvaged] }, invalidIds));
  if (entries.views.length === 0 && invalidIds.views.length === 0) {
    problems.push(problemAt({ file: display(join(root, 'views')), field: '' }, noView));
  }
  for (const view of entries.views) {
    const logo = view.data.theme?.logo;
    if (logo === undefined) continue;
    const image = readPublishableImage(resolve(root, logo), root, { kind: 'logo', written: logo });
    if ('refused' in image) problems.push({ file: view.file, ...view.locate(['theme', 'logo']), field: 'theme.logo', ...image.refused });
  }
  if (project === undefined) return { problems: sortProblems(problems) };
  const backlog: Backlog = {
    project,
    projectFile: { file: loadedProject!.file, summaryLine: loadedProject!.summaryLine },
    ...markVisibility(entries, project.defaultVisibility),
  };
  if (problems.length > 0) return { problems: sortProblems(problems), readable: backlog };

  return { backlog, problems: [] };
}

export interface EntryFilesToLoad {
  files: { file: ContentFile; shown: string }[];
  settings: SchemaSettings;
  settingsKey: string;
}

/**
 * What `loadBacklog` reads, before it reads it: each entry file with its name in messages, and
 * the schemas' settings (as JSON, the entry file memo's key), so the files can be read ahead in
 * other threads into the memo (../build/read-ahead.ts). The memo checks each result still holds.
 */
export function entryFilesToLoad(contentDir: string): EntryFilesToLoad | undefined {
  const opened = openContentFolder(contentDir, {});
  if ('missing' in opened) return undefined;
  const { listed, display, settings, settingsKey } = opened;
  return { files: listed.files.map((file) => ({ file, shown: display(file.path) })), settings, settingsKey };
}

/** The content folder opened: its project.yaml read, the schemas made from it, its entry files listed. */
function openContentFolder(contentDir: string, options: LoadOptions) {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, contentDir);
  const display = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
  const problems: ContentProblem[] = [];

  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { missing: true, problems: [problemAt({ file: display(root), field: '' }, contentFolderMissing, {})] } as const;
  }

  const loadedProject = loadProject(join(root, 'project.yaml'), display, problems, options.readSource ?? readEntrySource);
  // With a broken project.yaml, check the other files against the default settings so every problem is listed at once.
  const settings = schemaSettingsOf(loadedProject?.project ?? projectSchema.parse({ name: 'unnamed' }));
  const listed = listContentFiles(root);
  for (const { path, ...problem } of listed.problems) problems.push({ file: display(path), field: '', ...problem });
  return {
    root,
    display,
    problems,
    loadedProject,
    settings,
    schemas: createEntrySchemas(settings),
    settingsKey: JSON.stringify(settings),
    listed,
  };
}

function loadProject(
  path: string,
  display: (path: string) => string,
  problems: ContentProblem[],
  readSource: typeof readEntrySource,
): (Backlog['projectFile'] & { project: Project }) | undefined {
  const file = display(path);
  if (!existsSync(path)) {
    problems.push(problemAt({ file, field: '' }, projectFileMissing));
    return undefined;
  }
  if (!statSync(path).isFile()) {
    problems.push(problemAt({ file, field: '' }, projectFileNotAFile));
    return undefined;
  }
  const source = readSource(path, 'yaml');
  if ('problems' in source) {
    for (const problem of source.problems) problems.push({ file, field: '', ...problem });
    return undefined;
  }
  const project = validate(projectSchema, source, file, problems);
  return project && { project, file, summaryLine: source.locate(['summary']).line };
}

/** What an entry's data says of who may see it and its parts. */
interface Levelled {
  visibility?: string;
  milestones?: { visibility?: string }[];
  feedback?: { visibility?: string }[];
}

/**
 * Fail closed: whatever does not say who may see it gets the project's default (most restricted)
 * level. On copies: the entries of unchanged files are kept for the next load in `dev`.
 */
function markVisibility(entries: Record<CollectionName, Entry<any>[]>, defaultLevel: string): Record<CollectionName, Entry<any>[]> {
  const marked = <T extends { visibility?: string }>(item: T) => ({ ...item, visibility: item.visibility ?? defaultLevel });
  const markEntry = (entry: Entry<Levelled>) => {
    const { milestones, feedback } = entry.data;
    return {
      ...entry,
      data: {
        ...marked(entry.data),
        ...(milestones && { milestones: milestones.map(marked) }),
        ...(feedback && { feedback: feedback.map(marked) }),
      },
    };
  };
  return {
    views: entries.views,
    phases: entries.phases.map(markEntry),
    epics: entries.epics.map(markEntry),
    stakeholders: entries.stakeholders.map(markEntry),
    stories: entries.stories.map(markEntry),
  };
}
