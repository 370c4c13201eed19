import type { StoryView, ViewData } from '../../src/model/view-data.ts';
import { defaultWorkflow } from '../../src/model/content.ts';

const progress = { stories: 0, planned: 0, active: 0, done: 0, dropped: 0 };
const estimates = { estimated: {}, done: {}, remaining: {} };

export function story(id: string, fields: Partial<StoryView> = {}): StoryView {
  return {
    id,
    slug: id.toLowerCase(),
    title: `Story ${id}`,
    status: 'ready',
    category: 'planned',
    priority: 'must',
    stakeholders: [],
    dependsOn: [],
    hiddenDependencies: 0,
    dependents: [],
    acceptance: [],
    feedback: [],
    tags: [],
    links: [],
    html: '<p>BODY_HTML</p>',
    ...fields,
  };
}

/** A small view's data for the exports' tests; `show` switches on what the test needs. */
export function exportView(show: Partial<ViewData['view']['show']> = {}, stories: StoryView[] = [story('ST-1')]): ViewData {
  return {
    view: {
      id: 'client',
      title: 'Client site',
      locale: 'en',
      base: '/client/',
      search: true,
      show: { estimates: false, costs: false, owners: false, feedback: false, ...show },
      isTeamSite: false,
    },
    project: {
      name: 'Parcelle',
      locale: 'en',
      client: 'Coop',
      summaryHtml: '<p>Summary</p>',
      currency: 'EUR',
      workflow: [...defaultWorkflow],
    },
    referenceDate: '2026-11-23',
    phases: [
      {
        id: 'build',
        slug: 'build',
        title: 'MVP build',
        order: 1,
        status: 'active',
        milestones: [],
        team: [],
        resources: [],
        html: '<p>PHASE_HTML</p>',
        stories: stories.map((item) => item.id),
        progress,
        estimates,
      },
    ],
    epics: [{ id: 'logging', slug: 'logging', title: 'Field logging', html: '<p>EPIC_HTML</p>', stories: [], progress }],
    stakeholders: [{ id: 'farmers', slug: 'farmers', name: 'Member farmers', stories: [], phases: [] }],
    stories,
    progress,
    totals: estimates,
    diagrams: { phases: {}, stories: {} },
    assets: [],
  };
}
