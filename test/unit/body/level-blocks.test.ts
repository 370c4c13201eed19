import { describe, expect, test } from 'vitest';
import { parseBody, type BodyFormat } from '../../../src/body/body-syntax.ts';
import { inspectLevelBlocks, visibleSource } from '../../../src/body/level-blocks.ts';
import { createMarkdownRenderer } from '../../../src/rendering/markdown-renderer.ts';
import { levelBlocksPlugin } from '../../../src/body/level-blocks.ts';
import { renderMdx } from '../../../src/rendering/mdx-renderer.ts';
import { findMalformedComments } from '../../../src/body/html-comments.ts';

const levels = ['public', 'client', 'internal'];
const inspect = (body: string, format: BodyFormat = 'markdown') => inspectLevelBlocks(parseBody(body, format), body, levels);
const problemLines = (body: string, format: BodyFormat = 'markdown') => inspect(body, format).problems.map((problem) => problem.line);
const render = await createMarkdownRenderer();
const renderFor = (body: string, shown: string[], format: BodyFormat = 'markdown') =>
  format === 'mdx' ? renderMdx(body, [levelBlocksPlugin(new Set(shown))]) : render(body, [levelBlocksPlugin(new Set(shown))]);

describe(':::level blocks are the parser’s container directives', () => {
  test('a block is found, and removed from the tree of a view that may not see it', async () => {
    const body = ['Intro.', '', ':::internal', 'Vendor quote 12 k€.', ':::', '', 'Outro.'].join('\n');
    expect(inspect(body)).toEqual({ levels: new Set(['internal']), hasDirectives: true, problems: [] });
    expect(await renderFor(body, [])).toBe('<p>Intro.</p>\n<p>Outro.</p>\n');
    expect(await renderFor(body, ['internal'])).toBe('<p>Intro.</p>\n<p>Vendor quote 12 k€.</p>\n<p>Outro.</p>\n');
  });

  test.each(['markdown', 'mdx'] as const)(
    "marked with the levels (the team's rendering), each block is boxed with its level's name (%s)",
    async (format) => {
      const body = ['Intro.', '', '::::client', 'For the client.', '', ':::internal', 'Vendor quote.', ':::', '::::'].join('\n');
      const marked =
        format === 'mdx'
          ? renderMdx(body, [levelBlocksPlugin(new Set(levels), levels)])
          : await render(body, [levelBlocksPlugin(new Set(levels), levels)]);
      expect(marked.replaceAll('\n', '')).toBe(
        '<p>Intro.</p><div class="level-block restricted" data-visibility="client"><p class="level-badge">client</p><p>For the client.</p>' +
          '<div class="level-block team-only" data-visibility="internal"><p class="level-badge">internal</p><p>Vendor quote.</p></div></div>',
      );
      expect(await renderFor(body, levels, format)).not.toContain('level-');
    },
  );

  // Each of these was published by the line-based splitter this replaces (issue "Close the leaks").
  test.each([
    ['a fence left open in a list item', '- item\n  ```\n  code\n:::internal\nSECRET\n:::\n'],
    ['a backtick in a fence’s info string (inline code)', '```npm ci``` is what CI runs.\n:::internal\nSECRET\n:::\n'],
    ['a fence line inside an HTML block', '<div>\n```\n</div>\n\n:::internal\nSECRET\n:::\n'],
    ['a block inside a quote', '> :::internal\n> SECRET\n> :::\n'],
    ['a block inside a list item', '- item\n\n  :::internal\n  SECRET\n  :::\n'],
  ])('%s: the parser finds the block, and it is removed', async (_case, body) => {
    expect(inspect(body).problems).toEqual([]);
    expect(inspect(body).levels).toEqual(new Set(['internal']));
    expect(await renderFor(body, [])).not.toContain('SECRET');
    expect(await renderFor(body, ['internal'])).toContain('SECRET');
  });

  test.each([
    ['an unclosed fence that swallows the block', 'text\n```\ncode\n:::internal\nSECRET\n:::\n', 4, /inside a code block/, /never closed/],
    ['a closed fence around the block', '```md\n:::internal\nSECRET\n:::\n```\n', 2, /inside a code block/, /break the colons/],
    ['indented code', 'text\n\n    :::internal\n    SECRET\n', 3, /inside a code block/, /close the code block/],
    ['a tab before the opener', '\t:::internal\nSECRET\n:::\n', 1, /inside a code block/, /./],
    ['a zero-width space before the opener', '\u200b:::internal\nSECRET\n:::\n', 1, /reads it as text/, /U\+200B/],
    ['a BOM before the opener', 'Intro.\n\n\ufeff:::internal\nSECRET\n:::\n', 3, /reads it as text/, /U\+FEFF/],
    ['a no-break space before the opener', '\u00a0:::internal\nSECRET\n:::\n', 1, /reads it as text/, /U\+00A0/],
    ['a space between the colons and the level', '::: internal\nSECRET\n:::\n', 1, /reads it as text/, /no space/],
    ['an opener inside an HTML block', '<div>\n:::internal\nSECRET\n:::\n</div>\n', 2, /inside an HTML block/, /blank line/],
    ['an opener in the middle of a paragraph', 'See :::internal SECRET', 1, /reads it as text/, /./],
    ['an opener written with entities', '&#58;&#58;&#58;internal SECRET', 1, /reads it as text/, /./],
  ])('%s is a problem at its line', (_case, body, line, message, hint) => {
    const { problems } = inspect(body);
    expect(problems[0]).toMatchObject({ line, message: expect.stringMatching(message), hint: expect.stringMatching(hint) });
  });

  test('an HTML comment may hold anything: it is never published', () => {
    expect(inspect('<!--\n:::internal\nold note\n:::\n-->\n').problems).toEqual([]);
    expect(problemLines('<!-- a --> :::internal\n')).toEqual([1]);
  });

  test('the same look-alikes are problems in MDX bodies', () => {
    expect(problemLines('text\n```\n:::internal\nSECRET\n:::\n', 'mdx')).toEqual([3]);
    expect(problemLines('\u200b:::internal\nSECRET\n:::\n', 'mdx')).toEqual([1]);
    expect(problemLines('\u200b:::internal\nSECRET\n:::\n')).toEqual([1]);
    expect(problemLines('{":::internal SECRET"}\n', 'mdx')).toEqual([1]);
  });

  test('a directive that is not a level, a label, attributes and an unclosed block are problems', () => {
    expect(inspect(':::interal\nsecret\n:::').problems).toEqual([
      expect.objectContaining({ line: 1, message: '":::interal" is not a visibility level', hint: 'did you mean ":::internal"?' }),
    ]);
    expect(inspect(':::Internal\nsecret\n:::').problems[0].hint).toBe('did you mean ":::internal"?');
    expect(inspect(':::internal[note]{.x}\nsecret\n:::').problems[0]).toMatchObject({
      message: '":::internal" takes nothing after the level',
      found: '[note]{.x}',
    });
    expect(inspect('Intro.\n\n:::client\ntext').problems[0]).toMatchObject({ line: 3, message: 'the ":::client" block is never closed' });
    expect(inspect('::internal\n').problems[0]).toMatchObject({
      message: '"::internal" is not a level block, so its text would be published',
    });
    expect(inspect('Price is :internal[9 k€] for now.').problems[0]).toMatchObject({
      message: '":internal[…]" is not a level block, so its text would be published',
    });
  });

  test('a stray ":::" is a problem, wherever Markdown put it', () => {
    expect(problemLines('Text\n:::\n')).toEqual([2]);
    expect(problemLines(':::internal\nx\n:::\n\n:::\n')).toEqual([5]);
    expect(problemLines('| a |\n|---|\n| b |\n:::\n')).toEqual([4]);
    expect(problemLines('# :::\n\n<div>:::</div>\n\n    :::\n')).toEqual([1, 3]);
  });

  // Found by a red-team pass: one ":::" closes every block open with as many colons.
  test('a block closed by the fence of a block inside it is a problem, whatever follows', () => {
    const closedByInner = ':::internal\nSecret A.\n\n:::client\nClient part.\n:::\n\nThe rest of the notes.\n';
    expect(inspect(closedByInner).problems).toEqual([
      expect.objectContaining({
        line: 1,
        message: 'the ":::internal" block ends with the ":::" of the ":::client" block inside it, so what follows it would be shown',
        hint: 'give the outer block more colons than the inner one: "::::internal" … "::::"',
      }),
    ]);
    expect(problemLines(':::internal\nA\n\n:::client\nB\n:::\n\n| V | Q |\n|---|---|\n| x | T |\n:::\n\nend')).toEqual([1, 11]);
  });

  test('nested blocks: a view sees the inner block only if it sees the outer one', async () => {
    const body = '::::client\nCLIENT\n\n:::internal\nTEAM\n:::\n::::\n\nafter';
    expect(inspect(body)).toEqual({ levels: new Set(['client', 'internal']), hasDirectives: true, problems: [] });
    expect(await renderFor(body, [])).toBe('<p>after</p>\n');
    expect(await renderFor(body, ['client'])).toBe('<p>CLIENT</p>\n<p>after</p>\n');
    expect(await renderFor(body, ['client', 'internal'])).toBe('<p>CLIENT</p>\n<p>TEAM</p>\n<p>after</p>\n');
  });

  test('text that the directive syntax would eat is kept as written', async () => {
    const body = 'Meet at 10:30, see foo:bar[x]{y=1}.\n\n::note[a line]\n';
    expect(inspect(body).problems).toEqual([]);
    expect(await renderFor(body, [])).toBe('<p>Meet at 10:30, see foo:bar[x]{y=1}.</p>\n<p>::note[a line]</p>\n');
    expect(renderFor('At 10:30.\n\n:::internal\nSECRET {1 + 1}\n:::\n', [], 'mdx')).toBe('<p>At 10:30.</p>');
  });

  test('the visible source of a body, for comparisons, drops the hidden blocks and the fences of the others', () => {
    const body = 'Intro.\n\n:::internal\nSECRET\n:::\n\n:::client\nCLIENT\n:::\n\nOutro.';
    const tree = parseBody(body, 'markdown');
    expect(visibleSource(body, tree, new Set(['public']))).toBe('Intro.\n\n\n\n\n\nOutro.');
    expect(visibleSource(body, tree, new Set(['public', 'client']))).toBe('Intro.\n\n\n\n\nCLIENT\n\n\nOutro.');
  });

  test('notes no page shows are not part of the visible source: editing them changes nothing', () => {
    const visible = (body: string, format: BodyFormat = 'markdown') => visibleSource(body, parseBody(body, format), new Set());
    expect(visible('Text <!-- note v1 --> end.\n\n<!-- block note -->\n')).toBe(
      visible('Text <!-- note v2 --> end.\n\n<!-- other note -->\n'),
    );
    expect(visible('Text {/* v1 */} end.\n', 'mdx')).toBe(visible('Text {/* v2 */} end.\n', 'mdx'));
    expect(visible('```mermaid\npie\n  "A" : 1 %% v1\n```\n')).toBe(visible('```mermaid\npie\n  "A" : 1 %% v2\n```\n'));
    expect(visible('Text one.')).not.toBe(visible('Text two.'));
  });
});

describe('HTML comments', () => {
  test.each([
    ['<!-- a <!-- b --> TOKEN -->\n'],
    ['<!-- x --!> TOKEN -->\n'],
    ['<!--> TOKEN -->\n'],
    ['<!---> TOKEN -->\n'],
    ['Text <!-- x --!> TOKEN --> more.\n'],
  ])('a comment a browser ends early is refused: %j', (body) => {
    expect(findMalformedComments(parseBody(body, 'markdown'))).toEqual([
      expect.objectContaining({
        line: 1,
        message: 'this HTML comment ends earlier than it seems, so the text after its end would be published',
      }),
    ]);
  });

  test('well-formed comments, inline or as blocks, are fine', () => {
    expect(findMalformedComments(parseBody('<!-- a note -->\n\nText <!-- b --> and <!-- c -->.\n', 'markdown'))).toEqual([]);
  });
});
