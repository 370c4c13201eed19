import { entryIdPattern } from '../model/ids.ts';

/**
 * The id an item of the source keeps here: its own, upper-cased as Backlog.md and Jira show them
 * (`task-12` → `TASK-12`), when that is a valid id; else empty, and the mapping gives it a new one.
 */
export function importedId(sourceId: string, prefix = ''): string {
  const id = `${prefix}${sourceId.trim()}`.toUpperCase();
  return entryIdPattern.test(id) ? id : '';
}
