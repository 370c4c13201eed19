import { join } from 'node:path';
import { collectionLayout, type CollectionName } from '../loading/content-files.ts';
import { emptyTitle, idTaken, titleGivesNoId } from '../problems/catalogue/refusals.ts';
import { refusalOf } from '../problems/refusal.ts';
import { displayPath, findEntry, idsOf, readContentContext, type ContentContext, type ScaffoldRefusal } from './content-context.ts';
import { epicTemplate } from './epic-template.ts';
import { phaseTemplate } from './phase-template.ts';
import { slugIdOf } from './slug-id.ts';
import { stakeholderTemplate } from './stakeholder-template.ts';
import { viewTemplate } from './view-template.ts';
import { writeNewFile } from './write-new-file.ts';

/** The kinds named by their title: `new phase "Field trials"` writes `phases/field-trials.md`. */
const entryKinds = {
  phase: {
    collection: 'phases',
    extension: '.md',
    template: (title, { project, entries }) => phaseTemplate({ title, order: nextPhaseOrder(entries.phases), project }),
  },
  epic: {
    collection: 'epics',
    extension: '.md',
    template: (title, { project, entries }) => epicTemplate({ title, project, phases: idsOf(entries.phases) }),
  },
  stakeholder: { collection: 'stakeholders', extension: '.yaml', template: (name, { project }) => stakeholderTemplate({ name, project }) },
  view: {
    collection: 'views',
    extension: '.yaml',
    template: (title, { project, entries }) => viewTemplate({ title, project, stakeholders: idsOf(entries.stakeholders) }),
  },
} satisfies Record<string, { collection: CollectionName; extension: string; template: (title: string, context: ContentContext) => string }>;

export type EntryKind = keyof typeof entryKinds;
export const entryKindNames = Object.keys(entryKinds) as EntryKind[];

export interface NewEntryOptions {
  kind: EntryKind;
  contentDir: string;
  title: string;
  cwd: string;
}

/**
 * `backlog-docs new phase|epic|stakeholder|view "Title"`: writes `<collection>/<slug of the
 * title>`, refusing an id that is taken (ignoring case, as ids are compared) and any existing file.
 */
export function scaffoldEntry({ kind, contentDir, title, cwd }: NewEntryOptions): { path: string; id: string } | ScaffoldRefusal {
  const context = readContentContext(contentDir, cwd);
  if ('refused' in context) return context;
  if (!title.trim()) return { refused: refusalOf(emptyTitle, { kind, example: 'Field trials' }) };
  const id = slugIdOf(title);
  if (!id) return { refused: refusalOf(titleGivesNoId, { title }) };

  const { collection, extension, template } = entryKinds[kind];
  const taken = findEntry(context.entries[collection], id);
  if (taken) return { refused: refusalOf(idTaken, { kind, id: taken.id, path: displayPath(taken.path, cwd) }) };

  const path = join(context.root, collectionLayout[collection].folder, `${id}${extension}`);
  const problem = writeNewFile(path, template(title, context), displayPath(path, cwd));
  return problem ?? { path: displayPath(path, cwd), id };
}

/** One more than the highest whole `order` in use; 1 for the first phase. */
function nextPhaseOrder(phases: ContentContext['entries']['phases']): number {
  const orders = phases.map((phase) => phase.data?.order).filter((order): order is number => Number.isInteger(order));
  return Math.max(0, ...orders) + 1;
}
