import { idKey } from '../model/ids.ts';
import type { Priority, Project, WorkflowCategory } from '../model/content.ts';
import { nextStoryId } from '../scaffold/story-template.ts';
import { slugIdOf } from '../scaffold/slug-id.ts';
import { importedBody } from './imported-body.ts';
import type { ImportedCollection, SourceRecord } from './import-record.ts';
import {
  inWorkflow,
  mapPriority,
  mapStatus,
  priorityOfLabels,
  visibilityOf,
  type MappedBy,
  type Mapping,
  type VisibilityRule,
} from './mappings.ts';
import type { SourceBacklog, SourceItem, SourceName, SourcePhase } from './source-backlog.ts';

export interface ImportOptions {
  statuses: Mapping[];
  priorities: Mapping[];
  visibility: VisibilityRule[];
  includeArchived: boolean;
}

/** An entry of the content folder already there: its id, file and, for a phase, its order. */
export interface ExistingEntry {
  id: string;
  /** Relative to the content folder, forward slashes. */
  path: string;
  order?: number;
}

export interface MappingContext {
  project: Pick<Project, 'workflow' | 'visibilityLevels' | 'defaultVisibility' | 'idPrefix'>;
  existing: Record<ImportedCollection, ExistingEntry[]>;
  /** What the last import from this source wrote, for stable ids, paths and phase orders. */
  previous?: SourceRecord;
  options: ImportOptions;
}

/** One file to write: its frontmatter fields in the order written, and its body. */
export interface PlannedEntry {
  collection: ImportedCollection;
  sourceId: string;
  id: string;
  path: string;
  fields: Record<string, unknown>;
  body: string;
}

export interface MappedValue {
  from: string;
  to: string;
  by: MappedBy;
  count: number;
}

/** Everything the summary tells: what was mapped how, and what was left out and why. */
export interface ImportReport {
  source: SourceName;
  stories: number;
  phases: { id: string; title: string; kind: string; stories: number; joined: boolean }[];
  epics: { id: string; title: string; stories: number; joined: boolean }[];
  statuses: MappedValue[];
  priorities: MappedValue[];
  /** The level everything gets unless a rule opened it; `explicit` when it is written in each file. */
  level: { name: string; explicit: boolean };
  opened: { id: string; level: string; rule: string }[];
  renamed: { sourceId: string; id: string; why: string }[];
  leftOut: { id: string; title: string; why: string }[];
  references: { from: string; to: string; why: string }[];
  leftOutFields: { field: string; count: number }[];
  notes: { id: string; note: string }[];
}

export interface ImportPlan {
  entries: PlannedEntry[];
  report: ImportReport;
}

/**
 * The content an import writes, from the source's backlog and the project it joins: pure, so
 * every mapping rule is tested on plain data. Fail closed: an item gets a level below the most
 * restricted only when a `--visibility` rule names it.
 */
