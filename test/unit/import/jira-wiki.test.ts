import { describe, expect, test } from 'vitest';
import { jiraWikiToMarkdown } from '../../../src/import/jira-wiki.ts';

const markdown = (wiki: string) => jiraWikiToMarkdown(wiki).markdown;

describe('jiraWikiToMarkdown', () => {
  test('headings, bold, italic, strike-through and monospace', () => {
    expect(markdown('h1. Goal\nh3. Details\nThis is *bold*, _italic_, -gone- and {{code_x*y*}}.')).toBe(
      '# Goal\n### Details\nThis is **bold**, *italic*, ~~gone~~ and `code_x*y*`.',
    );
  });

  test('nested bullet and numbered lists', () => {
    expect(markdown('* one\n** one a\n# first\n## first a\n- dash')).toBe('- one\n   - one a\n1. first\n   1. first a\n- dash');
  });

  test('code and noformat blocks keep their text as written, with the language', () => {
    expect(markdown('{code:java}\nint *x* = 1;\n{code}\n{noformat}\n_raw_\n{noformat}')).toBe(
      '```java\nint *x* = 1;\n```\n```\n_raw_\n```',
    );
    expect(markdown('{code:title=A.java|language=java}\nx\n{code}')).toBe('```\nx\n```');
  });

  test('links, mentions, quotes and tables', () => {
    expect(markdown('See [the spec|https://example.com/spec], [https://example.com] and [~alice].')).toBe(
      'See [the spec](https://example.com/spec), <https://example.com> and @alice.',
    );
    expect(markdown('bq. A quote\n{quote}\nline one\n{quote}')).toBe('> A quote\n> line one');
    expect(markdown('||Name||Value||\n|a|*b*|')).toBe('| Name | Value |\n| --- | --- |\n| a | **b** |');
  });

  test('attachments are named, since a CSV export does not hold them', () => {
    expect(jiraWikiToMarkdown('Look: !screen shot.png|thumbnail! and [^log.txt]')).toEqual({
      markdown: 'Look: (attached image: screen shot.png) and (attachment log.txt)',
      attachments: ['screen shot.png', 'log.txt'],
    });
    expect(markdown('!https://example.com/a.png!')).toBe('![](https://example.com/a.png)');
  });

  test('a dash, an asterisk or an underscore in running text stays as written', () => {
    expect(markdown('2 * 3 = 6, snake_case_name and a -- b')).toBe('2 * 3 = 6, snake_case_name and a -- b');
  });
});
