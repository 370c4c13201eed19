import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/build/sitemap.ts';
import { projectRoot } from '../helpers/run-script.ts';

// What makes a test slow belongs in test/build or test/browser: a process, a git repository, a
// built site, Chromium. The unit tier stays a few seconds long because none of it is here.
const slow =
  /node:child_process|from ['"]playwright|\b(runScript|buildExampleSites|createContentRepository|launchChromium|startPreview|serveStatic)\(/;

test('a unit test starts no process, git repository, site build or browser', () => {
  const unitTests = listFiles(join(projectRoot, 'test', 'unit')).filter(
    (path) => path.endsWith('.test.ts') && path !== import.meta.filename,
  );
  expect(unitTests.length).toBeGreaterThan(10);
  const offenders = unitTests.filter((path) => slow.test(readFileSync(path, 'utf8'))).map((path) => relative(projectRoot, path));
  expect(offenders).toEqual([]);
});

// Tests of the repository as a whole sit at the top of their tier.
const wholeRepositoryTests = [
  'test/unit/architecture.test.ts',
  'test/unit/layers.test.ts',
  'test/unit/readme-excerpts.test.ts',
  'test/unit/test-tiers.test.ts',
  'test/build/package.test.ts',
];

test('a test lives in its tier, in the folder named after the src/ folder it tests', () => {
  const srcFolders = new Set(
    readdirSync(join(projectRoot, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name),
  );
  const tests = listFiles(join(projectRoot, 'test'))
    .filter((path) => path.endsWith('.test.ts'))
    .map((path) => relative(projectRoot, path).split(sep).join('/'));
  const misplaced = tests.filter((path) => {
    const [, tier, folder, file] = path.split('/');
    if (!['unit', 'build', 'browser'].includes(tier)) return true;
    return file === undefined ? !wholeRepositoryTests.includes(path) : !srcFolders.has(folder);
  });
  expect(tests.length).toBeGreaterThan(30);
  expect(misplaced).toEqual([]);
});
