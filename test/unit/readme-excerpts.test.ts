import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/run-script.ts';

// The README's content reference shows excerpts of the example backlog. Each heading below holds one
// excerpt, taken from the file named beside it: every key the excerpt shows must have that file's value.
const excerpts = [
  { heading: '### project.yaml', file: 'content/project.yaml' },
  { heading: '### views/&lt;id&gt;.yaml', file: 'content/views/client.yaml' },
  { heading: '### phases/&lt;id&gt;.md', file: 'content/phases/trials.md' },
  { heading: '### stories/**/&lt;file&gt;.md or .mdx', file: 'content/stories/field-logging/PAR-19.md' },
];

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

/** The YAML of a ```yaml block, or the frontmatter of a ```md block or of a Markdown file. */
function yamlOf(text: string, kind: 'yaml' | 'md'): string {
  if (kind === 'yaml') return text;
  const frontmatter = /^---\n([\s\S]*?)^---$/m.exec(text);
  if (!frontmatter) throw new Error(`no --- frontmatter in:\n${text}`);
  return frontmatter[1];
}

/** Every fenced block of the README, with the heading it sits under. */
function readmeBlocks(): { heading: string | undefined; kind: string; text: string }[] {
  const blocks: { heading: string | undefined; kind: string; text: string }[] = [];
  let heading: string | undefined;
  let open: { kind: string; lines: string[] } | undefined;
  for (const line of readme.split('\n')) {
    if (open) {
      if (line === '```') {
        blocks.push({ heading, kind: open.kind, text: open.lines.join('\n') + '\n' });
        open = undefined;
      } else open.lines.push(line);
    } else if (line.startsWith('```')) open = { kind: line.slice(3), lines: [] };
    else if (/^#{1,6} /.test(line)) heading = line;
  }
  return blocks;
}

const yamlExcerpts = readmeBlocks().filter(({ kind }) => kind === 'yaml' || kind === 'md');

/** The ```yaml or ```md block under `heading`. */
function excerptUnder(heading: string): { kind: 'yaml' | 'md'; text: string } {
  const block = yamlExcerpts.find((candidate) => candidate.heading === heading);
  if (!block) throw new Error(`README.md has no \`\`\`yaml or \`\`\`md block under "${heading}"`);
  return { kind: block.kind as 'yaml' | 'md', text: block.text };
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const shown = (value: unknown) => JSON.stringify(value);

/**
 * Where `excerpt` says something `file` does not: a mapping's keys are compared one by one (the file
 * may have more), a list's items must each be in the file's list (deep-equal, in any order), and
 * any other value must be the same.
 */
function differences(excerpt: unknown, file: unknown, path = ''): string[] {
  const at = path || '(the whole excerpt)';
  if (isMapping(excerpt)) {
    if (!isMapping(file)) return [`${at}: the README shows a mapping, the file has ${shown(file)}`];
    return Object.entries(excerpt).flatMap(([key, value]) =>
      key in file
        ? differences(value, file[key], path ? `${path}.${key}` : key)
        : [`${path ? `${path}.` : ''}${key}: the file has no such key`],
    );
  }
  if (Array.isArray(excerpt)) {
    if (!Array.isArray(file)) return [`${at}: the README shows a list, the file has ${shown(file)}`];
    return excerpt.flatMap((item, index) =>
      file.some((candidate) => isDeepStrictEqual(item, candidate))
        ? []
        : [`${path}[${index}]: the README shows ${shown(item)}, which is not in the file's list ${shown(file)}`],
    );
  }
  return isDeepStrictEqual(excerpt, file) ? [] : [`${at}: the README shows ${shown(excerpt)}, the file has ${shown(file)}`];
}

describe("the README's excerpts of the example backlog", () => {
  test.each(excerpts)('"$heading" shows $file as it is', ({ heading, file }) => {
    const excerpt = excerptUnder(heading);
    const shownInReadme: unknown = parse(yamlOf(excerpt.text, excerpt.kind));
    const inFile: unknown = parse(yamlOf(readFileSync(join(projectRoot, file), 'utf8'), file.endsWith('.yaml') ? 'yaml' : 'md'));
    expect(isMapping(shownInReadme) && Object.keys(shownInReadme).length, `the excerpt under "${heading}" has keys`).toBeGreaterThan(3);
    expect(differences(shownInReadme, inFile), `README.md "${heading}" against ${file}`).toEqual([]);
  });

  test('every YAML or Markdown block in the README is one of them, so a new one needs its file named here', () => {
    expect(yamlExcerpts.map(({ heading }) => heading).sort()).toEqual(excerpts.map(({ heading }) => heading).sort());
  });

  test('a difference names the key, what the README shows and what the file has', () => {
    const file = { budget: { personDays: 60, cost: 39000 }, tags: ['a', { b: 1 }], status: 'active' };
    expect(differences({ budget: { cost: 39000 }, tags: [{ b: 1 }], status: 'active' }, file)).toEqual([]);
    expect(differences({ budget: { cost: 40000 }, tags: ['c'], state: 'active' }, file)).toEqual([
      'budget.cost: the README shows 40000, the file has 39000',
      'tags[0]: the README shows "c", which is not in the file\'s list ["a",{"b":1}]',
      'state: the file has no such key',
    ]);
  });
});
