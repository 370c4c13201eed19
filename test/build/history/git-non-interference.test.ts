import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { burnUpRows, hashTree, readSiteFiles, visibleText } from '../../helpers/built-files.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { commitMessageCanary, createContentRepository, type ContentRepository } from '../../helpers/git-repo.ts';
import { runScript } from '../../helpers/run-script.ts';

// Dates come from the history, not from diagrams: builds without Chromium are faster. No
// SOURCE_DATE_EPOCH (runScript drops it): every date here comes from git.
const env = { BACKLOG_DOCS_CHROMIUM: 'none' };

let repository: ContentRepository;
const build = (out: string) => {
  const result = runScript('build', ['--content', 'content', '--out', out], { cwd: repository.work, env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
};
const page = (out: string, view: string, path: string) => readSiteFiles(join(repository.work, out, view)).get(path)!;
const asOf = (html: string) => /As of [^.]+\./.exec(visibleText(html))?.[0];
const eyebrowOf = (html: string) => /<p class="eyebrow">([^<]*)<\/p>/.exec(html)?.[1];
const datesOf = (html: string) =>
  [...html.matchAll(/<dt>(Created|Updated)<\/dt>\s*<dd[^>]*><time datetime="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`);

/**
 * `count` commits, a day apart from `firstDay` (YYYY-MM-DD), each giving `file` (in content/) the
 * text `edit` returns, written straight into git by one `git fast-import` (fifty `git commit`s take
 * seconds); the working tree is then moved to the last one.
 */
function commitEdits(
  repository: ContentRepository,
  file: string,
  count: number,
  firstDay: string,
  edit: (text: string, n: number) => string,
) {
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const original = repository.read(file);
  const stream = Array.from({ length: count }, (_, n) => {
    const seconds = Date.parse(`${firstDay}T12:00:00Z`) / 1000 + n * 86_400;
    const parent = n === 0 ? `from ${repository.git(['rev-parse', 'HEAD'])}\n` : '';
    return `commit refs/heads/main\ncommitter T <t@example.com> ${seconds} +0000\n${data(`edit ${n + 1} ${commitMessageCanary}`)}${parent}M 100644 inline content/${file}\n${data(edit(original, n + 1))}`;
  }).join('');
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repository.work,
    input: stream,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  repository.git(['reset', '-q', '--hard']);
}

beforeAll(() => {
  repository = createContentRepository(join(fixturesDir, 'leaks'));
  // The leak fixture's phase 2 is internal: this one is the public's second.
  repository.write('phases/later.md', '---\ntitle: Later phase\norder: 3\nvisibility: public\n---\n');
  // A story only the team sees, in the open phase every site shows, with points: its status moves below.
  repository.edit('stories/LK-4.md', 'status: draft', 'status: draft\nestimate: { points: 8 }');
  repository.commit('2026-01-10', 'start');
  repository.edit('stories/LK-2.md', 'Public image:', 'Public image, captioned:');
  repository.commit('2026-01-20', 'a visible edit of a body');
  build('out-before');
  // Only what the client and the public do not see: an internal block of a visible story, a hidden story.
  repository.edit('stories/LK-1.md', 'CANARY_INTERNAL_BLOCK', 'CANARY_INTERNAL_BLOCK, reworded');
  repository.edit('stories/secret/SECRETSTORY-1.md', 'status: ready', 'status: done');
  repository.edit('stories/LK-4.md', 'status: draft', 'status: done');
  repository.commit('2026-01-25', 'hidden edits');
  build('out-after');
  // More commits that only the team sees than a view's history reads: they must not push the
  // client's and the public's changes out of it.
  commitEdits(repository, 'stories/secret/SECRETSTORY-1.md', 55, '2026-02-01', (text, n) => `${text}\nInternal note ${n}.\n`);
  build('out-many');
}, 240_000);

describe('a commit that changes only what a view does not show', () => {
  test('leaves that site byte-identical, dates included', () => {
    for (const view of ['public', 'client', 'board-only']) {
      expect(hashTree(join(repository.work, 'out-after', view)), view).toEqual(hashTree(join(repository.work, 'out-before', view)));
    }
  });

  test('leaves it byte-identical after more such commits than a history window holds', () => {
    for (const view of ['public', 'client', 'board-only']) {
      expect(hashTree(join(repository.work, 'out-many', view)), view).toEqual(hashTree(join(repository.work, 'out-before', view)));
    }
    expect(asOf(page('out-many', 'client', 'index.html'))).toBe('As of Jan 20, 2026.');
    expect(datesOf(page('out-many', 'client', 'stories/lk-2/index.html'))).toEqual(['Created 2026-01-10', 'Updated 2026-01-20']);
    expect(asOf(page('out-many', 'team', 'index.html'))).toBe('As of Mar 27, 2026.');
  });

  test('moves the date of the site that shows it, and of its story there', () => {
    expect(asOf(page('out-before', 'team', 'index.html'))).toBe('As of Jan 20, 2026.');
    expect(asOf(page('out-after', 'team', 'index.html'))).toBe('As of Jan 25, 2026.');
    expect(asOf(page('out-after', 'public', 'index.html'))).toBe('As of Jan 20, 2026.');
    expect(datesOf(page('out-after', 'team', 'stories/lk-1/index.html'))).toEqual(['Created 2026-01-10', 'Updated 2026-01-25']);
    expect(datesOf(page('out-after', 'client', 'stories/lk-1/index.html'))).toEqual(['Created 2026-01-10', 'Updated 2026-01-10']);
  });
});

test("a hidden story done moves the team's burn-up, and no other site's", () => {
  const openPhase = (out: string, view: string) => burnUpRows(page(out, view, 'phases/open/index.html'));
  expect(openPhase('out-before', 'client')).toEqual([
    ['2026-01-10', '0', '777'],
    ['2026-01-20', '0', '777'],
  ]);
  expect(openPhase('out-after', 'client')).toEqual(openPhase('out-before', 'client'));
  expect(openPhase('out-after', 'public')).toEqual([
    ['2026-01-10', '1', '2'],
    ['2026-01-20', '1', '2'],
  ]);
  expect(openPhase('out-after', 'team')).toEqual([
    ['2026-01-10', '0', '785'],
    ['2026-01-25', '8', '785'],
  ]);
});

test('phases are numbered among those the site shows', () => {
  expect(eyebrowOf(page('out-after', 'public', 'phases/later/index.html'))).toBe('Phase 2');
  expect(eyebrowOf(page('out-after', 'team', 'phases/later/index.html'))).toBe('Phase 3');
});
