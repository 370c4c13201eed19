import { describe, expect, test } from 'vitest';
import { dropUndefined, isSamePlainData } from '../../../src/projection/plain-data.ts';

describe('plain data', () => {
  test('a key set to undefined is dropped, other falsy values are kept', () => {
    const kept = dropUndefined({ a: 1, b: undefined, c: null, d: 0, e: '' });
    expect(kept).toEqual({ a: 1, c: null, d: 0, e: '' });
    expect(Object.keys(kept)).toEqual(['a', 'c', 'd', 'e']);
  });

  test('two values are the same whatever the order of their keys; an undefined key counts as absent', () => {
    expect(isSamePlainData({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(isSamePlainData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(isSamePlainData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(isSamePlainData({ a: null }, {})).toBe(false);
  });
});
