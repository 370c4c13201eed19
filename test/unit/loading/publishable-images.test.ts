import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPublishableImage } from '../../../src/loading/content-asset.ts';
import { collectLocalImages } from '../../../src/rendering/local-images.ts';

const folder = realpathSync(mkdtempSync(join(tmpdir(), 'publishable-images-')));
const content = join(folder, 'content');
const outside = join(folder, 'outside');
mkdirSync(join(content, 'secret'), { recursive: true });
mkdirSync(outside);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `bytes` as `name` in the content folder and asks whether it may be published. */
function publish(name: string, bytes: string | Uint8Array, kind: 'image' | 'logo' = 'image') {
  writeFileSync(join(content, name), bytes);
  return readPublishableImage(join(content, name), content, { kind, written: `./${name}` });
}

const bytesOf = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
const isobmff = (major: string, ...compatible: string[]) =>
  bytesOf([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], compatible.join(''), 'rest of the file');
const svg = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inner}</svg>`;
const refusal = (result: ReturnType<typeof readPublishableImage>) => ('refused' in result ? result.refused : undefined);
const nameOf = (result: ReturnType<typeof readPublishableImage>) => ('asset' in result ? result.asset.name : undefined);

describe('an image is published when its bytes are an image', () => {
  test.each([
    ['PNG', 'png', bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR')],
    ['JPEG', 'jpg', bytesOf([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['GIF89a', 'gif', bytesOf('GIF89a', [1, 0, 1, 0])],
    ['GIF87a', 'gif', bytesOf('GIF87a', [1, 0, 1, 0])],
    ['lossy WebP', 'webp', bytesOf('RIFF', [0x20, 0, 0, 0], 'WEBPVP8 ', [0, 0])],
    ['lossless WebP', 'webp', bytesOf('RIFF', [0x20, 0, 0, 0], 'WEBPVP8L', [0, 0])],
    ['AVIF', 'avif', isobmff('avif', 'mif1', 'miaf')],
    ['AVIF as a compatible brand', 'avif', isobmff('mif1', 'avif')],
    ['SVG', 'svg', svg('<circle r="4"/>')],
  ])('%s, under a name with another extension, is published as .%s', (_format, type, bytes) => {
    expect(nameOf(publish(`picture-${type}.bin`, bytes))).toMatch(new RegExp(`^[0-9a-f]{16}\\.${type}$`));
  });

  test('the name is a hash of the bytes: the same image keeps its name, another image gets another', () => {
    const png = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'same');
    expect(nameOf(publish('a.png', png))).toBe(nameOf(publish('b.png', png)));
    expect(nameOf(publish('c.png', bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'other')))).not.toBe(
      nameOf(publish('a.png', png)),
    );
  });

  test('a PNG that also holds SVG markup is a PNG, published and served as one', () => {
    const polyglot = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], svg('<script>alert(1)</script>'));
    expect(nameOf(publish('polyglot.svg', polyglot))).toMatch(/\.png$/);
  });

  test('a clean SVG, as drawing tools write it, is published', () => {
    const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with a drawing tool -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:export-filename="C:\\Users\\po\\logo.png"
     viewBox="0 0 10 10" style="background-color: white">
  <title>Logo &amp; name</title>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h10"/></defs>
  <style><![CDATA[ .a { fill: url(#g); font-weight: bold } ]]></style>
  <rect class="a" width="10" height="10" fill="url('#g')" filter="url( #g )"/>
  <use href="#p"/><use xlink:href="#p"/>
  <a href="#p"><text>see <![CDATA[<script>alert(1)</script>]]> as text</text></a>
  <!-- <script>alert(1)</script> is a comment, inert in XML -->
</svg>`;
    expect(nameOf(publish('drawing.svg', drawing))).toMatch(/\.svg$/);
  });
});

