import { z } from 'astro/zod';
import { entryId, nonEmptyText, oneOf } from './fields.ts';
import type { SchemaSettings } from './settings.ts';

/** `epics/<id>.md` frontmatter: an optional grouping of stories. The body describes it. */
export function createEpicSchema({ levels }: SchemaSettings) {
  return z.strictObject({
    /** Epic name. Required. */
    title: nonEmptyText,
    /** The phase it belongs to. */
    phase: entryId.optional(),
    /** Visibility level. Default: the project's `defaultVisibility`. */
    visibility: oneOf(levels).optional(),
  });
}