export function mapBacklog(source: SourceBacklog, context: MappingContext): ImportPlan {
  const { project, existing, previous, options } = context;
  const levels = project.visibilityLevels;
  const restricted = levels[levels.length - 1];
  const explicitLevel = project.defaultVisibility !== restricted;
  const report: ImportReport = {
    source: source.source,
    stories: 0,
    phases: [],
    epics: [],
    statuses: [],
    priorities: [],
    level: { name: restricted, explicit: explicitLevel },
    opened: [],
    renamed: [],
    leftOut: [],
    references: [],
    leftOutFields: [],
    notes: [],
  };
  const levelFields = (id: string, fields: Record<string, string[]>) => {
    const opened = visibilityOf(fields, options.visibility, levels);
    if (opened) report.opened.push({ id, level: opened.level, rule: opened.rule.written });
    const level = opened?.level ?? (explicitLevel ? restricted : undefined);
    return level === undefined ? {} : { visibility: level };
  };
  const assets = new Set(source.assets.map((asset) => asset.to));
  const bodyOf = (id: string, markdown: string) => {
    const body = importedBody(markdown, assets);
    for (const note of body.notes) report.notes.push({ id, note });
    return body.markdown;
  };

  // Which items come in: archived tasks only when asked, and never without a word.
  const archived = new Map<string, SourceItem>();
  const items = source.items.filter((item) => {
    if (item.place !== 'archived' || options.includeArchived) return true;
    archived.set(idKey(item.sourceId), item);
    report.leftOut.push({
      id: item.id || item.sourceId,
      title: item.title,
      why: 'archived (--include-archived brings archived tasks in, as dropped)',
    });
    return false;
  });

  // Ids: the one given last time, else the source's when valid and free, else the next free one.
  const takenStories = new Set(existing.stories.map((entry) => idKey(entry.id)));
  const previousStories = previous?.entries.stories ?? {};
  for (const entry of Object.values(previousStories)) takenStories.delete(idKey(entry.id));
  const storyIds = new Map<string, string>();
  const idOfItem = new Map<SourceItem, string>();
  const used = new Set<string>();
  for (const item of items) {
    const kept = previousStories[item.sourceId]?.id;
    let id = kept ?? item.id;
    if (!kept && (id === '' || used.has(idKey(id)))) {
      id = nextStoryId([...used, ...takenStories], project.idPrefix);
      report.renamed.push({ sourceId: item.sourceId, id, why: item.id === '' ? 'not a valid id' : 'the id of another item' });
    }
    used.add(idKey(id));
    idOfItem.set(item, id);
    // References name the first item with that source id.
    if (!storyIds.has(idKey(item.sourceId))) storyIds.set(idKey(item.sourceId), id);
  }

  // Phases: one per milestone, sprint or fix version, joining a phase of the same id already there.
  const phaseIdOf = new Map<string, string>();
  const phaseEntries: PlannedEntry[] = [];
  const sourcePhases = [...source.phases];
  for (const item of items) {
    if (item.phase && !sourcePhases.some((phase) => matchesPhase(phase, item.phase!))) {
      sourcePhases.push({ name: item.phase, aliases: [], title: item.phase, body: '', kind: source.phases[0]?.kind ?? 'milestone' });
    }
  }
  const previousPhases = previous?.entries.phases ?? {};
  const recordedPhaseIds = new Set(Object.values(previousPhases).map((entry) => idKey(entry.id)));
  const foreignPhases = existing.phases.filter((entry) => !recordedPhaseIds.has(idKey(entry.id)));
  let nextOrder = Math.max(0, ...existing.phases.map((entry) => entry.order ?? 0)) + 1;
  const phaseIds = new Set<string>();
  for (const phase of sourcePhases) {
    const recorded = previousPhases[phase.name];
    const slug = recorded?.id ?? uniqueSlug(slugIdOf(phase.title) || slugIdOf(phase.name) || 'phase', phaseIds);
    phaseIds.add(slug);
    for (const name of [phase.name, ...phase.aliases]) phaseIdOf.set(name.toLowerCase(), slug);
    const joined = !recorded && foreignPhases.some((entry) => idKey(entry.id) === idKey(slug));
    const stories = items.filter((item) => item.phase !== undefined && matchesPhase(phase, item.phase));
    report.phases.push({ id: slug, title: phase.title, kind: phase.kind, stories: stories.length, joined });
    if (joined) continue;
    const order = existing.phases.find((entry) => idKey(entry.id) === idKey(slug))?.order ?? nextOrder++;
    const status = phaseStatusOf(stories.map((item) => categoryOf(statusOfItem(item, source, context).to, project)));
    phaseEntries.push({
      collection: 'phases',
      sourceId: phase.name,
      id: slug,
      path: recorded?.path ?? `phases/${slug}.md`,
      fields: {
        title: phase.title,
        order,
        ...(phase.end ? { end: phase.end } : {}),
        ...(status === 'planned' ? {} : { status }),
        ...(explicitLevel ? { visibility: restricted } : {}),
      },
      body: bodyOf(slug, phase.body),
    });
  }

  // Epics: Jira's, joining an epic of the same id already there.
  const epicIdOf = new Map<string, string>();
  const epicEntries: PlannedEntry[] = [];
  const previousEpics = previous?.entries.epics ?? {};
  const recordedEpicIds = new Set(Object.values(previousEpics).map((entry) => idKey(entry.id)));
  for (const epic of source.epics) {
    const id = previousEpics[epic.sourceId]?.id ?? (epic.id || uniqueSlug(slugIdOf(epic.title) || 'epic', new Set(epicIdOf.values())));
    epicIdOf.set(idKey(epic.sourceId), id);
    const joined =
      !previousEpics[epic.sourceId] &&
      existing.epics.some((entry) => !recordedEpicIds.has(idKey(entry.id)) && idKey(entry.id) === idKey(id));
    const stories = items.filter((item) => item.epic !== undefined && idKey(item.epic) === idKey(epic.sourceId)).length;
    report.epics.push({ id, title: epic.title, stories, joined });
    if (joined) continue;
    epicEntries.push({
      collection: 'epics',
      sourceId: epic.sourceId,
      id,
      path: previousEpics[epic.sourceId]?.path ?? `epics/${id}.md`,
      fields: { title: epic.title, ...levelFields(id, epic.fields) },
      body: bodyOf(id, epic.body),
    });
  }
  const existingEpics = new Map(existing.epics.map((entry) => [idKey(entry.id), entry.id]));

  // Stories.
  const dependencies = new Map<string, string[]>();
  const statusCounts = new Map<string, MappedValue>();
  const priorityCounts = new Map<string, MappedValue>();
  const count = (table: Map<string, MappedValue>, from: string, to: string, by: MappedBy) => {
    const key = `${from}\u0000${to}`;
    const entry = table.get(key) ?? { from, to, by, count: 0 };
    entry.count++;
    table.set(key, entry);
  };
  const leftOutFields = new Map<string, number>();
  const storyEntries: PlannedEntry[] = items.map((item) => {
    const id = idOfItem.get(item)!;
    const status = statusOfItem(item, source, context);
    count(statusCounts, status.from, status.to, status.by);
    const priority = priorityOfItem(item, source.source, options.priorities);
    count(priorityCounts, priority.from, priority.to, priority.by);
    for (const field of item.leftOut) leftOutFields.set(field, (leftOutFields.get(field) ?? 0) + 1);
    for (const note of item.notes) report.notes.push({ id, note });

    const phase = item.phase === undefined ? undefined : phaseIdOf.get(item.phase.toLowerCase());
    let epic: string | undefined;
    if (item.epic !== undefined) {
      epic = epicIdOf.get(idKey(item.epic)) ?? existingEpics.get(idKey(item.epic));
      if (epic === undefined) report.references.push({ from: id, to: item.epic, why: 'epic not in the source: left out' });
    }
    const wanted = [...new Set(item.dependsOn)];
    dependencies.set(
      id,
      wanted.flatMap((sourceId) => {
        const target = storyIds.get(idKey(sourceId));
        if (target !== undefined) return [target];
        report.references.push({ from: id, to: sourceId, why: whyNotImported(sourceId, archived) });
        return [];
      }),
    );
    const estimate = {
      ...(item.points === undefined ? {} : { points: item.points }),
      ...(item.personDays === undefined ? {} : { personDays: item.personDays }),
    };
    const tags = [...new Set(item.tags.map((tag) => tag.trim()).filter((tag) => tag !== '' && tag !== priority.label))];
    let updated = item.updated;
    if (updated !== undefined && item.created !== undefined && updated < item.created) {
      report.notes.push({ id, note: `updated ${updated} is before created ${item.created}: left out` });
      updated = undefined;
    }
    const title = item.title.trim() || `Untitled ${item.sourceId}`;
    if (!item.title.trim()) report.notes.push({ id, note: 'no title at the source: titled "Untitled"' });
    return {
      collection: 'stories',
      sourceId: item.sourceId,
      id,
      path: previousStories[item.sourceId]?.path ?? `stories/${id}.md`,
      fields: compact({
        title,
        status: status.to,
        priority: priority.to,
        rank: item.rank,
        phase,
        epic,
        estimate: Object.keys(estimate).length > 0 ? estimate : undefined,
        acceptance: item.acceptance.length > 0 ? item.acceptance.map(({ text, done }) => (done ? { text, done } : text)) : undefined,
        owner: item.owner,
        tags: tags.length > 0 ? tags : undefined,
        ...levelFields(id, item.fields),
        created: item.created,
        updated,
        links: item.links.length > 0 ? item.links.filter((link) => URL.canParse(link.url)) : undefined,
      }),
      body: bodyOf(id, item.body),
    };
  });

  // A parent waits for its sub-tasks: it depends on them, and they share its epic.
  const entryOf = new Map(storyEntries.map((entry) => [entry.id, entry]));
  for (const item of items) {
    if (item.parent === undefined) continue;
    const child = idOfItem.get(item)!;
    const parent = storyIds.get(idKey(item.parent));
    if (parent === undefined) {
      report.references.push({ from: child, to: item.parent, why: `parent ${whyNotImported(item.parent, archived)}` });
      continue;
    }
    dependencies.get(parent)!.push(child);
    const epic = entryOf.get(parent)!.fields.epic;
    const childEntry = entryOf.get(child)!;
    if (epic !== undefined && childEntry.fields.epic === undefined) childEntry.fields = insertAfter(childEntry.fields, 'phase', { epic });
  }
  for (const entry of storyEntries) {
    const kept = keepAcyclic(entry.id, dependencies, report);
    if (kept.length > 0) entry.fields = insertAfter(entry.fields, 'epic', { dependsOn: kept });
  }

  report.stories = storyEntries.length;
  report.statuses = [...statusCounts.values()];
  report.priorities = [...priorityCounts.values()];
  report.leftOutFields = [...leftOutFields].map(([field, count]) => ({ field, count })).sort((a, b) => b.count - a.count);
  return { entries: [...phaseEntries, ...epicEntries, ...storyEntries], report };
}

