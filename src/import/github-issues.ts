import { locateYamlPath } from '../loading/strict-yaml.ts';
import { malformedJson, notAGithubIssueList } from '../problems/catalogue/refusals.ts';
import { refusalOf } from '../problems/refusal.ts';
import { importedId } from './imported-ids.ts';
import { naturalOrder } from './natural-order.ts';
import { dayOf } from './source-dates.ts';
import type { SourceBacklog, SourceItem, SourcePhase, UnreadableInput } from './source-backlog.ts';

interface GithubIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels?: { name: string }[];
  milestone?: { title: string; description?: string | null; dueOn?: string | null } | null;
  assignees?: { login: string; name?: string | null }[];
  createdAt?: string;
  updatedAt?: string;
  closedAt?: string | null;
}

/**
 * The output of `gh issue list --state all --json number,title,body,state,labels,milestone,
 * assignees,createdAt,updatedAt,closedAt`: a JSON array of issues. Each becomes an item `GH-<number>`;
 * milestones become phases.
 */
export function readGithubIssues(text: string, file: string): SourceBacklog | UnreadableInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { unreadable: refusalOf(malformedJson, { file, ...jsonErrorAt(text, (error as Error).message) }) };
  }
  const wrong = (reason: string, path: PropertyKey[] = []) => ({
    unreadable: refusalOf(notAGithubIssueList, { file, line: locateYamlPath(text, path).line, reason }),
  });
  if (!Array.isArray(data)) return wrong('expected a JSON array of issues');
  for (const [index, issue] of data.entries()) {
    const problem = shapeProblem(issue);
    if (problem) return wrong(`issue ${index + 1}: ${problem.reason}`, problem.key ? [index, problem.key] : [index]);
  }
  const issues = data as GithubIssue[];
  const milestones = new Map<string, SourcePhase>();
  for (const { milestone } of issues) {
    if (milestone && !milestones.has(milestone.title)) {
      milestones.set(milestone.title, {
        name: milestone.title,
        aliases: [],
        title: milestone.title,
        end: dayOf(milestone.dueOn ?? undefined),
        body: milestone.description ?? '',
        kind: 'milestone',
      });
    }
  }
  const items = issues.map((issue): SourceItem => {
    const labels = (issue.labels ?? []).map((label) => label.name);
    const assignees = (issue.assignees ?? []).map((assignee) => assignee.login);
    return {
      sourceId: String(issue.number),
      id: importedId(`GH-${issue.number}`),
      title: issue.title,
      status: issue.state.toLowerCase(),
      phase: issue.milestone?.title,
      dependsOn: [],
      acceptance: [],
      owner: assignees.length > 0 ? assignees.join(', ') : undefined,
      tags: labels,
      created: dayOf(issue.createdAt),
      updated: dayOf(issue.updatedAt),
      links: [],
      body: issue.body ?? '',
      fields: { label: labels, state: [issue.state.toLowerCase()], milestone: issue.milestone ? [issue.milestone.title] : [] },
      leftOut: issue.closedAt ? ['closedAt'] : [],
      notes: [],
    };
  });
  return {
    source: 'github',
    idPrefix: 'GH',
    statuses: [...new Set(items.map((item) => item.status))].sort(),
    statusHints: {},
    items,
    phases: [...milestones.values()].sort((a, b) => naturalOrder(a.name, b.name)),
    epics: [],
    assets: [],
    leftOut: [],
  };
}

/** What is wrong with one element of the array, and the key it is wrong at. */
function shapeProblem(issue: unknown): { reason: string; key?: string } | undefined {
  if (typeof issue !== 'object' || issue === null || Array.isArray(issue))
    return { reason: 'expected an object with number, title and state' };
  const value = issue as Record<string, unknown>;
  if (!Number.isInteger(value.number)) return { reason: '"number" must be the issue number', key: 'number' };
  if (typeof value.title !== 'string') return { reason: '"title" must be text', key: 'title' };
  if (typeof value.state !== 'string') return { reason: '"state" must be OPEN or CLOSED', key: 'state' };
  if (value.body != null && typeof value.body !== 'string') return { reason: '"body" must be text', key: 'body' };
  const listOf = (key: string, field: string) =>
    value[key] !== undefined &&
    !(Array.isArray(value[key]) && value[key].every((entry) => typeof (entry as Record<string, unknown>)?.[field] === 'string'));
  if (listOf('labels', 'name')) return { reason: '"labels" must be a list of { name }', key: 'labels' };
  if (listOf('assignees', 'login')) return { reason: '"assignees" must be a list of { login }', key: 'assignees' };
  const milestone = value.milestone as Record<string, unknown> | null | undefined;
  if (milestone != null && typeof milestone.title !== 'string')
    return { reason: '"milestone" must be null or { title }', key: 'milestone' };
  return undefined;
}

/** The line and column of a JSON.parse error, from its message (`… (line 3 column 5)` or `… at position 42`). */
function jsonErrorAt(text: string, message: string): { line: number; reason: string } {
  const reason = `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+.*$/, '')}`;
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return { line: Number(line), reason };
  const position = /at position (\d+)/.exec(message)?.[1];
  return { line: position ? text.slice(0, Number(position)).split('\n').length : 1, reason };
}