describe('a file that is not an image is refused, naming the reference and the file', () => {
  test('a hidden story named in an image reference', () => {
    writeFileSync(join(content, 'secret/RT-2.md'), '---\ntitle: Secret\n---\nInternal plan');
    expect(readPublishableImage(join(content, 'secret/RT-2.md'), content, { kind: 'image', written: './secret/RT-2.md' })).toEqual({
      refused: expect.objectContaining({
        message: 'the image "./secret/RT-2.md" is not an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)',
        found: 'secret/RT-2.md',
      }),
    });
  });

  test('a Markdown file named .png', () => {
    expect(refusal(publish('notes.png', '# Notes\n\ntext'))?.message).toBe(
      'the image "./notes.png" is not an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)',
    );
  });

  test('a YAML file as a view logo', () => {
    expect(refusal(publish('team.yaml', 'title: Team\nlevel: internal\n', 'logo'))?.message).toBe(
      'the logo "./team.yaml" is not an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)',
    );
  });

  test.each([
    ['an HTML page holding an SVG, named .png', `<!DOCTYPE html><html><body>${svg('<circle r="1"/>')}</body></html>`],
    ['an SVG root outside the SVG namespace', '<svg><circle r="1"/></svg>'],
    ['an SVG written in UTF-16', Buffer.from(`\uFEFF${svg('')}`, 'utf16le')],
    ['a HEIC image, an ISO media file without an AVIF brand', isobmff('heic', 'mif1', 'heic')],
    ['a RIFF file that is no WebP', bytesOf('RIFF', [0x20, 0, 0, 0], 'WAVEfmt ')],
    ['an empty file', ''],
  ])('%s', (_case, bytes) => {
    expect(refusal(publish('page.png', bytes))?.message).toBe(
      'the image "./page.png" is not an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)',
    );
  });

  test.each([
    ['a missing file', join(content, 'none.png')],
    ['a folder', join(content, 'secret')],
    ['a file outside the content folder', join(outside, 'photo.png')],
  ])('%s is not a file inside the content folder', (_case, path) => {
    writeFileSync(join(outside, 'photo.png'), bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(refusal(readPublishableImage(path, content, { kind: 'image', written: 'x.png' }))?.message).toBe(
      'the image "x.png" is not a file inside the content folder',
    );
  });

  test('a link inside the content folder to a file outside it', () => {
    symlinkSync(join(outside, 'photo.png'), join(content, 'linked.png'));
    expect(refusal(readPublishableImage(join(content, 'linked.png'), content, { kind: 'logo', written: 'linked.png' }))?.message).toBe(
      'the logo "linked.png" is not a file inside the content folder',
    );
  });

  test('an SVG that is not well-formed XML', () => {
    expect(refusal(publish('broken.svg', svg('<g><circle r="1"></g>')))).toMatchObject({
      message: 'the image "./broken.svg" is an SVG file that is not well-formed XML',
      found: expect.stringContaining('unexpected close tag'),
    });
    expect(refusal(publish('trailing.svg', `${svg('')}\n\n# A story`))?.message).toContain('not well-formed XML');
  });
});

describe('an SVG with anything active in it is refused, saying what was found', () => {
  test.each([
    ['a script', svg('<script>alert(1)</script>'), 'a script (<script>)'],
    ['a script in capitals', svg('<SCRIPT>alert(1)</SCRIPT>'), 'a script (<SCRIPT>)'],
    [
      'a script with a namespace prefix',
      '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>',
      'a script (<s:script>)',
    ],
    ['a script in CDATA', svg('<script><![CDATA[alert(1)]]></script>'), 'a script (<script>)'],
    ['a script that an HTML parser reads as text', svg('<title><style><script>alert(1)</script></style></title>'), 'a script (<script>)'],
    ['an event attribute', svg('', ' onload="alert(1)"'), 'an event attribute (onload)'],
    ['an event attribute in mixed case', svg('<rect onMouseOver="alert(1)"/>'), 'an event attribute (onMouseOver)'],
    ['an event attribute in capitals', svg('<rect ONCLICK="alert(1)"/>'), 'an event attribute (ONCLICK)'],
    ['an event attribute with a namespace prefix', svg('<rect xlink:onclick="alert(1)"/>'), 'an event attribute (xlink:onclick)'],
    ['foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>'), 'a foreignObject element'],
    ['an HTML element', svg('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml"/>'), 'an HTML or MathML element (<h:iframe>)'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'a javascript: URL (href)'],
    ['a javascript: link in xlink:href', svg('<a xlink:href="javascript:alert(1)"><text>x</text></a>'), 'a javascript: URL (xlink:href)'],
    ['an entity-encoded javascript: link', svg('<a href="jav&#x61;script&#58;alert(1)"><text>x</text></a>'), 'a javascript: URL (href)'],
    [
      'a javascript: link with a tab and a newline in its scheme',
      svg('<a href=" java&#9;scr&#10;ipt:alert(1)"><text>x</text></a>'),
      'a javascript: URL (href)',
    ],
    ['a javascript: link in capitals', svg('<a href="JAVASCRIPT:alert(1)"><text>x</text></a>'), 'a javascript: URL (href)'],
    [
      'an image from another site',
      svg('<image href="https://tracker.example/pixel.png"/>'),
      'a reference to something outside the file (href)',
    ],
    [
      'an embedded data: image',
      svg('<image xlink:href="data:image/svg+xml,&lt;svg/&gt;"/>'),
      'a reference to something outside the file (xlink:href)',
    ],
    ['a use of another file', svg('<use href="icons.svg#a"/>'), 'a <use> of another file (href)'],
    ['a use of another file in xlink:href', svg('<use xlink:href="/other.svg#a"/>'), 'a <use> of another file (xlink:href)'],
    ['an animation that sets href', svg('<a href="#x"><set attributeName="href" to="#y"/></a>'), 'an animation that sets href'],
    [
      'an animation that sets xlink:href',
      svg('<a href="#x"><animate attributeName="xlink:href" values="#a;#b"/></a>'),
      'an animation that sets xlink:href',
    ],
    ['an xml:base', svg('<a xml:base="https://elsewhere.example/" href="#x"/>'), 'an xml:base attribute'],
    [
      'a style attribute loading a URL',
      svg('<rect style="fill: url(https://tracker.example/a.svg#g)"/>'),
      'a CSS url() to outside the file',
    ],
    ['a presentation attribute loading a URL', svg('<rect fill="URL(other.svg#g)"/>'), 'a CSS url() to outside the file'],
    ['a style element with @import', svg('<style>@import "https://tracker.example/a.css";</style>'), 'a CSS @import'],
    ['a style element with @import in CDATA', svg('<style><![CDATA[@IMPORT url(a.css);]]></style>'), 'a CSS @import'],
    [
      'a style element loading a font',
      svg('<style>@font-face { font-family: x; src: url(//tracker.example/f.woff) }</style>'),
      'a CSS url() to outside the file',
    ],
    ['a CSS escape spelling url(', svg('<rect style="fill: \\75 rl(https://tracker.example/)"/>'), 'a CSS escape (\\)'],
    ['a CSS image-set()', svg('<style>rect { fill: image-set("https://tracker.example/a.png" 1x) }</style>'), 'a CSS image-set'],
    [
      'a DOCTYPE',
      `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg('')}`,
      'a DOCTYPE or ENTITY declaration',
    ],
    [
      'an ENTITY that expands to a script',
      `<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>${svg('&x;')}`,
      'a DOCTYPE or ENTITY declaration',
    ],
    [
      'a style sheet processing instruction',
      `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="evil.xsl"?>${svg('')}`,
      'a processing instruction',
    ],
    ['a processing instruction inside', svg('<?php echo 1 ?>'), 'a processing instruction'],
    ['an encoding other than UTF-8', `<?xml version="1.0" encoding="ISO-8859-1"?>${svg('')}`, 'an encoding other than UTF-8 (ISO-8859-1)'],
  ])('%s', (_case, source, construct) => {
    const refused = refusal(publish('unsafe.svg', source));
    expect(refused?.message).toBe(`the image "./unsafe.svg" is an SVG with ${construct}, which is refused rather than cleaned`);
    expect(refused?.found).toMatch(/^line \d+: /);
  });

  test('a logo with a script is refused the same way', () => {
    expect(refusal(publish('logo.svg', svg('<script>alert(1)</script>'), 'logo'))?.message).toBe(
      'the logo "./logo.svg" is an SVG with a script (<script>), which is refused rather than cleaned',
    );
  });
});

