import type { Project } from '../model/content.ts';
import { referenceField, visibilityField, yamlText } from './template-lines.ts';

export interface EpicTemplateInput {
  title: string;
  project: Pick<Project, 'visibilityLevels' | 'defaultVisibility'>;
  /** Phase ids that exist, to show valid values in the comments. */
  phases: string[];
}

/** A new epic file: its title filled in, its phase and visibility as commented lines. */
export function epicTemplate({ title, project, phases }: EpicTemplateInput): string {
  return [
    '---',
    `title: ${yamlText(title)}`,
    referenceField('phase', undefined, phases),
    visibilityField(project.visibilityLevels, project.defaultVisibility),
    '---',
    '',
    '<!--',
    'Describe the epic in Markdown. Stories join it with "epic: <id>"; a folder stories/<id>/ keeps',
    'them together. HTML comments like this one are never published.',
    '-->',
    '',
  ].join('\n');
}
