import type { Backlog } from '../model/backlog.ts';
import { idKey } from '../model/ids.ts';
import type { ViewData } from '../model/view-data.ts';
import { renderRoadmapGantt } from '../diagrams/roadmap-gantt.ts';
import { unknownView } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';
import type { BacklogDiff, ViewChange, ViewDefinitionChange, VisibilityChange } from './backlog-diff.ts';
import { diffProjections, emptyBacklog, itemKey, type SideSources } from './diff-projections.ts';
import { projectForComparison, type ViewEntry } from './project-for-comparison.ts';

export interface DiffOptions {
  /** Compare only what this view of the head can see, as its site would show it. */
  view?: string;
}

/**
 * The semantic difference between two validated backlogs (SPEC §4 `diff`); `base` is undefined
 * when there was no backlog yet. Both sides are read through the sites' projection: with a view,
 * both are projected with the head's definition of that view, so nothing it cannot see (not even
 * something removed) appears; without one, the whole backlog, plus what changes on each site.
 */
export function diffBacklogs(base: Backlog | undefined, head: Backlog, options: DiffOptions = {}): BacklogDiff {
  if (options.view !== undefined) {
    const view = head.views.find((candidate) => candidate.id === options.view);
    if (!view) throw usageError(unknownView, { id: options.view, views: head.views.map((candidate) => candidate.id) });
    const before = base && projectForComparison(base, view);
    const after = projectForComparison(head, view);
    const diff = diffProjections(before ?? emptyBacklog, after);
    const roadmap = roadmapOf(before, after);
    return { ...diff, roadmap, views: [summariseView(view, 'changed', diff, roadmap, [])] };
  }
  const before = base && projectForComparison(base);
  const after = projectForComparison(head);
  const sources = { base: base ? sourcesOf(base) : { files: new Map(), levels: new Map() }, head: sourcesOf(head) };
  const diff = diffProjections(before ?? emptyBacklog, after, sources);
  return { ...diff, roadmap: roadmapOf(before, after), views: siteChanges(base, head, before, after) };
}

/** What changes on each site: each view of each side projected with its own definition. */
function siteChanges(base: Backlog | undefined, head: Backlog, baseAll: ViewData | undefined, headAll: ViewData): ViewChange[] {
  const ids = [
    ...head.views.map((view) => view.id),
    ...(base?.views ?? []).map((view) => view.id).filter((id) => !head.views.some((view) => view.id === id)),
  ];
  return ids.map((id) => {
    const beforeView = base?.views.find((view) => view.id === id);
    const afterView = head.views.find((view) => view.id === id);
    const before = beforeView && projectForComparison(base!, beforeView);
    const after = afterView && projectForComparison(head, afterView);
    const diff = diffProjections(before ?? emptyBacklog, after ?? emptyBacklog);
    const roadmap = roadmapOf(before, after);
    const definition = beforeView && afterView ? definitionChanges(beforeView, afterView) : [];
    const change = summariseView(
      (afterView ?? beforeView)!,
      !beforeView ? 'added' : !afterView ? 'removed' : 'changed',
      diff,
      roadmap,
      definition,
    );
    if (before && after && baseAll) {
      change.nowVisible = [...appeared(before, after, baseAll), ...textVisibility(before, after, baseAll, headAll, 'more')];
      change.noLongerVisible = [...appeared(after, before, headAll), ...textVisibility(before, after, baseAll, headAll, 'less')];
    }
    return change;
  });
}

function summariseView(
  view: ViewEntry,
  state: ViewChange['state'],
  diff: Omit<BacklogDiff, 'roadmap' | 'views'>,
  roadmap: BacklogDiff['roadmap'],
  definition: ViewDefinitionChange[],
): ViewChange {
  const stories = {
    added: diff.stories.added.length,
    removed: diff.stories.removed.length,
    changed: diff.stories.changed.length,
    statusChanges: diff.stories.changed.filter((story) => story.changes.some((change) => change.field === 'status')).length,
  };
  const phasesChanged = diff.phases.added.length + diff.phases.removed.length + diff.phases.changed.length;
  const roadmapChanged = roadmap.before !== roadmap.after;
  const changed =
    stories.added + stories.removed + stories.changed + phasesChanged > 0 ||
    roadmapChanged ||
    definition.length > 0 ||
    [diff.epics, diff.stakeholders].some((items) => items.added.length + items.removed.length + items.changed.length > 0);
  return {
    id: view.id,
    title: view.data.title,
    state: state === 'changed' && !changed ? 'unchanged' : state,
    definition,
    stories,
    phasesChanged,
    roadmapChanged,
    nowVisible: [],
    noLongerVisible: [],
  };
}

