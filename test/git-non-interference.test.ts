import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { hashTree, readSiteFiles, visibleText } from './helpers/built-files.ts';
import { fixturesDir } from './helpers/fixture-content.ts';
import { createContentRepository, type ContentRepository } from './helpers/git-repo.ts';
import { runScript } from './helpers/run-script.ts';

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
const datesOf = (html: string) => [...html.matchAll(/<dt>(Created|Updated)<\/dt>\s*<dd[^>]*><time datetime="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`);

beforeAll(() => {
  repository = createContentRepository(join(fixturesDir, 'leaks'));
  // The leak fixture's phase 2 is internal: this one is the public's second.
  repository.write('phases/later.md', '---\ntitle: Later phase\norder: 3\nvisibility: public\n---\n');
  repository.commit('2026-01-10', 'start');
  repository.edit('stories/LK-2.md', 'Public image:', 'Public image, captioned:');
  repository.commit('2026-01-20', 'a visible edit of a body');
  build('out-before');
  // Only what the client and the public do not see: an internal block of a visible story, a hidden story.
  repository.edit('stories/LK-1.md', 'CANARY_INTERNAL_BLOCK', 'CANARY_INTERNAL_BLOCK, reworded');
  repository.edit('stories/secret/SECRETSTORY-1.md', 'status: ready', 'status: done');
  repository.commit('2026-01-25', 'hidden edits');
  build('out-after');
}, 180_000);

describe('a commit that changes only what a view does not show', () => {
  test('leaves that site byte-identical, dates included', () => {
    for (const view of ['public', 'client', 'board-only']) {
      expect(hashTree(join(repository.work, 'out-after', view)), view).toEqual(hashTree(join(repository.work, 'out-before', view)));
    }
  });

  test('moves the date of the site that shows it, and of its story there', () => {
    expect(asOf(page('out-before', 'team', 'index.html'))).toBe('As of Jan 20, 2026.');
    expect(asOf(page('out-after', 'team', 'index.html'))).toBe('As of Jan 25, 2026.');
    expect(asOf(page('out-after', 'public', 'index.html'))).toBe('As of Jan 20, 2026.');
    expect(datesOf(page('out-after', 'team', 'stories/lk-1/index.html'))).toEqual(['Created 2026-01-10', 'Updated 2026-01-25']);
    expect(datesOf(page('out-after', 'client', 'stories/lk-1/index.html'))).toEqual(['Created 2026-01-10', 'Updated 2026-01-10']);
  });
});

test('phases are numbered among those the site shows', () => {
  expect(eyebrowOf(page('out-after', 'public', 'phases/later/index.html'))).toBe('Phase 2');
  expect(eyebrowOf(page('out-after', 'team', 'phases/later/index.html'))).toBe('Phase 3');
});
