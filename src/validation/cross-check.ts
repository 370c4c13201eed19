import {
  dependencyCycle,
  duplicateId,
  duplicatePhaseOrder,
  duplicateTeamMember,
  selfDependency,
  unknownReference,
} from '../problems/catalogue/fields.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { idKey } from '../model/ids.ts';
import type { Backlog, Entry } from '../model/backlog.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';

type Entries = Omit<Backlog, 'project' | 'projectFile'>;
type AnyEntry = Entry<unknown>;

/**
 * Checks that need more than one file: unique ids and phase orders, references that resolve, and
 * dependencies without cycles. Astro only logs a dangling reference; we fail the build on it.
 */
export function crossCheckBacklog(entries: Entries, invalidIds: Partial<Record<keyof Entries, string[]>> = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (entry, path, problem) =>
    problems.push({ file: entry.file, ...entry.locate(path), field: path.join('.'), ...problem });

  const indexes = {
    views: indexById(entries.views, report),
    phases: indexById(entries.phases, report),
    epics: indexById(entries.epics, report),
    stakeholders: indexById(entries.stakeholders, report),
    stories: indexById(entries.stories, report),
  };

  // Entries that exist but failed their schema are reported already: references to them are not dangling.
  const exists = (target: keyof Entries, id: string) =>
    indexes[target].has(idKey(id)) || (invalidIds[target] ?? []).some((other) => idKey(other) === idKey(id));
  const checkReference = (entry: AnyEntry, path: PropertyKey[], id: string | undefined, target: keyof Entries) => {
    if (id === undefined || exists(target, id)) return;
    const candidates = [...indexes[target].values()].map((other) => other.id).filter((other) => other !== entry.id);
    report(entry, path, describeProblem(unknownReference, { kind: singular[target], id, candidates }));
  };

  const orders = new Map<number, AnyEntry>();
  for (const phase of entries.phases) {
    const other = orders.get(phase.data.order);
    if (other)
      report(phase, ['order'], describeProblem(duplicatePhaseOrder, { order: phase.data.order, otherId: other.id, otherFile: other.file }));
    else orders.set(phase.data.order, phase);
  }
  for (const phase of entries.phases) {
    const seen = new Map<string, number>();
    phase.data.team.forEach((member, index) => {
      const path = ['team', index, 'stakeholder'];
      const first = seen.get(idKey(member.stakeholder));
      if (first !== undefined) report(phase, path, describeProblem(duplicateTeamMember, { stakeholder: member.stakeholder, first }));
      else seen.set(idKey(member.stakeholder), index);
      checkReference(phase, path, member.stakeholder, 'stakeholders');
    });
  }
  for (const epic of entries.epics) checkReference(epic, ['phase'], epic.data.phase, 'phases');
  for (const view of entries.views) {
    view.data.stakeholders?.forEach((id, index) => checkReference(view, ['stakeholders', index], id, 'stakeholders'));
  }
  for (const story of entries.stories) {
    checkReference(story, ['phase'], story.data.phase, 'phases');
    checkReference(story, ['epic'], story.data.epic, 'epics');
    story.data.stakeholders.forEach((id, index) => checkReference(story, ['stakeholders', index], id, 'stakeholders'));
    story.data.feedback.forEach((item, index) => {
      checkReference(story, ['feedback', index, 'from'], item.from, 'stakeholders');
      item.ledTo.forEach((id, position) => checkReference(story, ['feedback', index, 'ledTo', position], id, 'stories'));
    });
    story.data.dependsOn.forEach((id, index) => {
      if (idKey(id) === idKey(story.id)) report(story, ['dependsOn', index], describeProblem(selfDependency));
      else checkReference(story, ['dependsOn', index], id, 'stories');
    });
  }
  for (const cycle of findDependencyCycles(entries.stories, indexes.stories)) {
    const [first] = cycle;
    const index = first.data.dependsOn.findIndex((id) => idKey(id) === idKey(cycle[1].id));
    report(first, ['dependsOn', index], describeProblem(dependencyCycle, { cycle: cycle.map((story) => story.id) }));
  }
  return problems;
}

const singular = { views: 'view', phases: 'phase', epics: 'epic', stakeholders: 'stakeholder', stories: 'story' } as const;

type Report = (entry: AnyEntry, path: PropertyKey[], problem: ProblemText<ContentProblem['code']>) => void;

/** Index by normalised id; a second entry with the same id is reported at its own file. */
function indexById<T extends AnyEntry>(list: T[], report: Report) {
  const index = new Map<string, T>();
  for (const entry of list) {
    const key = idKey(entry.id);
    const first = index.get(key);
    if (first) {
      report(entry, [], describeProblem(duplicateId, { id: entry.id, firstId: first.id, firstFile: first.file }));
    } else {
      index.set(key, entry);
    }
  }
  return index;
}

/**
 * Every dependency cycle, each once, as the path that closes it (`A → B → A`), found by a
 * depth-first search that walks stories in file order so the report is stable.
 */
export function findDependencyCycles<T extends Entry<{ dependsOn: string[] }>>(stories: T[], byKey: Map<string, T>): T[][] {
  const state = new Map<T, 'open' | 'closed'>();
  const cycles: T[][] = [];
  // Iterative, so a long dependency chain in a large backlog cannot overflow the call stack.
  const visit = (root: T) => {
    const path: T[] = [root];
    const next: number[] = [0];
    state.set(root, 'open');
    while (path.length > 0) {
      const story = path[path.length - 1];
      const index = next[next.length - 1]++;
      if (index >= story.data.dependsOn.length) {
        state.set(story, 'closed');
        path.pop();
        next.pop();
        continue;
      }
      const dependency = byKey.get(idKey(story.data.dependsOn[index]));
      if (!dependency || dependency === story) continue;
      if (state.get(dependency) === 'open') cycles.push([...path.slice(path.indexOf(dependency)), dependency]);
      else if (!state.has(dependency)) {
        state.set(dependency, 'open');
        path.push(dependency);
        next.push(0);
      }
    }
  };
  for (const story of stories) if (!state.has(story)) visit(story);
  return cycles;
}
