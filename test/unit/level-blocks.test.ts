import { describe, expect, test } from 'vitest';
import { splitBodyByLevel } from '../../src/loading/level-blocks.ts';

const levels = ['public', 'client', 'internal'];

describe(':::level blocks', () => {
  test('split a body into open text and restricted segments, with their lines', () => {
    const body = ['Intro.', '', ':::internal', 'Vendor quote 12 k€.', ':::', '', 'Outro.'].join('\n');
    expect(splitBodyByLevel(body, levels)).toEqual({
      segments: [
        { level: undefined, text: 'Intro.\n', line: 1 },
        { level: 'internal', text: 'Vendor quote 12 k€.', line: 4 },
        { level: undefined, text: '\nOutro.', line: 6 },
      ],
      problems: [],
    });
  });

  test('a misnamed block is a problem and its text is still held back as the most restricted level', () => {
    const { segments, problems } = splitBodyByLevel(':::interal\nsecret\n:::', levels);
    expect(problems).toEqual([expect.objectContaining({ line: 1, message: '":::interal" is not a visibility level' })]);
    expect(segments).toEqual([{ level: 'internal', text: 'secret', line: 2 }]);
  });

  test('a block inside a quote, a list item or indentation is a problem, never published text', () => {
    const body = ['> :::internal', '> Vendor quote.', '> :::', '', '- item', '    :::internal', '    secret', '    :::', '', '1. :::client', 'Plain: use :::internal blocks.'].join('\n');
    const { problems } = splitBodyByLevel(body, levels);
    expect(problems.map((problem) => problem.line)).toEqual([1, 3, 6, 8, 10]);
    expect(problems[0]).toMatchObject({ message: 'a ":::" block must start a line of its own, outside quotes, lists and indentation', found: '> :::internal' });
  });

  test('directives inside fenced code are text', () => {
    const body = '```md\n:::secret\n:::\n```';
    expect(splitBodyByLevel(body, levels)).toEqual({ segments: [{ level: undefined, text: body, line: 1 }], problems: [] });
  });

  test('a stray closing fence, a nested block and an unclosed block are problems', () => {
    expect(splitBodyByLevel(':::', levels).problems[0].message).toMatch(/never opened/);
    expect(splitBodyByLevel(':::client\n:::internal\n:::', levels).problems[0].message).toMatch(/cannot open inside/);
    expect(splitBodyByLevel(':::client\ntext', levels).problems[0].message).toMatch(/never closed/);
  });
});
