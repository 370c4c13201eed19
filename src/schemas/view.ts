import { z } from 'astro/zod';
import { invalidAccentColour, invalidBasePath } from '../problems/catalogue/fields.ts';
import { ruleMessage } from '../problems/schema-rules.ts';
import { entryIds, nonEmptyText, oneOf, webAddress } from './fields.ts';
import { supportedLocales } from '../model/content.ts';
import type { SchemaSettings } from './settings.ts';

/** `views/<id>.yaml`: a stakeholder view, built as a static site of its own. */
export function createViewSchema({ levels }: SchemaSettings) {
  return z.strictObject({
    /** Site title. Required. */
    title: nonEmptyText,
    /** One-line description, shown under the title and in search engines. */
    description: z.string().optional(),
    /** Most restricted visibility level this site may show. Required. */
    level: oneOf(levels),
    /** Keep only stories that concern one of these stakeholders (phases and epics stay). Default: all. */
    stakeholders: entryIds.optional(),
    /** Keep only stories with one of these tags. Default: all. */
    tags: z.array(z.string().min(1)).optional(),
    /** Which sensitive fields the site shows. Default: none of them. */
    show: z
      .strictObject({
        estimates: z.boolean().default(false),
        costs: z.boolean().default(false),
        owners: z.boolean().default(false),
        feedback: z.boolean().default(false),
      })
      .default({ estimates: false, costs: false, owners: false, feedback: false }),
    /** UI language of this site. Default: the project's. */
    locale: z.enum(supportedLocales).optional(),
    /** Absolute URL the site is deployed at (sitemap, RSS, canonical links). */
    site: webAddress('https://roadmap.example.com').optional(),
    /** Base path the site is served under. Default `/`. */
    base: z
      .string()
      .regex(/^\//, { error: ruleMessage(invalidBasePath) })
      .default('/'),
    /** Whether the site has full-text search. Default `true`. */
    search: z.boolean().default(true),
    /** Accent colour, and a logo: a file of the content folder, by its path from there. */
    theme: z
      .strictObject({
        accent: z
          .string()
          .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, { error: ruleMessage(invalidAccentColour) })
          .optional(),
        logo: z.string().min(1).optional(),
      })
      .optional(),
  });
}
