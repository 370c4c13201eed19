import { describe, expect, test } from 'vitest';
import { renderBacklogJson } from '../../../src/site/backlog-json.ts';
import { exportView, story } from '../../helpers/export-view.ts';

describe('backlog.json', () => {
  test('names its format and version, and holds the view, project, totals, phases, epics, stakeholders and stories', () => {
    const data = exportView({ estimates: true }, [story('ST-1', { estimate: { points: 3 } }), story('ST-2')]);
    const json = JSON.parse(renderBacklogJson(data)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'format',
      'version',
      'view',
      'project',
      'referenceDate',
      'progress',
      'totals',
      'phases',
      'epics',
      'stakeholders',
      'stories',
    ]);
    expect(json).toMatchObject({
      format: 'backlog-docs-export',
      version: 1,
      view: { id: 'client', title: 'Client site', show: { estimates: true, costs: false } },
      project: { name: 'Parcelle', client: 'Coop', currency: 'EUR' },
      referenceDate: '2026-11-23',
      phases: [{ id: 'build', title: 'MVP build', stories: ['ST-1', 'ST-2'], page: '/client/phases/build/' }],
      epics: [{ id: 'logging', page: '/client/epics/logging/' }],
      stakeholders: [{ id: 'farmers', name: 'Member farmers', page: '/client/stakeholders/farmers/' }],
      stories: [
        { id: 'ST-1', estimate: { points: 3 }, page: '/client/stories/st-1/' },
        { id: 'ST-2', page: '/client/stories/st-2/' },
      ],
    });
  });

  test('leaves out bodies, slugs and the repository links of the team site', () => {
    const data = exportView({}, [story('ST-1', { editUrl: 'https://git.example/edit', historyUrl: 'https://git.example/log' })]);
    const json = renderBacklogJson(data);
    for (const left of ['_HTML', '"html"', '"slug"', 'git.example', '<p>']) expect(json).not.toContain(left);
  });

  test('says there is no reference date rather than leaving the key out', () => {
    expect(JSON.parse(renderBacklogJson({ ...exportView(), referenceDate: undefined }))).toHaveProperty('referenceDate', null);
  });
});
