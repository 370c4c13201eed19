import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findLevelTextInSite } from '../../../src/build/guard-site-text.ts';
import { levelOpenerInHtml } from '../../../src/body/level-directive-text.ts';

const levels = ['public', 'client', 'internal'];
const site = mkdtempSync(join(tmpdir(), 'backlog-docs-guard-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the last guard of a lower site', () => {
  test.each([
    ['<p>:::internal</p>'],
    ['<p>&#58;&#58;&#58;Internal notes</p>'],
    ['<p>\u200b::: internal</p>'],
    ['<span>:::</span><span>client</span>'],
    ['<p>Price :internal[9 k€]</p>'],
  ])('finds the opening of a block in page text: %j', (html) => {
    expect(levelOpenerInHtml(`<main>${html}</main>`, levels)).toBeDefined();
  });

  test('leaves code, scripts and ordinary colons alone', () => {
    expect(
      levelOpenerInHtml(
        '<pre><code>:::internal\nx\n:::</code></pre><code>:::client</code><script>a=":::internal"</script><p>At 10:30, ratio 2:1.</p>',
        levels,
      ),
    ).toBeUndefined();
  });

  test('a page holding such text is a problem naming the site and the page; others are not', () => {
    mkdirSync(join(site, 'stories', 'a'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>Fine.</p>');
    writeFileSync(join(site, 'stories', 'a', 'index.html'), '<p>:::internal Vendor quote</p>');
    writeFileSync(join(site, 'app.js'), 'const s = ":::internal";');
    expect(findLevelTextInSite(site, 'client', 'client', levels)).toEqual([
      expect.objectContaining({
        file: 'client/stories/a/index.html',
        message: 'a "client" page would still show text that opens a ":::internal" block, so nothing is published',
        found: ':::internal Vendor quote',
      }),
    ]);
  });
});
