import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../src/import/csv.ts';

describe('parseCsv', () => {
  test('reads quoted cells with commas, quotes and line breaks, and the line each row starts on', () => {
    const text = '\uFEFFKey,Description\r\nA-1,"one, ""two""\r\nthree"\r\nA-2,plain\r\n\r\nA-3,\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ['Key', 'Description'],
        ['A-1', 'one, "two"\r\nthree'],
        ['A-2', 'plain'],
        ['A-3', ''],
      ],
      lines: [1, 2, 4, 6],
    });
  });

  test('keeps empty cells, and a last row without a line break', () => {
    expect(parseCsv('a,,"",d\nx,y')).toEqual({
      rows: [
        ['a', '', '', 'd'],
        ['x', 'y'],
      ],
      lines: [1, 2],
    });
  });

  test('a quote never closed is an error at the line it opens on', () => {
    expect(parseCsv('Key,Summary\nA-1,"cut\nshort\n')).toEqual({ error: { line: 2, reason: 'a quoted cell is never closed' } });
  });

  test('text after a closing quote is an error at its line', () => {
    expect(parseCsv('a\n"b\nc"d,e\n')).toEqual({
      error: { line: 3, reason: 'text after the closing quote of a cell (a quote inside a cell is written "")' },
    });
  });
});
