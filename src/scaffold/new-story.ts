import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionLayout } from '../loading/content-files.ts';
import { emptyTitle, noSuchEntry } from '../problems/catalogue/refusals.ts';
import { refusalOf } from '../problems/refusal.ts';
import { displayPath, findEntry, idsOf, readContentContext, type KnownEntry, type ScaffoldRefusal } from './content-context.ts';
import { nextStoryId, storyTemplate } from './story-template.ts';
import { writeNewFile } from './write-new-file.ts';

export interface NewStoryOptions {
  contentDir: string;
  title: string;
  phase?: string;
  epic?: string;
  cwd?: string;
}

export type NewStoryResult = { path: string; id: string } | ScaffoldRefusal;

/**
 * `backlog-docs new story "Title"`: writes `stories/<next id>.md` (in `stories/<epic>/` when that
 * folder exists), never over an existing file.
 */
export function scaffoldStory(options: NewStoryOptions): NewStoryResult {
  const cwd = options.cwd ?? process.cwd();
  const context = readContentContext(options.contentDir, cwd);
  if ('refused' in context) return context;
  if (!options.title.trim()) return { refused: refusalOf(emptyTitle, { kind: 'story', example: 'Log a spraying offline' }) };

  const { root, project, entries } = context;
  const phase = options.phase === undefined ? undefined : findEntry(entries.phases, options.phase)?.id;
  if (options.phase !== undefined && !phase) return unknown('phase', options.phase, entries.phases);
  const epic = options.epic === undefined ? undefined : findEntry(entries.epics, options.epic)?.id;
  if (options.epic !== undefined && !epic) return unknown('epic', options.epic, entries.epics);

  const id = nextStoryId(idsOf(entries.stories), project.idPrefix);
  const storiesDir = join(root, collectionLayout.stories.folder);
  const epicDir = epic ? join(storiesDir, epic) : undefined;
  const folder = epicDir && existsSync(epicDir) && statSync(epicDir).isDirectory() ? epicDir : storiesDir;
  const path = join(folder, `${id}.md`);
  const known = { phases: idsOf(entries.phases), epics: idsOf(entries.epics), stakeholders: idsOf(entries.stakeholders) };
  const problem = writeNewFile(path, storyTemplate({ title: options.title, phase, epic, project, known }), displayPath(path, cwd));
  return problem ?? { path: displayPath(path, cwd), id };
}

function unknown(collection: string, wanted: string, entries: KnownEntry[]): ScaffoldRefusal {
  return { refused: refusalOf(noSuchEntry, { kind: collection, id: wanted, known: idsOf(entries) }) };
}
