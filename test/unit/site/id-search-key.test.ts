import { describe, expect, test } from 'vitest';
import { idSearchKey, looksLikeAnId } from '../../../src/site/id-search-key.ts';

describe('looking a story up by its id', () => {
  test('any case, with or without the dash, is the same key', () => {
    expect(new Set(['PAR-12', 'par12', 'Par 12', 'par_12', 'ＰＡＲ-12'].map(idSearchKey))).toEqual(new Set(['par12']));
    expect(idSearchKey('PAR-1')).not.toBe(idSearchKey('PAR-12'));
  });

  test('only a query shaped like an id is looked up as one; words are left to the full-text search', () => {
    expect(['PAR-1', 'par3', 'GH 57', 'prój-9'].map(looksLikeAnId)).toEqual([true, true, true, true]);
    expect(['harvest', 'PAR-', '12', 'silo lot 3', 'PAR-1 harvest'].map(looksLikeAnId)).toEqual([false, false, false, false, false]);
  });
});
