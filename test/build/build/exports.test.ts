import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfText, readSiteFiles } from '../../helpers/built-files.ts';
import { findChromium } from '../../helpers/chromium.ts';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { runScript } from '../../helpers/run-script.ts';

// The leak fixture (its canaries are scanned in site-build.test.ts), built with a reference date
// of 2026-11-23, as a daily rebuild would be.
let work: string;
const siteDir = (view: string) => join(work, 'out', view);
const site = (view: string) => readSiteFiles(siteDir(view));
const csvRows = (view: string) =>
  site(view)
    .get('backlog.csv')!
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n')
    .map((row) => row.split(','));
// The stories a site shows are the ones it has a page for (ids are lowercased in URLs).
const storyPages = (view: string) =>
  [...site(view).keys()]
    .map((path) => /^stories\/([^/]+)\/index\.html$/.exec(path)?.[1])
    .filter((slug) => slug !== undefined)
    .sort();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'backlog-docs-exports-'));
  cpSync(join(fixturesDir, 'leaks'), join(work, 'content'), { recursive: true });
  const build = runScript('build', ['--content', 'content', '--out', 'out'], { cwd: work, env: { SOURCE_DATE_EPOCH: '1795392000' } });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('backlog.csv and backlog.json', () => {
  test('the CSV has one row per story the view shows, in every site', () => {
    for (const view of ['public', 'client', 'board-only', 'team']) {
      const ids = csvRows(view)
        .slice(1)
        .map((row) => row[0].toLowerCase());
      expect(ids.length, view).toBeGreaterThan(0);
      expect([...ids].sort(), view).toEqual(storyPages(view));
    }
  });

  test('the CSV has the columns the view may show, and no other', () => {
    const headings = (view: string) => csvRows(view)[0];
    const measures = ['Points', 'Person-days', 'Cost (EUR)', 'Owner'];
    expect(headings('public').filter((heading) => measures.includes(heading))).toEqual([]);
    expect(headings('client').filter((heading) => measures.includes(heading))).toEqual(['Points', 'Person-days', 'Cost (EUR)']);
    expect(headings('team').filter((heading) => measures.includes(heading))).toEqual(measures);
    expect(headings('board-only').slice(0, 3)).toEqual(['ID', 'Titre', 'Statut']);
    expect(site('client').get('backlog.csv')!.startsWith('\uFEFFID,Title,')).toBe(true);
  });

  test('the JSON holds the same stories, with its format, version and reference date', () => {
    for (const view of ['public', 'client', 'team']) {
      const json = JSON.parse(site(view).get('backlog.json')!) as {
        format: string;
        version: number;
        referenceDate: string;
        stories: { id: string }[];
      };
      expect(json.format).toBe('backlog-docs-export');
      expect(json.version).toBe(1);
      expect(json.referenceDate).toBe('2026-11-23');
      expect(json.stories.map((story) => story.id)).toEqual(
        csvRows(view)
          .slice(1)
          .map((row) => row[0]),
      );
    }
  });

  test('the overview links the three exports', () => {
    const overview = site('client').get('index.html')!;
    for (const file of ['report.pdf', 'backlog.csv', 'backlog.json']) expect(overview).toContain(`href="/client/${file}"`);
  });
});

describe.skipIf(!findChromium())('report.pdf', () => {
  const report = (view: string) => join(siteDir(view), 'report.pdf');
  const info = (view: string) => execFileSync('pdfinfo', [report(view)], { encoding: 'utf8' });

  test('is A4, several pages long, each numbered', () => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info('client'))![1]);
    expect(pages).toBeGreaterThan(1);
    expect(info('client')).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const text = site('client').get('report.pdf')!;
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  test('opens on a cover naming the project, the client, the view and the reference date', () => {
    const cover = pdfText(report('client'), { first: 1, last: 1 });
    for (const words of ['Board report', 'Leak test', 'Canary cooperative', 'Client site', 'Nov 23, 2026']) expect(cover).toContain(words);
    const french = pdfText(report('board-only'), { first: 1, last: 1 });
    for (const words of ['Rapport de pilotage', "Board's view", '23 nov. 2026']) expect(french).toContain(words);
  });

  test('holds the phases, their budget, the roadmap, the milestones, the backlog and the recent changes', () => {
    const text = site('client').get('report.pdf')!;
    for (const heading of ['Progress per phase', 'Budget and estimates', 'Roadmap', 'Milestones', 'Backlog', 'Recent changes'])
      expect(text).toContain(heading);
    expect(text).toContain('CLIENT_STORY_OK');
    // Outside git there is no history: the report says so.
    expect(text).toContain('There is no history to show');
  });

  test("is dated the reference date, not the clock's", () => {
    expect(readFileSync(report('client'), 'latin1')).toContain("/CreationDate (D:20261123000000+00'00')");
  });
});
