import type { Backlog, Entry } from '../model/backlog.ts';
import { problemAt, type ContentProblem } from '../problems/content-problem.ts';
import { levelOpenerIn } from '../body/level-directive-text.ts';
import { levelTextInField } from '../problems/catalogue/fields.ts';

/**
 * A `:::level` written in a frontmatter field (a title, a feedback text) restricts nothing: the
 * field is shown whole wherever its item is. Sites refuse such text on their pages (SPEC §2), so
 * `check` reports it here, at the field, before a build would stop on it.
 */
export function findLevelTextInFields(backlog: Backlog): ContentProblem[] {
  const levels = backlog.project.visibilityLevels;
  const problems: ContentProblem[] = [];
  const visit = (entry: Entry<unknown>, value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const level = levelOpenerIn(value, levels);
      if (level === undefined) return;
      problems.push(
        problemAt({ file: entry.file, ...entry.locate(path), field: path.join('.') }, levelTextInField, { level, text: value }),
      );
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(entry, item, [...path, index]));
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(entry, item, [...path, key]);
  };
  for (const collection of ['views', 'phases', 'epics', 'stakeholders', 'stories'] as const) {
    for (const entry of backlog[collection]) visit(entry, entry.data, []);
  }
  return problems;
}
