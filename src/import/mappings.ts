import { defaultWorkflow, priorities, type Priority, type WorkflowStatus } from '../model/content.ts';
import { mappingNotFromTo, unknownMappingTarget } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';

/** One `--status "In QA=in-review"`: a value of the source and what it becomes. */
export interface Mapping {
  from: string;
  to: string;
}

/** How a value of the source was mapped, for the summary's tables. */
export type MappedBy = 'option' | 'name' | 'source category' | 'guess' | 'none given';

/** `FROM=TO` values of a repeatable option; the last `=` splits, so a source value may hold one. */
export function parseMappings(option: string, values: readonly string[], example: string): Mapping[] {
  return values.map((value) => {
    const split = value.lastIndexOf('=');
    const from = value.slice(0, split).trim();
    const to = value.slice(split + 1).trim();
    if (split === -1 || from === '' || to === '') throw usageError(mappingNotFromTo, { option, value, example });
    return { from, to };
  });
}

/** Checks each mapping's target is one of `allowed`, as a usage error naming them. */
export function checkTargets(option: string, mappings: readonly Mapping[], allowed: readonly string[], what: string): void {
  for (const { from, to } of mappings) {
    if (!allowed.includes(to)) throw usageError(unknownMappingTarget, { option, value: `${from}=${to}`, target: to, what, allowed });
  }
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The default workflow id a status name means, by its words; the order matters ("Ready for QA" is a review). */
const statusWords: [RegExp, string][] = [
  [/\b(won'?t|cancel|drop|reject|obsolete|duplicate|invalid|abandon)/, 'dropped'],
  [/\b(done|closed|complete|resolved|finished|released|shipped|merged)\b/, 'done'],
  [/\b(review|qa|test|verif|validat|accept)/, 'in-review'],
  [/\b(progress|doing|develop|active|started|wip|implement|blocked)/, 'in-progress'],
  [/\b(draft|idea|triage|backlog|new|proposed|icebox|funnel)\b/, 'draft'],
  [/\b(to ?do|open|ready|selected|planned|next)\b/, 'ready'],
];

/** Jira's Status Category names. */
const categoryWords: Record<string, string> = { 'to do': 'ready', 'in progress': 'in-progress', done: 'done' };

/**
 * The workflow status a source status becomes: `--status` first, else by its name, else by what
 * the source says it means, else `ready` (a guess, said so). A default id the project's workflow
 * lacks becomes the project's first status of the same category.
 */
export function mapStatus(
  status: string,
  workflow: readonly WorkflowStatus[],
  mappings: readonly Mapping[],
  hint?: string,
): { to: string; by: MappedBy } {
  const chosen = mappings.find((mapping) => same(mapping.from, status));
  if (chosen) return { to: chosen.to, by: 'option' };
  const words = status.toLowerCase();
  const named = statusWords.find(([pattern]) => pattern.test(words))?.[1];
  if (named) return { to: inWorkflow(named, workflow), by: 'name' };
  const hinted = hint === undefined ? undefined : categoryWords[hint.toLowerCase()];
  if (hinted) return { to: inWorkflow(hinted, workflow), by: 'source category' };
  return { to: inWorkflow('ready', workflow), by: 'guess' };
}

/** A status of the default workflow, or the project's first of its category. */
export function inWorkflow(id: string, workflow: readonly WorkflowStatus[]): string {
  if (workflow.some((status) => status.id === id)) return id;
  const category = defaultWorkflow.find((status) => status.id === id)?.category;
  return (workflow.find((status) => status.category === category) ?? workflow[0]).id;
}

const priorityWords: Record<string, Priority> = {
  highest: 'must',
  blocker: 'must',
  critical: 'must',
  urgent: 'must',
  high: 'must',
  p0: 'must',
  p1: 'must',
  medium: 'should',
  major: 'should',
  normal: 'should',
  p2: 'should',
  low: 'could',
  minor: 'could',
  p3: 'could',
  lowest: 'could',
  trivial: 'could',
  p4: 'could',
  must: 'must',
  should: 'should',
  could: 'could',
  wont: 'wont',
};

/** The MoSCoW priority a source priority becomes: `--priority` first, else by its name; `should` when there is none. */
export function mapPriority(priority: string | undefined, mappings: readonly Mapping[]): { to: Priority; by: MappedBy } {
  if (priority === undefined) return { to: 'should', by: 'none given' };
  const chosen = mappings.find((mapping) => same(mapping.from, priority));
  if (chosen) return { to: chosen.to as Priority, by: 'option' };
  const named = priorityWords[priority.trim().toLowerCase()];
  return named ? { to: named, by: 'name' } : { to: 'should', by: 'guess' };
}

/**
 * GitHub issues have no priority but labels: `--priority "LABEL=must"` names the labels that give
 * one; an issue with several takes the most urgent. Those labels are not also kept as tags.
 */
export function priorityOfLabels(labels: readonly string[], mappings: readonly Mapping[]): { label: string; to: Priority } | undefined {
  const found = labels.flatMap((label) =>
    mappings.filter((mapping) => same(mapping.from, label)).map((mapping) => ({ label, to: mapping.to as Priority })),
  );
  return found.sort((a, b) => priorities.indexOf(a.to) - priorities.indexOf(b.to))[0];
}

/** One `--visibility "label:public-roadmap=client"`: items whose field holds the value get the level. */
export interface VisibilityRule {
  field: string;
  value: string;
  level: string;
  /** As typed, for the summary. */
  written: string;
}

export function parseVisibilityRules(values: readonly string[], levels: readonly string[]): VisibilityRule[] {
  const example = `label:public-roadmap=${levels[0]}`;
  const mappings = parseMappings('visibility', values, example);
  checkTargets('visibility', mappings, levels, 'a visibility level');
  return mappings.map(({ from, to }) => {
    const colon = from.indexOf(':');
    const field = colon === -1 ? 'label' : from.slice(0, colon);
    const value = colon === -1 ? from : from.slice(colon + 1);
    return { field: fieldKey(field === 'labels' ? 'label' : field), value: value.trim(), level: to, written: `${from}=${to}` };
  });
}

/** A field's name as items' `fields` are keyed: lower case, without Jira's "Custom field (…)". */
export function fieldKey(name: string): string {
  return name
    .trim()
    .replace(/^custom field \((.*)\)$/i, '$1')
    .toLowerCase();
}

/**
 * The level the rules give an item, or undefined when none applies. When several apply, the most
 * restricted wins: a rule can open an item up, but two rules in doubt never open it further.
 */
export function visibilityOf(
  fields: Record<string, string[]>,
  rules: readonly VisibilityRule[],
  levels: readonly string[],
): { level: string; rule: VisibilityRule } | undefined {
  const applying = rules.filter((rule) => (fields[rule.field] ?? []).some((value) => same(value, rule.value)));
  return applying.map((rule) => ({ level: rule.level, rule })).sort((a, b) => levels.indexOf(b.level) - levels.indexOf(a.level))[0];
}
