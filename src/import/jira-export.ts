import { malformedCsv, notAJiraExport } from '../problems/catalogue/refusals.ts';
import { refusalOf } from '../problems/refusal.ts';
import { parseCsv } from './csv.ts';
import { jiraWikiToMarkdown } from './jira-wiki.ts';
import { importedId } from './imported-ids.ts';
import { fieldKey } from './mappings.ts';
import { naturalOrder } from './natural-order.ts';
import { dayOf } from './source-dates.ts';
import type { SourceBacklog, SourceEpic, SourceItem, SourcePhase, UnreadableInput } from './source-backlog.ts';

/** Which Jira field makes the phases: releases (Fix Version/s) or sprints. */
export type JiraPhases = 'fix-version' | 'sprint';

/** A Jira working day, as Jira counts time tracking by default: Original Estimate is in seconds. */
const secondsPerPersonDay = 8 * 3600;

/** The columns read, by their name in lower case without "Custom field (…)"; the first found is used. */
const columns = {
  key: ['issue key'],
  id: ['issue id'],
  summary: ['summary'],
  type: ['issue type'],
  status: ['status'],
  statusCategory: ['status category'],
  priority: ['priority'],
  points: ['story points', 'story point estimate'],
  sprint: ['sprint'],
  fixVersion: ['fix version/s', 'fix versions'],
  epicLink: ['epic link'],
  epicName: ['epic name'],
  parent: ['parent', 'parent id', 'parent key'],
  labels: ['labels'],
  assignee: ['assignee'],
  created: ['created'],
  updated: ['updated'],
  estimate: ['original estimate'],
  description: ['description'],
  blockedBy: ['inward issue link (blocks)'],
  projectName: ['project name'],
  projectKey: ['project key'],
} as const;

/** Columns read for what they say about other columns, or that Jira writes about every issue: never "left out". */
const readAlongside = new Set(['parent summary', 'project type', 'project lead', 'project description', 'project url', 'last viewed']);

/**
 * A Jira CSV export (Issues → Export → CSV): one row per issue, repeated columns for fields with
 * several values (Labels, Sprint, Fix Version/s), descriptions in wiki markup. Epics become epics;
 * the other issues become items, with sub-tasks under their parent.
 */