function statusOfItem(
  item: SourceItem,
  source: SourceBacklog,
  { project, options }: MappingContext,
): { from: string; to: string; by: MappedBy } {
  const { workflow } = project;
  const byPlace = { done: 'done', draft: 'draft', archived: 'dropped' } as const;
  if (item.place) {
    const folder = { done: 'completed/', draft: 'drafts/', archived: 'archive/' }[item.place];
    return { from: `(in ${folder})`, to: inWorkflow(byPlace[item.place], workflow), by: 'name' };
  }
  const from = item.status || '(none)';
  return { from, ...mapStatus(item.status, workflow, options.statuses, source.statusHints[item.status]) };
}

function priorityOfItem(
  item: SourceItem,
  source: SourceName,
  mappings: readonly Mapping[],
): { from: string; to: Priority; by: MappedBy; label?: string } {
  if (source === 'github') {
    const found = priorityOfLabels(item.tags, mappings);
    return found
      ? { from: found.label, to: found.to, by: 'option', label: found.label }
      : { from: '(no priority label)', to: 'should', by: 'none given' };
  }
  return { from: item.priority ?? '(none)', ...mapPriority(item.priority, mappings) };
}

function categoryOf(status: string, project: MappingContext['project']): WorkflowCategory {
  return project.workflow.find((entry) => entry.id === status)?.category ?? 'planned';
}

