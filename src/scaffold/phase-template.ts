import type { Project } from '../model/content.ts';
import { field, visibilityField, yamlText } from './template-lines.ts';

export interface PhaseTemplateInput {
  title: string;
  /** One more than the highest order in use: a new phase comes last on the roadmap. */
  order: number;
  project: Pick<Project, 'visibilityLevels' | 'defaultVisibility' | 'currency'>;
}

/** A new phase file: title and order filled in, every other field as a commented line. */
export function phaseTemplate({ title, order, project }: PhaseTemplateInput): string {
  const levels = project.visibilityLevels;
  return [
    '---',
    `title: ${yamlText(title)}`,
    field(`order: ${order}`, 'position on the roadmap; unique'),
    field('# start: YYYY-MM-DD', 'first day'),
    field('# end: YYYY-MM-DD', 'last day; not before start'),
    field('# status: planned', 'planned | active | done; unset means planned'),
    field('# goal: What the phase must achieve', 'one sentence'),
    field('# budget: { personDays: 20, cost: 13000 }', `cost in ${project.currency}`),
    '# milestones:',
    `#   - { title: A milestone, date: YYYY-MM-DD, visibility: ${levels[levels.length - 1]} }`,
    visibilityField(levels, project.defaultVisibility),
    '---',
    '',
    '<!--',
    'Describe the phase in Markdown: what it delivers, and what it leaves out. Stories join it with',
    '"phase: <id>". HTML comments like this one are never published.',
    '-->',
    '',
  ].join('\n');
}
