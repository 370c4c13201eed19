import type { EpicView, PhaseView, StakeholderView, StoryView, ViewData } from '../model/view-data.ts';

/** Raised when a field changes meaning or goes away; a new field alone keeps the version. */
export const backlogExportVersion = 1;

/**
 * `backlog.json`: the view's backlog as data, for scripts and spreadsheets' importers. It holds the
 * projected fields and nothing else, so it shows what the site shows. Bodies are left out: their
 * HTML carries the site's links, images and diagrams, and their text is on the pages; who needs
 * it follows `page`. Slugs and the team site's repository links are left out too.
 */
export function renderBacklogJson(data: ViewData): string {
  const page = (folder: string, slug: string) => `${data.view.base}${folder}/${slug}/`;
  const document = {
    format: 'backlog-docs-export',
    version: backlogExportVersion,
    view: { id: data.view.id, title: data.view.title, description: data.view.description, locale: data.view.locale, show: data.view.show },
    project: {
      name: data.project.name,
      client: data.project.client,
      locale: data.project.locale,
      currency: data.project.currency,
      workflow: data.project.workflow,
    },
    referenceDate: data.referenceDate ?? null,
    progress: data.progress,
    totals: data.totals,
    phases: data.phases.map(({ html: _html, slug, ...phase }: PhaseView) => ({ ...phase, page: page('phases', slug) })),
    epics: data.epics.map(({ html: _html, slug, ...epic }: EpicView) => ({ ...epic, page: page('epics', slug) })),
    stakeholders: data.stakeholders.map(({ slug, ...stakeholder }: StakeholderView) => ({
      ...stakeholder,
      page: page('stakeholders', slug),
    })),
    stories: data.stories.map(({ html: _html, slug, editUrl: _edit, historyUrl: _history, ...story }: StoryView) => ({
      ...story,
      page: page('stories', slug),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
