import { splitFrontmatter } from '../loading/frontmatter.ts';
import { parseStrictYaml } from '../loading/strict-yaml.ts';
import { unreadableTaskFile } from '../problems/catalogue/refusals.ts';
import { refusalOf } from '../problems/refusal.ts';
import { plural } from '../text/plural.ts';
import { importedId } from './imported-ids.ts';
import { dayOf } from './source-dates.ts';
import type { SourceItem, SourcePhase, UnreadableInput } from './source-backlog.ts';

/** Frontmatter keys of a Backlog.md task that have a place here (README, "From Backlog.md"). */
const mappedKeys = new Set([
  'id',
  'title',
  'status',
  'assignee',
  'labels',
  'milestone',
  'dependencies',
  'priority',
  'created_date',
  'updated_date',
  'parent_task_id',
  'parent',
  'ordinal',
  'references',
  'documentation',
]);

/** A Markdown file of Backlog.md read into its frontmatter and body, or why it cannot be. */
export function readFrontmatterFile(text: string, file: string): { data: Record<string, unknown>; body: string } | UnreadableInput {
  const split = splitFrontmatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if ('error' in split) return { unreadable: refusalOf(unreadableTaskFile, { file, line: split.error.line, reason: split.error.message }) };
  const parsed = parseStrictYaml(split.frontmatter);
  if ('errors' in parsed) {
    const [first] = parsed.errors;
    return { unreadable: refusalOf(unreadableTaskFile, { file, line: split.frontmatterLine + first.line - 1, reason: first.message }) };
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    return {
      unreadable: refusalOf(unreadableTaskFile, {
        file,
        line: split.frontmatterLine,
        reason: 'the frontmatter is not a mapping of keys to values',
      }),
    };
  }
  return { data: parsed.data as Record<string, unknown>, body: split.body };
}

/**
 * One task file of Backlog.md (`backlog/tasks/task-12 - Title.md`): YAML frontmatter, then
 * `## Description`, `## Acceptance Criteria` (`- [ ] #1 text`), `## Definition of Done`,
 * `## Implementation Plan`, `## Implementation Notes`. The id is the frontmatter's, else the file
 * name's start.
 */
export function readBacklogMdTask(text: string, file: string, fileName: string): SourceItem | UnreadableInput {
  const read = readFrontmatterFile(text, file);
  if ('unreadable' in read) return read;
  const { data, body } = read;
  const sourceId = textOf(data.id) ?? /^([^\s]+)/.exec(fileName)?.[1] ?? fileName;
  const title = textOf(data.title) ?? fileName.replace(/^[^\s]+\s+-\s+/, '').replace(/\.md$/i, '');
  const sections = sectionsOf(body);
  const notes: string[] = [];
  const links = [...listOf(data.references), ...listOf(data.documentation)];
  const webLinks = links.filter((link) => /^https?:\/\//.test(link));
  if (webLinks.length < links.length) notes.push(`${plural(links.length - webLinks.length, 'reference')} to files: left out`);
  const created = textOf(data.created_date);
  const updated = textOf(data.updated_date);
  for (const [what, value] of [
    ['created_date', created],
    ['updated_date', updated],
  ] as const) {
    if (value !== undefined && dayOf(value) === undefined) notes.push(`${what} "${value}" is not a date: left out`);
  }
  const ordinal = typeof data.ordinal === 'number' && Number.isFinite(data.ordinal) ? data.ordinal : undefined;
  const labels = listOf(data.labels);
  return {
    sourceId,
    id: importedId(sourceId),
    title,
    status: textOf(data.status) ?? '',
    priority: textOf(data.priority),
    phase: textOf(data.milestone),
    parent: textOf(data.parent_task_id) ?? textOf(data.parent),
    dependsOn: listOf(data.dependencies),
    acceptance: sections.acceptance,
    owner:
      listOf(data.assignee)
        .map((name) => name.replace(/^@/, ''))
        .join(', ') || undefined,
    tags: labels,
    created: dayOf(created),
    updated: dayOf(updated),
    rank: ordinal,
    links: webLinks.map((url) => ({ title: url.replace(/^https?:\/\//, ''), url })),
    body: sections.body,
    fields: { ...fieldsOf(data), label: labels },
    leftOut: Object.keys(data).filter((key) => !mappedKeys.has(key) && !isEmpty(data[key])),
    notes,
  };
}

/** A milestone file (`backlog/milestones/m-1 - Beta.md`): a phase, referred to by its id or its title. */
export function readBacklogMdMilestone(text: string, file: string, fileName: string): SourcePhase | UnreadableInput {
  const read = readFrontmatterFile(text, file);
  if ('unreadable' in read) return read;
  const id = textOf(read.data.id) ?? /^([^\s]+)/.exec(fileName)?.[1] ?? fileName;
  const title = textOf(read.data.title) ?? id;
  return { name: id, aliases: [title], title, body: sectionsOf(read.body).body, kind: 'milestone' };
}

const sectionNames: Record<string, string> = {
  'implementation plan': 'Implementation plan',
  'implementation notes': 'Implementation notes',
  'definition of done': 'Definition of done',
};

/** The body's `## ` sections: the description first, acceptance criteria as a list, the others as they are. */
function sectionsOf(body: string): { body: string; acceptance: { text: string; done: boolean }[] } {
  const cleaned = body.replace(/^[ \t]*<!--\s*(?:SECTION|AC|DOD):[A-Z_:]+\s*-->[ \t]*\n?/gm, '');
  const parts = cleaned.split(/^## +(.+?)\s*$/m);
  const acceptance: { text: string; done: boolean }[] = [];
  const kept: string[] = [parts[0].trim()];
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index].trim();
    const text = parts[index + 1].trim();
    const key = name.toLowerCase();
    if (key === 'description') kept.splice(1, 0, text);
    else if (key === 'acceptance criteria') {
      const other: string[] = [];
      for (const line of text.split('\n')) {
        const criterion = /^\s*[-*]\s+\[([ xX])\]\s+(?:#\d+\s+)?(.*\S)\s*$/.exec(line);
        if (criterion) acceptance.push({ text: criterion[2], done: criterion[1] !== ' ' });
        else other.push(line);
      }
      // Text between the criteria (a sentence before the list) stays in the body.
      if (other.join('').trim()) kept.push(`## Acceptance criteria\n\n${other.join('\n').trim()}`);
    } else if (text) {
      const checklist = key === 'definition of done' ? text.replace(/^(\s*[-*]\s+\[[ xX]\]\s+)#\d+\s+/gm, '$1') : text;
      kept.push(`## ${sectionNames[key] ?? name}\n\n${checklist}`);
    }
  }
  return { body: kept.filter(Boolean).join('\n\n'), acceptance };
}

function fieldsOf(data: Record<string, unknown>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key.toLowerCase(), listOf(value)]));
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function listOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map(textOf).filter((text): text is string => text !== undefined);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
