import type { Project } from '../model/content.ts';

/**
 * What the entry schemas need from project.yaml: the allowed visibility levels and workflow ids,
 * so a typo in either is reported by the schema with the list of valid values.
 */
export interface SchemaSettings {
  levels: readonly string[];
  statuses: readonly string[];
}

export function schemaSettingsOf(project: Project): SchemaSettings {
  return { levels: project.visibilityLevels, statuses: project.workflow.map((status) => status.id) };
}