describe('images of a body', () => {
  test('only publishable images are rewritten; every other reference is reported with why', () => {
    writeFileSync(join(content, 'plan.png'), bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'plan'));
    writeFileSync(join(content, 'secret/RT-2.md'), '---\ntitle: Secret\n---\nInternal plan');
    writeFileSync(join(content, 'icon.svg'), svg('', ' onload="alert(1)"'));
    const html =
      '<p><img src="plan.png" alt="plan"><img src="./secret/RT-2.md" alt="x"><img src="icon.svg"><img src="none.png"><img src="a%zz.png"><img src="https://example.com/a.png"></p>';
    const images = collectLocalImages(html, join(content, 'ST-1.md'), content);

    expect(images.assets.map((asset) => asset.name)).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.png$/)]);
    expect(images.html).toContain(`<img src="backlog-asset:${images.assets[0].name}" alt="plan">`);
    expect(images.html).toContain(
      '<img src="./secret/RT-2.md" alt="x"><img src="icon.svg"><img src="none.png"><img src="a%zz.png"><img src="https://example.com/a.png">',
    );
    expect(images.refused.map(({ src, message }) => ({ src, message }))).toEqual([
      { src: './secret/RT-2.md', message: 'the image "./secret/RT-2.md" is not an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)' },
      { src: 'icon.svg', message: 'the image "icon.svg" is an SVG with an event attribute (onload), which is refused rather than cleaned' },
      { src: 'none.png', message: 'the image "none.png" is not a file inside the content folder' },
      { src: 'a%zz.png', message: 'the image "a%zz.png" is not a file inside the content folder' },
    ]);
    expect(images.refused[2].hint).toBe('put the image next to the entry and link it with a relative path');
  });

  test('relative addresses other than an image source are reported, never left to name a file', () => {
    const html =
      '<img src="https://example.com/a.png" srcset="https://example.com/a.png 1x, ./secret/RT-2-large.png 2x"><video src="./demo.mp4" poster="https://example.com/p.png"></video>';
    expect(collectLocalImages(html, join(content, 'ST-1.md'), content).refused.map(({ src }) => src)).toEqual([
      './secret/RT-2-large.png',
      './demo.mp4',
    ]);
  });
});
