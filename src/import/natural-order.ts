const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Names in the order people number them: `Sprint 2` before `Sprint 10`, `1.9` before `1.10`. */
export function naturalOrder(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
