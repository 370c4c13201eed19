import { idKey } from '../model/ids.ts';
import type { StoryView, ViewData } from '../model/view-data.ts';
import { dropUndefined } from '../projection/plain-data.ts';
import type { BacklogDiff, EpicFieldChange, ItemChange, ItemRef, StakeholderFieldChange, StoryChange, StoryRef } from './backlog-diff.ts';
import { diffBudgets, diffTotals, phaseChanges } from './phase-changes.ts';
import { storyChanges } from './story-changes.ts';

/** The parts of a projection that a comparison reads. */
export type Comparable = Pick<ViewData, 'stories' | 'phases' | 'epics' | 'stakeholders'>;

/** The side of a comparison where there was no backlog yet. */
export const emptyBacklog: Comparable = { stories: [], phases: [], epics: [], stakeholders: [] };

/**
 * Facts of the full diff that its projections do not give: story files (to tell moves), and each
 * item's visibility level, keyed by `itemKey` (levels are only on the team's projection, for its
 * badges, and a comparison reads them from here whatever it projects).
 */
export interface SideSources {
  files: Map<string, string>;
  levels: Map<string, string>;
}

export function itemKey(kind: 'story' | 'phase' | 'epic' | 'stakeholder', id: string): string {
  return `${kind}:${idKey(id)}`;
}

/**
 * The item-by-item difference of two projections of a backlog. Items are matched by id (ignoring
 * case, as ids are compared everywhere); a story that disappears under one id and appears under
 * another with the same file (full diff) or the same title is a rename.
 */
export function diffProjections(
  base: Comparable,
  head: Comparable,
  sources?: { base: SideSources; head: SideSources },
): Omit<BacklogDiff, 'roadmap' | 'views'> {
  const phaseRef = (side: Comparable, id: string | undefined): ItemRef | undefined => {
    if (id === undefined) return undefined;
    const phase = side.phases.find((candidate) => candidate.id === id);
    return { id, title: phase?.title ?? id };
  };
  const epicRef = (side: Comparable, id: string | undefined): ItemRef | undefined => {
    if (id === undefined) return undefined;
    return { id, title: side.epics.find((candidate) => candidate.id === id)?.title ?? id };
  };
  // A stakeholder by its name after the change, or before it when it is gone.
  const stakeholderRef = (id: string): ItemRef => ({
    id,
    title: [...head.stakeholders, ...base.stakeholders].find((candidate) => candidate.id === id)?.name ?? id,
  });
  const storyRef = (side: Comparable, story: StoryView): StoryRef =>
    dropUndefined({ id: story.id, title: story.title, status: story.status, priority: story.priority, phase: phaseRef(side, story.phase) });
  const level = (side: 'base' | 'head', key: string) => sources?.[side].levels.get(key);

  const { pairs, added, removed } = matchStories(base.stories, head.stories, sources);
  const changed: StoryChange[] = [];
  for (const [before, after] of pairs) {
    const changes = storyChanges(before, after, {
      phase: [phaseRef(base, before.phase), phaseRef(head, after.phase)],
      epic: [epicRef(base, before.epic), epicRef(head, after.epic)],
    });
    const visibility = [level('base', itemKey('story', before.id)), level('head', itemKey('story', after.id))];
    if (visibility[0] !== visibility[1]) changes.push({ field: 'visibility', from: visibility[0], to: visibility[1] });
    const files = [sources?.base.files.get(itemKey('story', before.id)), sources?.head.files.get(itemKey('story', after.id))];
    const story: StoryChange = { id: after.id, title: after.title, changes };
    if (before.id !== after.id) story.renamedFrom = before.id;
    if (files[0] !== undefined && files[1] !== undefined && files[0] !== files[1]) story.moved = { from: files[0], to: files[1] };
    if (changes.length > 0 || story.renamedFrom || story.moved) changed.push(story);
  }

  const phases = diffItems(
    base.phases,
    head.phases,
    (phase) => phase.title,
    (before, after) => [
      ...phaseChanges(before, after, stakeholderRef),
      ...levelChange(level('base', itemKey('phase', before.id)), level('head', itemKey('phase', after.id))),
    ],
  );
  const epics = diffItems(
    base.epics,
    head.epics,
    (epic) => epic.title,
    (before, after) => {
      const changes: EpicFieldChange[] = [];
      if (before.title !== after.title) changes.push({ field: 'title', from: before.title, to: after.title });
      if (before.phase !== after.phase)
        changes.push(dropUndefined({ field: 'phase' as const, from: phaseRef(base, before.phase), to: phaseRef(head, after.phase) }));
      if (before.html !== after.html) changes.push({ field: 'text' });
      changes.push(...levelChange(level('base', itemKey('epic', before.id)), level('head', itemKey('epic', after.id))));
      return changes;
    },
  );
  const stakeholders = diffItems(
    base.stakeholders,
    head.stakeholders,
    (stakeholder) => stakeholder.name,
    (before, after) => {
      const changes: StakeholderFieldChange[] = [];
      for (const field of ['name', 'kind', 'description'] as const) {
        if (before[field] !== after[field]) changes.push(dropUndefined({ field, from: before[field], to: after[field] }));
      }
      changes.push(...levelChange(level('base', itemKey('stakeholder', before.id)), level('head', itemKey('stakeholder', after.id))));
      return changes;
    },
  );

  return {
    stories: { added: added.map((story) => storyRef(head, story)), removed: removed.map((story) => storyRef(base, story)), changed },
    phases: {
      added: phases.added.map((phase) => dropUndefined({ id: phase.id, title: phase.title, start: phase.start, end: phase.end })),
      removed: phases.removed.map((phase) => dropUndefined({ id: phase.id, title: phase.title, start: phase.start, end: phase.end })),
      changed: phases.changed,
    },
    epics: { added: epics.added.map(refOf), removed: epics.removed.map(refOf), changed: epics.changed },
    stakeholders: {
      added: stakeholders.added.map((item) => ({ id: item.id, title: item.name })),
      removed: stakeholders.removed.map((item) => ({ id: item.id, title: item.name })),
      changed: stakeholders.changed,
    },
    totals: diffTotals(base, head),
    budgets: diffBudgets(base, head),
  };
}

