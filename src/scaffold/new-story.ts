import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { collectionLayout, listContentFiles, type CollectionName } from '../loading/content-files.ts';
import { entryIdOf, idKey } from '../loading/entry-id.ts';
import { readEntrySource } from '../loading/read-entry-source.ts';
import { projectSchema } from '../schemas/project.ts';
import { nextStoryId, storyTemplate } from './story-template.ts';

export interface NewStoryOptions {
  contentDir: string;
  title: string;
  phase?: string;
  epic?: string;
  cwd?: string;
}

export type NewStoryResult = { path: string; id: string } | { problem: string; hint?: string };

/**
 * `npm run new -- story "Title"`: writes `stories/<next id>.md` (in `stories/<epic>/` when that
 * folder exists), never over an existing file. Ids are read from every story file that can be read,
 * so a problem elsewhere in the backlog does not stop anyone from adding a story.
 */
export function scaffoldStory(options: NewStoryOptions): NewStoryResult {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.contentDir);
  if (!existsSync(join(root, 'project.yaml'))) return { problem: `there is no project.yaml in "${options.contentDir}"`, hint: 'pass the folder that holds project.yaml with --content DIR' };
  const projectSource = readEntrySource(join(root, 'project.yaml'), 'yaml');
  const project = 'data' in projectSource ? projectSchema.safeParse(projectSource.data) : undefined;
  if (!project?.success) return { problem: 'project.yaml has problems', hint: 'run npm run check and fix them first' };
  if (!options.title.trim()) return { problem: 'the title is empty', hint: 'npm run new -- story "Log a spraying offline"' };

  const ids = idsByCollection(root);
  const phase = findId(ids.phases, options.phase);
  if (options.phase !== undefined && !phase) return unknown('phase', options.phase, ids.phases);
  const epic = findId(ids.epics, options.epic);
  if (options.epic !== undefined && !epic) return unknown('epic', options.epic, ids.epics);

  const id = nextStoryId(ids.stories, project.data.idPrefix);
  const storiesDir = join(root, collectionLayout.stories.folder);
  const epicDir = epic ? join(storiesDir, epic) : undefined;
  const folder = epicDir && existsSync(epicDir) && statSync(epicDir).isDirectory() ? epicDir : storiesDir;
  const path = join(folder, `${id}.md`);
  const text = storyTemplate({ title: options.title, phase, epic, project: project.data, known: { phases: ids.phases, epics: ids.epics, stakeholders: ids.stakeholders } });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  return { path: relative(cwd, path).split(sep).join('/'), id };
}

function idsByCollection(root: string): Record<CollectionName, string[]> {
  const ids: Record<CollectionName, string[]> = { views: [], phases: [], epics: [], stakeholders: [], stories: [] };
  for (const file of listContentFiles(root).files) {
    const source = readEntrySource(file.path, collectionLayout[file.collection].kind);
    ids[file.collection].push(entryIdOf(file.path, 'data' in source ? source.data.id : undefined));
  }
  return ids;
}

/** The id as written in its file, found ignoring case. */
function findId(ids: string[], wanted: string | undefined): string | undefined {
  return wanted === undefined ? undefined : ids.find((id) => idKey(id) === idKey(wanted));
}

function unknown(collection: string, wanted: string, ids: string[]): NewStoryResult {
  return { problem: `there is no ${collection} "${wanted}"`, hint: ids.length > 0 ? `use one of ${ids.join(', ')}` : `create ${collection}s/<id>.md first` };
}