export function readJiraExport(text: string, file: string, phasesFrom: JiraPhases): SourceBacklog | UnreadableInput {
  const table = parseCsv(text);
  if ('error' in table) return { unreadable: refusalOf(malformedCsv, { file, ...table.error }) };
  const [header, ...rows] = table.rows;
  const keys = (header ?? []).map(fieldKey);
  for (const required of ['issue key', 'summary']) {
    if (!keys.includes(required)) {
      return { unreadable: refusalOf(notAJiraExport, { file, line: 1, reason: `there is no "${required}" column in the first line` }) };
    }
  }
  const wrongWidth = rows.findIndex((row) => row.length !== keys.length);
  if (wrongWidth !== -1) {
    const reason = `this row has ${rows[wrongWidth].length} cells where the first line names ${keys.length} columns`;
    return { unreadable: refusalOf(malformedCsv, { file, line: table.lines[wrongWidth + 1], reason }) };
  }
  const records = rows.map((row, index) => ({ line: table.lines[index + 1], values: valuesByColumn(keys, row) }));
  const used = new Set<string>([...Object.values(columns).flat(), ...readAlongside]);
  const all = (record: Record<string, string[]>, names: readonly string[]) => names.flatMap((name) => record[name] ?? []);
  const one = (record: Record<string, string[]>, names: readonly string[]) => all(record, names)[0];

  const keyOfId = new Map(records.map(({ values }) => [one(values, columns.id), one(values, columns.key)]));
  const isEpic = (values: Record<string, string[]>) => one(values, columns.type)?.toLowerCase() === 'epic';
  const epicKeys = new Set(records.filter(({ values }) => isEpic(values)).map(({ values }) => one(values, columns.key)));
  const epics: SourceEpic[] = [];
  const items: SourceItem[] = [];
  const statusHints: Record<string, string> = {};

  for (const { line, values } of records) {
    const key = one(values, columns.key);
    if (!key) return { unreadable: refusalOf(notAJiraExport, { file, line, reason: 'this issue has no "Issue key"' }) };
    const summary = one(values, columns.summary) ?? '';
    const description = jiraWikiToMarkdown(one(values, columns.description) ?? '');
    const fields = { ...values, label: all(values, columns.labels) };
    if (isEpic(values)) {
      epics.push({
        sourceId: key,
        id: importedId(key),
        title: one(values, columns.epicName) ?? summary,
        body: description.markdown,
        fields,
      });
      continue;
    }
    const status = one(values, columns.status) ?? '';
    const category = one(values, columns.statusCategory);
    if (category) statusHints[status] = category;
    const parentValue = one(values, columns.parent);
    const parent = parentValue === undefined ? undefined : (keyOfId.get(parentValue) ?? parentValue);
    const epicLink = one(values, columns.epicLink);
    const notes: string[] = [];
    const points = numberOf(one(values, columns.points), 'Story Points', notes);
    const seconds = numberOf(one(values, columns.estimate), 'Original Estimate', notes);
    const phases = phasesFrom === 'sprint' ? all(values, columns.sprint) : all(values, columns.fixVersion);
    // A story carried over sprints lists each: it is planned in the last. A release lists the first it ships in.
    const phase = phasesFrom === 'sprint' ? phases[phases.length - 1] : phases[0];
    if (phases.length > 1) notes.push(`${phases.length} ${phasesFrom === 'sprint' ? 'sprints' : 'fix versions'}: phase "${phase}"`);
    if (description.attachments.length > 0) notes.push(`attachments not in the export: ${description.attachments.join(', ')}`);
    const type = one(values, columns.type);
    items.push({
      sourceId: key,
      id: importedId(key),
      title: summary,
      status,
      priority: one(values, columns.priority),
      phase,
      epic: epicLink ?? (parent !== undefined && epicKeys.has(parent) ? parent : undefined),
      parent: parent !== undefined && !epicKeys.has(parent) ? parent : undefined,
      dependsOn: all(values, columns.blockedBy),
      points,
      personDays: seconds === undefined ? undefined : Math.round((seconds / secondsPerPersonDay) * 100) / 100,
      acceptance: [],
      owner: one(values, columns.assignee),
      // The issue type says what kind of work it is; "Story" is what every story is.
      tags: [...all(values, columns.labels), ...(type && !/^story$/i.test(type) ? [type.toLowerCase()] : [])],
      created: dayOf(one(values, columns.created)),
      updated: dayOf(one(values, columns.updated)),
      links: [],
      body: description.markdown,
      fields,
      leftOut: [...new Set(Object.keys(values).filter((name) => !used.has(name)))].map((name) => originalName(header, name)),
      notes,
    });
  }

  const phaseColumn = phasesFrom === 'sprint' ? columns.sprint : columns.fixVersion;
  const phaseNames = [...new Set(records.filter(({ values }) => !isEpic(values)).flatMap(({ values }) => all(values, phaseColumn)))];
  const phases: SourcePhase[] = phaseNames.sort(naturalOrder).map((name) => ({
    name,
    aliases: [],
    title: name,
    body: '',
    kind: phasesFrom === 'sprint' ? 'sprint' : 'fix version',
  }));
  const otherColumn = phasesFrom === 'sprint' ? columns.fixVersion : columns.sprint;
  for (const item of items) if ((item.fields[otherColumn[0]] ?? []).length > 0) item.leftOut.push(originalName(header, otherColumn[0]));
  const first = records[0]?.values;
  return {
    source: 'jira',
    projectName: first && one(first, columns.projectName),
    idPrefix: first && one(first, columns.projectKey),
    statuses: [...new Set(items.map((item) => item.status))],
    statusHints,
    items,
    phases,
    epics,
    assets: [],
    leftOut: [],
  };
}

/** The non-empty values of each column, repeated columns gathered in order. */
function valuesByColumn(keys: readonly string[], row: readonly string[]): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  keys.forEach((key, index) => {
    const value = row[index]?.trim();
    if (value) (values[key] ??= []).push(value);
  });
  return values;
}

function numberOf(text: string | undefined, what: string, notes: string[]): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(',', '.'));
  if (Number.isFinite(value) && value >= 0) return value;
  notes.push(`${what} "${text}" is not a number: left out`);
  return undefined;
}

/** A column's name as the export writes it, for the summary. */
function originalName(header: readonly string[] | undefined, key: string): string {
  return header?.find((name) => fieldKey(name) === key)?.trim() ?? key;
}
