import { supportedLocales, type Project } from '../model/content.ts';
import { field, oneOf, yamlText } from './template-lines.ts';

export interface ViewTemplateInput {
  title: string;
  project: Pick<Project, 'visibilityLevels' | 'locale'>;
  /** Stakeholder ids that exist, to show valid values in the comments. */
  stakeholders: string[];
}

/**
 * A new view file: its title, and the most open level, so a new site shows the least until someone
 * raises it; every other field as a commented line.
 */
export function viewTemplate({ title, project, stakeholders }: ViewTemplateInput): string {
  const levels = project.visibilityLevels;
  return [
    `title: ${yamlText(title)}`,
    field('# description: One line under the title', 'also for search engines'),
    field(`level: ${levels[0]}`, `the most restricted content it shows: ${levels.join(' | ')}`),
    field(`# stakeholders: [${stakeholders.slice(0, 2).join(', ')}]`, `only stories that concern one of them: ${oneOf(stakeholders)}`),
    field('# tags: []', 'only stories with one of these tags'),
    field('# show:', 'what else it shows: set true to show it'),
    '#   estimates: false',
    '#   costs: false',
    '#   owners: false',
    '#   feedback: false',
    field(`# locale: ${project.locale}`, `${supportedLocales.join(' | ')}; unset means the project's`),
    field('# site: https://roadmap.example.com', 'its address: sitemap, RSS, canonical links'),
    field('# base: /', 'the path it is served under'),
    field('# search: true', 'full-text search'),
    field('# theme: { accent: "#2f7d32" }', 'and logo: a file of the content folder'),
    '',
  ].join('\n');
}
