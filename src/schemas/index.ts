import { createEpicSchema } from './epic.ts';
import { createPhaseSchema } from './phase.ts';
import type { SchemaSettings } from './settings.ts';
import { createStakeholderSchema } from './stakeholder.ts';
import { createStorySchema } from './story.ts';
import { createViewSchema } from './view.ts';

export { projectSchema, type Project } from './project.ts';
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
