import { describe, expect, test } from 'vitest';
import { oneLine } from '../../../src/text/one-line.ts';
import { plural } from '../../../src/text/plural.ts';

describe('oneLine', () => {
  test('puts text on one line and keeps short text whole', () => {
    expect(oneLine('  Trace\n\tthe   plots ', 20)).toBe('Trace the plots');
  });

  test('cuts long text to the limit, ellipsis included, without a space before it', () => {
    expect(oneLine('Trace every plot of the cooperative', 12)).toBe('Trace every…');
    expect([...oneLine('x'.repeat(50), 10)]).toHaveLength(10);
  });

  test('never splits a character made of two UTF-16 units', () => {
    expect(oneLine('🌾🌾🌾🌾🌾', 3)).toBe('🌾🌾…');
  });
});

test('plural counts with the right noun', () => {
  expect(plural(1, 'story', 'stories')).toBe('1 story');
  expect(plural(0, 'story', 'stories')).toBe('0 stories');
  expect(plural(2, 'file')).toBe('2 files');
});