/**
 * The stories of two projections paired up: by id (ignoring case), then a story gone under one id
 * and new under another with the same file (full diff) or the same unique title, as a rename.
 */
export function matchStories(base: StoryView[], head: StoryView[], sources?: { base: SideSources; head: SideSources }) {
  const baseByKey = new Map(base.map((story) => [idKey(story.id), story]));
  const pairs: [StoryView, StoryView][] = [];
  const unmatchedHead: StoryView[] = [];
  for (const story of head) {
    const before = baseByKey.get(idKey(story.id));
    if (before) {
      pairs.push([before, story]);
      baseByKey.delete(idKey(story.id));
    } else {
      unmatchedHead.push(story);
    }
  }
  const unmatchedBase = [...baseByKey.values()];
  const fileOf = (side: 'base' | 'head', story: StoryView) => sources?.[side].files.get(itemKey('story', story.id));
  const unique = <T>(list: T[]) => (list.length === 1 ? list[0] : undefined);
  const added: StoryView[] = [];
  for (const story of unmatchedHead) {
    const file = fileOf('head', story);
    const before =
      (file !== undefined ? unmatchedBase.find((candidate) => fileOf('base', candidate) === file) : undefined) ??
      (unique(unmatchedHead.filter((other) => other.title === story.title)) &&
        unique(unmatchedBase.filter((candidate) => candidate.title === story.title)));
    if (before) {
      pairs.push([before, story]);
      unmatchedBase.splice(unmatchedBase.indexOf(before), 1);
    } else {
      added.push(story);
    }
  }
  return { pairs, added, removed: unmatchedBase };
}

function diffItems<T extends { id: string }, C>(
  base: T[],
  head: T[],
  titleOf: (item: T) => string,
  changesOf: (before: T, after: T) => C[],
) {
  const baseByKey = new Map(base.map((item) => [idKey(item.id), item]));
  const headKeys = new Set(head.map((item) => idKey(item.id)));
  const changed: ItemChange<C>[] = [];
  for (const after of head) {
    const before = baseByKey.get(idKey(after.id));
    if (!before) continue;
    const changes = changesOf(before, after);
    if (changes.length > 0) changed.push({ id: after.id, title: titleOf(after), changes });
  }
  return {
    added: head.filter((item) => !baseByKey.has(idKey(item.id))),
    removed: base.filter((item) => !headKeys.has(idKey(item.id))),
    changed,
  };
}

function levelChange(from: string | undefined, to: string | undefined): { field: 'visibility'; from?: string; to?: string }[] {
  return from !== to ? [dropUndefined({ field: 'visibility' as const, from, to })] : [];
}

function refOf(item: { id: string; title: string }): ItemRef {
  return { id: item.id, title: item.title };
}
