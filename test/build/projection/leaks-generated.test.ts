import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkBacklog } from '../../../src/build/check-backlog.ts';
import { projectBacklogForView } from '../../../src/projection/project-backlog.ts';
import type { RenderedBacklog } from '../../../src/model/rendered-backlog.ts';
import { findInFiles, readSiteFiles } from '../../helpers/built-files.ts';
import { contentWithScenario } from '../../helpers/fixture-content.ts';
import { runScript } from '../../helpers/run-script.ts';

// Bodies that mix every construct the line-based splitter got wrong, around one `:::internal`
// block holding a unique token. For each, `check` must report a problem, or no lower view may
// hold the token. Drawn with a fixed seed: the same bodies on every run.
const before = [
  '',
  'Intro.\n\n',
  '- item\n  ```\n  code\n',
  '> quote\n',
  '<div>\n```\n</div>\n\n',
  '```npm ci``` is what CI runs.\n',
  '````\n',
  '~~~\n',
  '```js\n',
  '    indented\n',
  '1. item\n\n   ',
  '<details>\n',
  'text\t\n',
  '- a\n\n  ',
];
// Well-formed pieces come more often, so both outcomes are common.
const indent = ['', '', '', '', '', '', '\u200b', '\ufeff', '\u00a0', '\u2060', '\t', ' ', '   ', '    ', '> ', '- '];
const opener = [
  ':::internal',
  ':::internal',
  ':::internal',
  ':::internal',
  '::::internal',
  ':::internal ',
  ':::Internal',
  '::: internal',
  ':::interal',
];
const gap = ['\n', '\n', '\n\n', '\n> '];
const closer = [':::', ':::', ':::', ':::', '::::', '\u200b:::', ' :::', '', '```'];
// A block inside the block, closed with as many colons (its fence then closes both).
const inner = ['', '', '', ':::client\nCLIENT\n:::\n\n', '::client\n\n', 'Price :internal[9 k€]\n\n'];
const after = ['', '', '', '\n| a |\n|---|\n| b |', '\n```\n', '\n~~~\n', '\n</div>\n', '\n\nOutro.', '\n````\n'];
const count = 600;

function* seeded(seed: number) {
  for (;;) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    yield seed;
  }
}

function generateBodies(): { id: string; token: string; body: string; crlf: boolean }[] {
  const random = seeded(20261201);
  const pick = <T>(list: readonly T[]) => list[random.next().value! % list.length];
  return Array.from({ length: count }, (_, index) => {
    const token = `GENTOKEN${String(index).padStart(3, '0')}X`;
    const body = `${pick(before)}${pick(indent)}${pick(opener)}${pick(gap)}${pick(inner)}${token}${pick(gap)}${pick(indent)}${pick(closer)}${pick(after)}`;
    return { id: `GEN-${index}`, token, body, crlf: index % 5 === 0 };
  });
}

const bodies = generateBodies();
let work: string;
let rendered: RenderedBacklog | undefined;
let refused: Set<string>;

beforeAll(async () => {
  work = contentWithScenario();
  const content = join(work, 'content');
  writeFileSync(join(content, 'views', 'client.yaml'), 'title: Client\nlevel: client\nbase: /client/\nsearch: false\n');
  mkdirSync(join(content, 'stories', 'generated'));
  for (const { id, body, crlf } of bodies) {
    const text = `---\ntitle: Generated ${id}\nstatus: draft\npriority: could\nvisibility: public\n---\n${body}\n`;
    writeFileSync(join(content, 'stories', 'generated', `${id}.md`), crlf ? text.replaceAll('\n', '\r\n') : text);
  }
  const checked = await checkBacklog(content);
  refused = new Set(checked.problems.map((problem) => problem.file.replace(/^.*\/(GEN-\d+)\.md$/, '$1')));
  // With problems nothing is rendered for the sites: render the accepted bodies alone.
  for (const { id } of bodies) if (refused.has(id)) rmSync(join(content, 'stories', 'generated', `${id}.md`));
  const accepted = await checkBacklog(content);
  expect(accepted.problems).toEqual([]);
  rendered = accepted.rendered;
}, 60_000);

describe('generated bodies around a level block', () => {
  test('both outcomes occur, so the test can fail either way', () => {
    expect(refused.size).toBeGreaterThan(count / 10);
    expect(count - refused.size).toBeGreaterThan(count / 10);
  });

  test('every body that check accepts keeps its token off the client and public views, and on the team’s', () => {
    const html = (view: string) => new Map(projectBacklogForView(rendered!, view, {}).stories.map((story) => [story.id, story.html]));
    const team = html('team');
    const client = html('client');
    for (const { id, token, body } of bodies.filter(({ id }) => !refused.has(id))) {
      expect(client.get(id), JSON.stringify(body)).not.toContain(token);
      expect(team.get(id), JSON.stringify(body)).toContain(token);
    }
  });

  test('no file of the built client site holds a token of an accepted body', () => {
    const build = runScript('build', ['--content', 'content', '--out', 'out', '--view', 'client'], { cwd: work });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const tokens = bodies.filter(({ id }) => !refused.has(id)).map(({ token }) => token);
    expect(findInFiles(readSiteFiles(join(work, 'out', 'client')), tokens)).toEqual({});
  }, 120_000);
});
