import { idKey } from '../model/ids.ts';
import type { Project } from '../model/content.ts';
import { field, oneOf, referenceField, visibilityField, yamlText } from './template-lines.ts';

/**
 * The next free story id: one more than the highest number written after the project's prefix
 * (`PAR-40` → `PAR-41`), whatever the case; `PREFIX-1` in an empty backlog.
 */
export function nextStoryId(ids: readonly string[], prefix: string): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  const highest = Math.max(0, ...ids.map((id) => Number(pattern.exec(id)?.[1] ?? 0)));
  let next = highest + 1;
  const taken = new Set(ids.map(idKey));
  while (taken.has(idKey(`${prefix}-${next}`))) next++;
  return `${prefix}-${next}`;
}

export interface StoryTemplateInput {
  title: string;
  phase?: string;
  epic?: string;
  project: Pick<Project, 'workflow' | 'visibilityLevels' | 'defaultVisibility' | 'currency'>;
  /** Ids that exist, to show valid values in the comments. */
  known: { phases: string[]; epics: string[]; stakeholders: string[] };
}

/**
 * A new story file: the required fields filled in (the first planned status, `should`), every
 * other field as a commented line with its valid values, so the file is valid as written and
 * shows the whole format.
 */
export function storyTemplate({ title, phase, epic, project, known }: StoryTemplateInput): string {
  const planned = project.workflow.find((status) => status.category === 'planned') ?? project.workflow[0];
  const statuses = project.workflow.map((status) => status.id).join(' | ');
  const levels = project.visibilityLevels;
  const restricted = levels[levels.length - 1];
  return [
    '---',
    `title: ${yamlText(title)}`,
    field('# as: who wants it', 'the story sentence: "As a ___,'),
    field('# want: what they want', 'I want ___'),
    field('# soThat: why', 'so that ___"'),
    field(`status: ${planned.id}`, statuses),
    field('priority: should', 'must | should | could | wont'),
    field('# rank: 10', 'order inside a priority, lower first'),
    referenceField('phase', phase, known.phases),
    referenceField('epic', epic, known.epics),
    field(`# stakeholders: [${known.stakeholders.slice(0, 2).join(', ')}]`, oneOf(known.stakeholders)),
    field('# dependsOn: []', 'story ids that must be done first'),
    field('# estimate: { points: 3, personDays: 2, cost: 1300 }', `cost in ${project.currency}`),
    '# acceptance:',
    '#   - A criterion to check',
    '#   - { text: A criterion already met, done: true }',
    '# feedback:',
    `#   - { date: YYYY-MM-DD, from: ${known.stakeholders[0] ?? '<stakeholder id>'}, text: What they said., visibility: ${restricted} }`,
    '# owner: Who is responsible',
    '# tags: []',
    visibilityField(levels, project.defaultVisibility),
    field('# created: YYYY-MM-DD', 'default: the first commit each site shows it in'),
    field('# updated: YYYY-MM-DD', 'default: the last commit that changed what each site shows of it'),
    '# links:',
    '#   - { title: A document, url: https://example.com/document }',
    '---',
    '',
    '<!--',
    'Describe the story in Markdown. A block between ":::' + restricted + '" and ":::" is shown only on',
    `sites of that level (${levels.join(', ')}). HTML comments like this one are never published.`,
    '-->',
    '',
  ].join('\n');
}
