import { describe, expect, test } from 'vitest';
import { linkMarker } from '../../../src/model/body-markers.ts';
import { resolveContentLinks } from '../../../src/projection/resolve-content-links.ts';
import { markContentLinks } from '../../../src/rendering/content-links.ts';

const targets = new Map([
  ['/c/stories/PAR-1.md', 'stories/par-1'],
  ['/c/stories/secret/PAR-9.md', 'stories/par-9'],
  ['/c/phases/pilot.md', 'phases/pilot'],
]);

describe('links between content files', () => {
  test('a relative link to an entry file becomes a marker naming the item, whatever the path’s form', () => {
    const html =
      '<p><a href="./PAR-1.md">one</a> <a href="../phases/pilot.md#goal" title="t">pilot</a> <a href="secret/PAR-9.md">nine</a></p>';
    expect(markContentLinks(html, '/c/stories/PAR-2.md', targets)).toEqual({
      html: `<p><a href="${linkMarker}stories/par-1">one</a> <a href="${linkMarker}phases/pilot" title="t">pilot</a> <a href="${linkMarker}stories/par-9">nine</a></p>`,
      refused: [],
    });
  });

  test('addresses, fragments and site paths are left alone; other relative links are refused', () => {
    const kept = '<a href="https://example.org/x.md">a</a><a href="#notes">b</a><a href="/about/">c</a><a href="mailto:a@b.c">d</a>';
    expect(markContentLinks(kept, '/c/stories/PAR-2.md', targets)).toEqual({ html: kept, refused: [] });
    const { refused } = markContentLinks('<a href="./spec.pdf">spec</a><a href="../project.yaml">p</a>', '/c/stories/PAR-2.md', targets);
    expect(refused.map((link) => link.href)).toEqual(['./spec.pdf', '../project.yaml']);
  });

  test('a view links what it shows and keeps only the text of what it hides', () => {
    const html = `<a href="${linkMarker}stories/par-1">one</a>, <a href="${linkMarker}stories/par-9" title="x">the <em>hidden</em> one</a>`;
    const pages = new Map([['stories/par-1', '/client/stories/par-1/']]);
    expect(resolveContentLinks(html, (target) => pages.get(target))).toBe(
      '<a href="/client/stories/par-1/">one</a>, the <em>hidden</em> one',
    );
  });
});
