import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { escapeAttribute } from '../../../src/escaping/attribute.ts';
import { escapeHtml, unescapeHtml } from '../../../src/escaping/html.ts';
import { codeBlock, codeSpan, escapeMarkdown } from '../../../src/escaping/markdown.ts';
import { escapeFlowchartLabel, escapeGanttName, escapeMermaidText } from '../../../src/escaping/mermaid-label.ts';
import { escapeXml } from '../../../src/escaping/xml.ts';
import { hostileTitles } from '../../helpers/hostile-titles.ts';
import { projectRoot } from '../../helpers/run-script.ts';

const texts = [...hostileTitles, '&amp; already escaped &lt;b&gt; &#39;', 'Line one\nline two', ''];

describe('HTML text', () => {
  test('cannot open a tag or start a character reference; quotes stay as written', () => {
    expect(escapeHtml(`<b>Tom & "Jerry's"</b>`)).toBe(`&lt;b&gt;Tom &amp; "Jerry's"&lt;/b&gt;`);
  });

  test.each(texts)('reads back as the text it was: %j', (text) => {
    expect(escapeHtml(text)).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
    expect(unescapeHtml(escapeHtml(text))).toBe(text);
  });

  test('unescapes what the Markdown renderer writes, an escaped ampersand last', () => {
    expect(unescapeHtml('A --&gt; B &quot;x&quot; &#39;y&#39; &amp;lt;')).toBe(`A --> B "x" 'y' &lt;`);
  });
});

describe('an attribute value', () => {
  test.each(texts)('cannot end its quotes or open a tag: %j', (text) => {
    expect(escapeAttribute(text)).not.toMatch(/["<>]|&(?!amp;|lt;|gt;|quot;)/);
    expect(unescapeHtml(escapeAttribute(text))).toBe(text);
  });

  test('is escaped as text is, with the double quote', () => {
    expect(escapeAttribute(`Tom & "Jerry's" <3`)).toBe(`Tom &amp; &quot;Jerry's&quot; &lt;3`);
  });
});

describe('XML', () => {
  test.each(texts)('reads back the same in an element and in either quotes: %j', (text) => {
    const escaped = escapeXml(text);
    const parser = new SaxesParser();
    let read: { text: string; double?: string; single?: string } = { text: '' };
    parser.on('opentag', (tag) => (read = { ...read, double: tag.attributes.double, single: tag.attributes.single }));
    parser.on('text', (chunk) => (read.text += chunk));
    parser.write(`<item double="${escaped}" single='${escaped}'>${escaped}</item>`).close();
    // XML normalises line breaks in attribute values to spaces.
    expect(read).toEqual({ text, double: text.replace(/\n/g, ' '), single: text.replace(/\n/g, ' ') });
  });

  test('uses the entities XML predefines', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});

describe('Mermaid labels', () => {
  test('plain words stay readable; anything else becomes an entity code', () => {
    expect(escapeMermaidText('Log a harvest, with yield (t/ha)')).toBe('Log a harvest, with yield (t/ha)');
    expect(escapeMermaidText('Étape 2 : récolte')).toBe('Étape 2 #58; récolte');
    expect(escapeMermaidText('a%%b\nc')).toBe('a#37;#37;b#10;c');
  });

  test.each(texts)('a gantt name cannot end its task, start a comment or read as a keyword: %j', (text) => {
    const name = escapeGanttName(text);
    expect(name.replace(/#\d+;/g, '')).not.toMatch(/[:;#"`<>%\n[\]{}]/);
    expect(name).toMatch(/^#\d+;/);
  });

  test('a gantt name always starts with an entity, and an empty one is a space', () => {
    expect(escapeGanttName('section Sneaky')).toBe('#115;ection Sneaky');
    expect(escapeGanttName(':x')).toBe('#58;x');
    expect(escapeGanttName('')).toBe('#32;');
  });

  test.each(texts)('a flowchart label cannot end its quotes, hold a tag, an entity, a comment or a line break: %j', (text) => {
    expect(escapeFlowchartLabel(text)).not.toMatch(/["`<>\n]|%%|#\d|&\w/);
  });

  test('a flowchart label keeps look-alikes of what it replaces', () => {
    expect(escapeFlowchartLabel('Say "hi" to <b> & `x` #1')).toBe('Say ”hi” to ‹b› &\u200b ‘x‘ #\u200b1');
  });
});

describe('Markdown', () => {
  test('text stays text: no markup, no mention, one line', () => {
    expect(escapeMarkdown('**bold** [link](x) <b> | @claire\n# title')).toBe(
      '\\*\\*bold\\*\\* \\[link\\]\\(x\\) \\<b\\> \\| @\u200bclaire \\# title',
    );
  });

  test('code that no backtick inside can close', () => {
    expect(codeSpan('a`b')).toBe('`` a`b ``');
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeBlock('mermaid', 'x\n````\ny')).toBe('`````mermaid\nx\n````\ny\n`````');
  });
});

describe('the escaping modules', () => {
  test('are pure: they import nothing', () => {
    const folder = join(projectRoot, 'src', 'escaping');
    for (const name of readdirSync(folder)) {
      expect(readFileSync(join(folder, name), 'utf8'), name).not.toMatch(/^\s*(import|export .* from)\b/m);
    }
  });
});