/** Items on the `to` site and not on the `from` site that existed on the `from` side all along. */
function appeared(from: ViewData, to: ViewData, existed: ViewData): VisibilityChange[] {
  const keys = (items: { id: string }[]) => new Set(items.map((item) => idKey(item.id)));
  const changes: VisibilityChange[] = [];
  const collections = [
    ['story', from.stories, to.stories, existed.stories, (item: { title: string }) => item.title],
    ['phase', from.phases, to.phases, existed.phases, (item: { title: string }) => item.title],
    ['epic', from.epics, to.epics, existed.epics, (item: { title: string }) => item.title],
    ['stakeholder', from.stakeholders, to.stakeholders, existed.stakeholders, (item: { name: string }) => item.name],
  ] as const;
  for (const [kind, before, after, all, titleOf] of collections) {
    const shown = keys(before);
    const known = keys(all);
    for (const item of after as { id: string }[]) {
      if (!shown.has(idKey(item.id)) && known.has(idKey(item.id)))
        changes.push({ kind, id: item.id, title: (titleOf as (item: unknown) => string)(item) });
    }
  }
  const phasesShown = byKey(from.phases);
  const phasesKnown = byKey(existed.phases);
  for (const phase of to.phases) {
    const shown = new Set(phasesShown.get(idKey(phase.id))?.milestones.map((milestone) => milestone.title));
    const known = new Set(phasesKnown.get(idKey(phase.id))?.milestones.map((milestone) => milestone.title));
    for (const milestone of phase.milestones) {
      if (!shown.has(milestone.title) && known.has(milestone.title))
        changes.push({ kind: 'milestone', id: phase.id, title: milestone.title });
    }
  }
  // Feedback is matched by date and text: who gave it may itself be hidden from a site.
  const feedbackKey = (item: { date: string; text: string }) => `${item.date}\0${item.text}`;
  const storiesShown = byKey(from.stories);
  const storiesKnown = byKey(existed.stories);
  for (const story of to.stories) {
    const shown = new Set(storiesShown.get(idKey(story.id))?.feedback.map(feedbackKey));
    const known = new Set(storiesKnown.get(idKey(story.id))?.feedback.map(feedbackKey));
    if (story.feedback.some((item) => !shown.has(feedbackKey(item)) && known.has(feedbackKey(item)))) {
      changes.push({ kind: 'feedback', id: story.id, title: story.title });
    }
  }
  return changes;
}

/**
 * Stories whose text on this site changed while their whole text did not: a `:::level` block's
 * level changed, so more (or less) of the body is shown here.
 */
function textVisibility(
  before: ViewData,
  after: ViewData,
  baseAll: ViewData,
  headAll: ViewData,
  direction: 'more' | 'less',
): VisibilityChange[] {
  const [shown, wholeBefore, wholeAfter] = [byKey(before.stories), byKey(baseAll.stories), byKey(headAll.stories)];
  return after.stories
    .filter((story) => {
      const key = idKey(story.id);
      const shownBefore = shown.get(key)?.html;
      if (shownBefore === undefined || shownBefore === story.html || wholeBefore.get(key)?.html !== wholeAfter.get(key)?.html) return false;
      return direction === 'more' ? story.html.length > shownBefore.length : story.html.length < shownBefore.length;
    })
    .map((story) => ({ kind: 'text', id: story.id, title: story.title }));
}

function byKey<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [idKey(item.id), item]));
}

function definitionChanges(before: ViewEntry, after: ViewEntry): ViewDefinitionChange[] {
  const changes: ViewDefinitionChange[] = [];
  if (before.data.level !== after.data.level) changes.push({ field: 'level', from: before.data.level, to: after.data.level });
  for (const switchName of ['estimates', 'costs', 'owners', 'feedback'] as const) {
    const [from, to] = [before.data.show[switchName], after.data.show[switchName]];
    if (from !== to) changes.push({ field: `show.${switchName}`, from, to });
  }
  for (const filter of ['stakeholders', 'tags'] as const) {
    const [from, to] = [before.data[filter], after.data[filter]];
    if (JSON.stringify(from) !== JSON.stringify(to))
      changes.push(Object.assign({ field: filter }, from && { from: [...from] }, to && { to: [...to] }));
  }
  return changes;
}

/** Story files and every item's level: facts of the full diff that no site shows. */
function sourcesOf(backlog: Backlog): SideSources {
  const levels = new Map<string, string>();
  for (const [kind, entries] of [
    ['story', backlog.stories],
    ['phase', backlog.phases],
    ['epic', backlog.epics],
    ['stakeholder', backlog.stakeholders],
  ] as const) {
    for (const entry of entries) levels.set(itemKey(kind, entry.id), entry.data.visibility);
  }
  return { files: new Map(backlog.stories.map((story) => [itemKey('story', story.id), story.file])), levels };
}

function roadmapOf(before: ViewData | undefined, after: ViewData | undefined): BacklogDiff['roadmap'] {
  const roadmap: BacklogDiff['roadmap'] = {};
  const [beforeText, afterText] = [before && renderRoadmapGantt(before), after && renderRoadmapGantt(after)];
  if (beforeText !== undefined) roadmap.before = beforeText;
  if (afterText !== undefined) roadmap.after = afterText;
  return roadmap;
}
