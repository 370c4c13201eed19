import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkOutputFolders, findStaleSites } from '../../../src/build/output-folders.ts';

const work = mkdtempSync(join(tmpdir(), 'backlog-docs-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'my backlog');
mkdirSync(join(content, 'stories'), { recursive: true });
const check =
  (out: string, views = ['public', 'client']) =>
  () =>
    checkOutputFolders(join(work, out), content, views, (path) => relative(work, path));

describe('the output folder of a build', () => {
  test('missing, empty, or holding sites backlog-docs built: fine', () => {
    expect(check('dist')).not.toThrow();
    mkdirSync(join(work, 'dist', 'client'), { recursive: true });
    mkdirSync(join(work, 'dist', 'public'), { recursive: true });
    writeFileSync(join(work, 'dist', 'public', 'index.html'), '<head><meta name="generator" content="backlog-docs" /></head>');
    expect(check('dist')).not.toThrow();
  });

  test('a folder of files the tool did not build is never replaced', () => {
    mkdirSync(join(work, 'mine', 'public'), { recursive: true });
    writeFileSync(join(work, 'mine', 'public', 'notes.txt'), 'mine');
    expect(check('mine')).toThrow(
      'mine/public holds files that are not a site backlog-docs built, and building "public" would replace them: move them, or choose another --out',
    );
  });

  test('the content folder is never built over, nor built into', () => {
    expect(check('my backlog', ['stories'])).toThrow(
      'the "stories" site would be built into my backlog/stories, inside the content folder: choose another --out',
    );
    expect(check('.', ['my backlog'])).toThrow(
      'the "my backlog" site would be built into my backlog, which holds the content folder: choose another --out',
    );
  });

  test('a file where the output or a site goes is a usage mistake', () => {
    writeFileSync(join(work, 'afile'), '');
    expect(check('afile')).toThrow('--out "afile" is a file, not a folder');
  });

  test('a site built for a view that is gone is found, and nothing else', () => {
    mkdirSync(join(work, 'stale', 'sponsor'), { recursive: true });
    mkdirSync(join(work, 'stale', 'notes'), { recursive: true });
    mkdirSync(join(work, 'stale', 'public'), { recursive: true });
    for (const site of ['sponsor', 'public'])
      writeFileSync(join(work, 'stale', site, 'index.html'), '<meta name="generator" content="backlog-docs" />');
    writeFileSync(join(work, 'stale', 'notes', 'index.html'), '<p>mine</p>');
    expect(findStaleSites(join(work, 'stale'), ['public', 'client'])).toEqual([join(work, 'stale', 'sponsor')]);
  });
});
