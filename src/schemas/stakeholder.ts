import { z } from 'astro/zod';
import { nonEmptyText, oneOf } from './fields.ts';
import type { SchemaSettings } from './settings.ts';

/** `stakeholders/<id>.yaml`: a client, business or technical party. */
export function createStakeholderSchema({ levels }: SchemaSettings) {
  return z.strictObject({
    /** Display name. Required. */
    name: nonEmptyText,
    /** Free text: client, marketing, sales, technical, ... */
    kind: z.string().optional(),
    /** What they care about. */
    description: z.string().optional(),
    /** Visibility level. Default: the project's `defaultVisibility`. */
    visibility: oneOf(levels).optional(),
  });
}
