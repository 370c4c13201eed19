import type { z } from 'astro/zod';
import type { Epic, Phase, Project, Stakeholder, Story, View } from '../model/content.ts';
import { createEpicSchema } from './epic.ts';
import { createPhaseSchema } from './phase.ts';
import type { SchemaSettings } from './settings.ts';
import { createStakeholderSchema } from './stakeholder.ts';
import { createStorySchema } from './story.ts';
import { createViewSchema } from './view.ts';

import { projectSchema } from './project.ts';

export { projectSchema };
export { schemaSettingsOf, type SchemaSettings } from './settings.ts';

/** The schemas of every collection but the project, for one project's levels and workflow. */
export function createEntrySchemas(settings: SchemaSettings) {
  return {
    views: createViewSchema(settings),
    phases: createPhaseSchema(settings),
    epics: createEpicSchema(settings),
    stakeholders: createStakeholderSchema(settings),
    stories: createStorySchema(settings),
  };
}

export type EntrySchemas = ReturnType<typeof createEntrySchemas>;
export type EntryCollection = keyof EntrySchemas;

/**
 * Each schema produces exactly its type in src/model/content.ts: a field added to, removed from or
 * typed differently in one of them fails to compile here ("false" does not satisfy "true").
 */
export type SchemasProduceTheModel = [
  Holds<Equal<z.output<typeof projectSchema>, Project>>,
  Holds<Equal<z.output<EntrySchemas['views']>, View>>,
  Holds<Equal<z.output<EntrySchemas['phases']>, Phase>>,
  Holds<Equal<z.output<EntrySchemas['epics']>, Epic>>,
  Holds<Equal<z.output<EntrySchemas['stakeholders']>, Stakeholder>>,
  Holds<Equal<z.output<EntrySchemas['stories']>, Story>>,
];

type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