/** A phase is done when all its stories are over, active once one has started. */
function phaseStatusOf(categories: WorkflowCategory[]): 'planned' | 'active' | 'done' {
  if (categories.length > 0 && categories.every((category) => category === 'done' || category === 'dropped')) return 'done';
  return categories.some((category) => category === 'active' || category === 'done') ? 'active' : 'planned';
}

function matchesPhase(phase: SourcePhase, name: string): boolean {
  return [phase.name, ...phase.aliases].some((candidate) => candidate.toLowerCase() === name.toLowerCase());
}

function whyNotImported(sourceId: string, archived: ReadonlyMap<string, SourceItem>): string {
  return archived.has(idKey(sourceId)) ? 'archived, not imported: dependency left out' : 'not in the source: dependency left out';
}

/** The dependencies of `id` that close no cycle with those kept so far; the others are reported. */
function keepAcyclic(id: string, dependencies: Map<string, string[]>, report: ImportReport): string[] {
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean => {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return (dependencies.get(from) ?? []).some((next) => reaches(next, target, seen));
  };
  const kept: string[] = [];
  const wanted = [...new Set(dependencies.get(id) ?? [])];
  dependencies.set(id, kept);
  for (const target of wanted) {
    if (reaches(target, id)) report.references.push({ from: id, to: target, why: 'would close a cycle of dependencies: left out' });
    else kept.push(target);
  }
  return kept;
}

function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  let candidate = slug;
  for (let index = 2; taken.has(candidate); index++) candidate = `${slug}-${index}`;
  return candidate;
}

function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** The fields with `added` placed after `key` (or where the story fields put it), keeping the written order. */
function insertAfter(fields: Record<string, unknown>, key: string, added: Record<string, unknown>): Record<string, unknown> {
  const order = ['title', 'status', 'priority', 'rank', 'phase', key];
  const entries = Object.entries(fields);
  const at = entries.findLastIndex(([name]) => order.includes(name)) + 1;
  return Object.fromEntries([...entries.slice(0, at), ...Object.entries(added), ...entries.slice(at)]);
}
