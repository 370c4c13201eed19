import type { Project } from '../model/content.ts';
import { field, visibilityField, yamlText } from './template-lines.ts';

export interface StakeholderTemplateInput {
  name: string;
  project: Pick<Project, 'visibilityLevels' | 'defaultVisibility'>;
}

/** A new stakeholder file: its name filled in, every other field as a commented line. */
export function stakeholderTemplate({ name, project }: StakeholderTemplateInput): string {
  return [
    `name: ${yamlText(name)}`,
    field('# kind: client', 'free text: client, marketing, sales, technical…'),
    field('# description: What they care about', 'shown on their page'),
    visibilityField(project.visibilityLevels, project.defaultVisibility),
    '',
  ].join('\n');
}
