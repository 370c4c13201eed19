import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { inputNotFound, notABacklogMdFolder, unreadableTaskFile } from '../problems/catalogue/refusals.ts';
import { refusalOf } from '../problems/refusal.ts';
import { readBacklogMdMilestone, readBacklogMdTask } from './backlog-md-task.ts';
import { parseStrictYaml } from '../loading/strict-yaml.ts';
import { naturalOrder } from './natural-order.ts';
import type { SourceAsset, SourceBacklog, SourceItem, SourcePhase, UnreadableInput } from './source-backlog.ts';

/** Where each kind of task lives in a Backlog.md folder, and what that place says about it. */
const taskFolders: { folder: string; place?: SourceItem['place'] }[] = [
  { folder: 'tasks' },
  { folder: 'completed', place: 'done' },
  { folder: 'drafts', place: 'draft' },
  { folder: 'archive/tasks', place: 'archived' },
  { folder: 'archive/drafts', place: 'archived' },
];

/**
 * A Backlog.md folder (`backlog/`, or the folder that holds it): its tasks wherever they are
 * (archived ones are marked, for the mapping to leave out), milestones, the statuses of its
 * config.yml and the images of `assets/`. `shown` is how the input is named in messages.
 */
export function readBacklogMdFolder(input: string, shown: string): SourceBacklog | UnreadableInput {
  if (!existsSync(input)) return { unreadable: refusalOf(inputNotFound, { file: shown, reason: 'there is no such folder' }) };
  const root = [join(input, 'backlog'), input].find((folder) => isFolder(folder) && isBacklogMd(folder));
  if (root === undefined) {
    return { unreadable: refusalOf(notABacklogMdFolder, { file: shown, reason: 'no backlog/ folder with tasks/ or config.yml here' }) };
  }
  const shownPath = (path: string) => [shown, relative(input, path).split(sep).join('/')].filter(Boolean).join('/');

  let config: Record<string, unknown> = {};
  const configPath = join(root, 'config.yml');
  if (existsSync(configPath)) {
    const parsed = parseStrictYaml(readFileSync(configPath, 'utf8'));
    if ('errors' in parsed) {
      const [first] = parsed.errors;
      return { unreadable: refusalOf(unreadableTaskFile, { file: shownPath(configPath), line: first.line, reason: first.message }) };
    }
    if (typeof parsed.data === 'object' && parsed.data !== null) config = parsed.data as Record<string, unknown>;
  }

  const items: SourceItem[] = [];
  for (const { folder, place } of taskFolders) {
    for (const path of markdownFiles(join(root, folder))) {
      const item = readBacklogMdTask(readFileSync(path, 'utf8'), shownPath(path), basename(path));
      if ('unreadable' in item) return item;
      items.push(place ? { ...item, place } : item);
    }
  }
  const phases: SourcePhase[] = [];
  for (const path of [...markdownFiles(join(root, 'milestones')), ...markdownFiles(join(root, 'archive', 'milestones'))]) {
    const phase = readBacklogMdMilestone(readFileSync(path, 'utf8'), shownPath(path), basename(path));
    if ('unreadable' in phase) return phase;
    phases.push(phase);
  }
  const statuses = Array.isArray(config.statuses) ? config.statuses.filter((status): status is string => typeof status === 'string') : [];
  const prefix = typeof config.task_prefix === 'string' ? config.task_prefix : 'task';
  return {
    source: 'backlog-md',
    projectName: typeof config.project_name === 'string' ? config.project_name : undefined,
    idPrefix: prefix.toUpperCase(),
    statuses: [...new Set([...statuses, ...items.map((item) => item.status).filter(Boolean)])],
    statusHints: {},
    items,
    phases: phases.sort((a, b) => naturalOrder(a.name, b.name)),
    epics: [],
    assets: assetsOf(join(root, 'assets')),
    leftOut: [],
  };
}

function isBacklogMd(folder: string): boolean {
  return isFolder(join(folder, 'tasks')) || existsSync(join(folder, 'config.yml'));
}

/** The `.md` files of a folder and its sub-folders, sorted, so an import is the same every time. */
function markdownFiles(folder: string): string[] {
  if (!isFolder(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every file under `assets/` but Backlog.md's own `.temp/` uploads, to `assets/` of the content folder. */
function assetsOf(folder: string): SourceAsset[] {
  if (!isFolder(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort()
    .map((path) => ({ from: join(folder, ...path.split('/')), to: `assets/${path}` }));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
