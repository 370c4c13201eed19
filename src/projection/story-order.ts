import { priorities } from '../model/content.ts';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Backlog order (SPEC §1): MoSCoW priority, then rank (unranked last), then id in natural order. */
export function compareStories(
  a: { priority: (typeof priorities)[number]; rank?: number; id: string },
  b: { priority: (typeof priorities)[number]; rank?: number; id: string },
): number {
  return (
    priorities.indexOf(a.priority) - priorities.indexOf(b.priority) ||
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    collator.compare(a.id, b.id) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
