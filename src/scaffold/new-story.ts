import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionLayout } from '../loading/content-files.ts';
import { displayPath, findEntry, idsOf, readContentContext, type KnownEntry, type ScaffoldProblem } from './content-context.ts';
import { nextStoryId, storyTemplate } from './story-template.ts';
import { writeNewFile } from './write-new-file.ts';

export interface NewStoryOptions {
  contentDir: string;
  title: string;
  phase?: string;
  epic?: string;
  cwd?: string;
}

export type NewStoryResult = { path: string; id: string } | ScaffoldProblem;

/**
 * `backlog-docs new story "Title"`: writes `stories/<next id>.md` (in `stories/<epic>/` when that
 * folder exists), never over an existing file.
 */
export function scaffoldStory(options: NewStoryOptions): NewStoryResult {
  const cwd = options.cwd ?? process.cwd();
  const context = readContentContext(options.contentDir, cwd);
  if ('problem' in context) return context;
  if (!options.title.trim()) return { problem: 'the title is empty', hint: 'backlog-docs new story "Log a spraying offline"' };

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

function unknown(collection: string, wanted: string, entries: KnownEntry[]): ScaffoldProblem {
  return { problem: `there is no ${collection} "${wanted}"`, hint: entries.length > 0 ? `use one of ${idsOf(entries).join(', ')}` : `create one first: backlog-docs new ${collection} "Title"` };
}
