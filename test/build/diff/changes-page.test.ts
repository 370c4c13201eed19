import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { burnUpRows, findInFiles, hashTree, readSiteFiles, visibleText as text } from '../../helpers/built-files.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { commitMessageCanary, createContentRepository, type ContentRepository } from '../../helpers/git-repo.ts';
import { runScript } from '../../helpers/run-script.ts';

// The changes page needs history, not diagrams: builds without Chromium are faster.
const env = { BACKLOG_DOCS_CHROMIUM: 'none' };

let repository: ContentRepository;
const site = (view: string) => readSiteFiles(join(repository.work, 'out', view));

beforeAll(() => {
  repository = createContentRepository(join(fixturesDir, 'leaks'));
  repository.commit('2026-01-10', 'start');
  repository.edit('stories/LK-3.md', 'status: ready', 'status: in-progress');
  repository.edit('stories/secret/SECRETSTORY-1.md', 'status: ready', 'status: done');
  repository.write('stories/secret/SECRETSTORY-2.md', '---\ntitle: CANARY_NEW_HIDDEN_STORY\nstatus: draft\npriority: must\n---\n');
  repository.write(
    'stories/LK-5.md',
    '---\ntitle: A new public story\nstatus: draft\npriority: could\nphase: open\nvisibility: public\n---\n',
  );
  repository.edit('phases/open.md', 'end: 2026-03-27', 'end: 2026-04-10');
  repository.commit('2026-01-20', 'visible and hidden changes');
  // A commit that changes only what the client does not see.
  repository.edit('stories/secret/SECRETSTORY-1.md', 'status: done', 'status: in-review');
  repository.edit('stories/LK-1.md', 'text: CANARY_HIDDEN_FEEDBACK,', 'text: CANARY_HIDDEN_FEEDBACK reworded,');
  repository.commit('2026-01-25', 'hidden change');
  const build = runScript('build', ['--content', 'content', '--out', 'out'], { cwd: repository.work, env });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 180_000);

describe('the changes page, from the git history of the content', () => {
  test("the team's page lists status changes, new stories and phase date shifts, by commit day", () => {
    const page = text(site('team').get('changes/index.html')!);
    expect(page).toContain('Jan 25, 2026 SECRETSTORY-1 CANARY_HIDDEN_STORY_TITLE Status Done → In review');
    expect(page).toContain('LK-3 Client story CLIENT_STORY_OK Status Ready → In progress');
    expect(page).toContain('SECRETSTORY-2 CANARY_NEW_HIDDEN_STORY New story');
    expect(page).toContain('LK-5 A new public story New story');
    expect(page).toContain('Open phase Dates Jan 5, 2026 – Mar 27, 2026 → Jan 5, 2026 – Apr 10, 2026');
    // The first commit is where the history starts, not a change.
    expect(page).not.toContain('Jan 10, 2026');
  });

  test("the client's page lists what the client sees, and nothing it does not", () => {
    const files = site('client');
    const page = text(files.get('changes/index.html')!);
    expect(page).toContain('Jan 20, 2026 LK-5 A new public story New story LK-3 Client story CLIENT_STORY_OK Status Ready → In progress');
    // The last commit changed only hidden content: no trace of it, not even its day.
    expect(page).not.toContain('Jan 25, 2026');
    expect(findInFiles(files, ['SECRETSTORY', 'CANARY_NEW_HIDDEN_STORY', 'CANARY_HIDDEN_STORY_TITLE'])).toEqual({});
  });

  test('commit messages are never published', () => {
    for (const view of ['public', 'client', 'board-only', 'team']) expect(findInFiles(site(view), [commitMessageCanary]), view).toEqual({});
  });

  test('a view with a site URL has an RSS feed with absolute links; one without has none', () => {
    const feed = site('public').get('changes/rss.xml')!;
    expect(feed).toContain('<link>https://roadmap.example.org/stories/lk-5/</link>');
    expect(feed).toContain('<title>New story: LK-5 A new public story</title>');
    expect(feed).toContain('<pubDate>Tue, 20 Jan 2026 12:00:00 GMT</pubDate>');
    expect(feed).not.toContain('LK-3');
    expect(site('public').get('changes/index.html')).toContain('href="/changes/rss.xml"');
    expect(site('client').has('changes/rss.xml')).toBe(false);
  });

  test("a story's date moves only with what the site shows of it", () => {
    const updatedOn = (view: string) =>
      /Updated<\/dt>\s*<dd[^>]*><time datetime="([^"]+)"/.exec(site(view).get('stories/lk-1/index.html')!)?.[1];
    // LK-1 last changed visibly at the first commit; the last commit edited only its internal feedback.
    expect(updatedOn('team')).toBe('2026-01-25');
    expect(updatedOn('client')).toBe('2026-01-10');
    expect(updatedOn('public')).toBe('2026-01-10');
  });

  test('every page links to the changes page', () => {
    expect(site('client').get('index.html')).toContain('href="/client/changes/"');
  });

  test('a rebuild of the same commit is byte-identical', () => {
    const build = runScript('build', ['--content', 'content', '--out', 'out-again', '--view', 'client'], { cwd: repository.work, env });
    expect(build.status).toBe(0);
    expect(hashTree(join(repository.work, 'out-again', 'client'))).toEqual(hashTree(join(repository.work, 'out', 'client')));
  }, 120_000);
});

describe("each phase's burn-up, from the same history", () => {
  const rows = (view: string, phase: string) => burnUpRows(site(view).get(`phases/${phase}/index.html`)!);

  test('counts what the site shows of the phase, on the days it moved', () => {
    // A new public story on the 20th widens the public's scope; the client counts points, which it did not change.
    expect(rows('public', 'open')).toEqual([
      ['2026-01-10', '1', '2'],
      ['2026-01-20', '1', '3'],
    ]);
    expect(rows('client', 'open')).toEqual([
      ['2026-01-10', '0', '777'],
      ['2026-01-20', '0', '777'],
    ]);
    // The hidden story done on the 20th, back in review on the 25th: only the team's line moves with it.
    expect(rows('team', 'secret')).toEqual([
      ['2026-01-10', '0', '5'],
      ['2026-01-20', '5', '5'],
      ['2026-01-25', '0', '5'],
    ]);
  });

  test('is drawn, and named for screen readers, with the table as its alternative', () => {
    const page = site('public').get('phases/open/index.html')!;
    expect(page).toContain('<h2 id="burn-up-heading">Burn-up</h2>');
    expect(page).toContain('<title>Burn-up of Open phase: stories done against scope, Jan 10, 2026 to Jan 20, 2026</title>');
    expect(site('client').get('phases/open/index.html')).toContain('<caption>Points done and in scope, by day</caption>');
  });
});

describe('outside a git repository', () => {
  const work = mkdtempSync(join(tmpdir(), 'backlog-docs-no-git-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('the changes page says there is no history, and there is no feed', () => {
    cpSync(join(fixturesDir, 'leaks'), join(work, 'content'), { recursive: true });
    const build = runScript('build', ['--content', 'content', '--out', 'out', '--view', 'public'], { cwd: work, env });
    expect(build.status).toBe(0);
    const files = readSiteFiles(join(work, 'out', 'public'));
    expect(files.get('changes/index.html')).toContain('There is no history to show: this backlog is not kept in a git repository.');
    expect(files.has('changes/rss.xml')).toBe(false);
    // No history, no burn-up: the progress bar says where the phase stands.
    expect(files.get('phases/open/index.html')).not.toContain('burn-up');
  }, 120_000);
});
