import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/build/sitemap.ts';
import { projectRoot } from '../helpers/run-script.ts';

// What makes a test slow belongs in test/build or test/browser: a process, a git repository, a
// built site, Chromium. The unit tier stays a few seconds long because none of it is here.
const slow =
  /node:child_process|playwright|\b(runScript|buildExampleSites|createContentRepository|launchChromium|startPreview|serveStatic)\(/;

test('a unit test starts no process, git repository, site build or browser', () => {
  const unitTests = listFiles(join(projectRoot, 'test', 'unit')).filter(
    (path) => path.endsWith('.test.ts') && path !== import.meta.filename,
  );
  expect(unitTests.length).toBeGreaterThan(10);
  const offenders = unitTests.filter((path) => slow.test(readFileSync(path, 'utf8'))).map((path) => relative(projectRoot, path));
  expect(offenders).toEqual([]);
});
