/*
 * Helpers for plain data, what a projection holds (no cycles, no class instances), shared by the
 * projection and the diff. They import nothing: the projection is pure.
 */

/** Drops keys whose value is undefined, so they are absent from the data and its JSON (not null). */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * Whether two values of plain data (what a projection holds: no cycles, no class instances) are
 * equal, whatever the order of their keys. A key whose value is undefined counts as absent.
 */
export function isSamePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => isSamePlainData(item, b[index]));
  }
  const [first, second] = [a as Record<string, unknown>, b as Record<string, unknown>];
  // Each key set in the first must be equal in the second, and the second must set no other.
  let keys = 0;
  for (const key in first) {
    if (first[key] === undefined) continue;
    if (!isSamePlainData(first[key], second[key])) return false;
    keys++;
  }
  for (const key in second) if (second[key] !== undefined) keys--;
  return keys === 0;
}
