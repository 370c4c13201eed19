import view, { previewProblems } from 'virtual:backlog-docs/view';
import type { PhaseView, StoryView } from '../model/view-data.ts';
import { defaultWorkflow } from '../model/content.ts';
import { describeChange, groupByDay, type ChangeContext } from './describe-change.ts';
import { groupFeedback } from './feedback-groups.ts';
import { createFormatter } from './format.ts';
import { dictionaryFor } from './i18n.ts';
import { renderRssFeed } from './rss-feed.ts';
import { teamMatrix } from './team-matrix.ts';

/**
 * Everything pages need about the view being built: its projected data, its words and formats,
 * lookups and URLs. Pages import this; nothing else of the backlog is importable.
 */
export const data = view;
/** In `dev`, the problems of the last edit (the pages show the last valid content meanwhile). */
export const problemsInPreview = previewProblems;
export const t = dictionaryFor(view.view.locale);
/** Words that join the content's own (a story's sentence): in the content's language, not the UI's. */
export const contentWords = dictionaryFor(view.project.locale);
/** A `lang` for content-language text, when it is not the page's. */
export const contentLang = view.project.locale === view.view.locale ? undefined : view.project.locale;
export const format = createFormatter(view.view.locale, view.project.currency);

export const storyById = new Map(view.stories.map((story) => [story.id, story]));
export const phaseById = new Map(view.phases.map((phase) => [phase.id, phase]));
export const epicById = new Map(view.epics.map((epic) => [epic.id, epic]));
// Once per site, not per page: every page's header asks whether there are any. Per page, each
// went over every story (at 10,000 stories, two thirds of the team site's build time).
export const feedbackGroups = groupFeedback(view);
export const teams = teamMatrix(view);
export const stakeholderById = new Map(view.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
// The default workflow speaks the site's language; a project's own workflow keeps its own labels.
const keepsDefaultWorkflow = JSON.stringify(view.project.workflow) === JSON.stringify(defaultWorkflow);
export const workflow = view.project.workflow.map((status) => ({
  ...status,
  label: keepsDefaultWorkflow ? t.defaultStatuses[status.id] : status.label,
}));
export const statusById = new Map(workflow.map((status) => [status.id, status]));

/** A path inside the site, under its base. */
export function href(path = ''): string {
  return `${view.view.base}${path.replace(/^\//, '')}`;
}

export const urls = {
  story: (id: string) => href(`stories/${storyById.get(id)!.slug}/`),
  phase: (id: string) => href(`phases/${phaseById.get(id)!.slug}/`),
  epic: (id: string) => href(`epics/${epicById.get(id)!.slug}/`),
  stakeholder: (id: string) => href(`stakeholders/${stakeholderById.get(id)!.slug}/`),
};

/**
 * Reading order of the docs pages, as in the sidebar: each phase then its stories, then the
 * stories of no phase. Prev/next links follow it.
 */
export const readingOrder: { kind: 'phase' | 'story'; id: string; title: string; url: string }[] = [
  ...view.phases.flatMap((phase) => [
    { kind: 'phase' as const, id: phase.id, title: phase.title, url: urls.phase(phase.id) },
    ...phase.stories.map((id) => ({ kind: 'story' as const, id, title: storyById.get(id)!.title, url: urls.story(id) })),
  ]),
  ...view.stories
    .filter((story) => !story.phase)
    .map((story) => ({ kind: 'story' as const, id: story.id, title: story.title, url: urls.story(story.id) })),
];

// Looked up once per page: a Map keeps the whole build linear in the number of pages.
const readingIndex = new Map(readingOrder.map((item, index) => [`${item.kind}:${item.id}`, index]));

export function neighbours(kind: 'phase' | 'story', id: string) {
  const index = readingIndex.get(`${kind}:${id}`)!;
  return { previous: readingOrder[index - 1], next: readingOrder[index + 1] };
}

/** Stories of no phase, in backlog order. */
export const unscheduledStories = view.stories.filter((story) => !story.phase);

export function storiesOf(ids: string[]): StoryView[] {
  return ids.map((id) => storyById.get(id)!);
}

/**
 * Now / next / later from the build's reference date (never the clock): phases running on that
 * day are now, the first phase starting after it is next, the rest later. Without a reference date,
 * phase statuses decide.
 */
export function nowNextLater(): { now: PhaseView[]; next: PhaseView[]; later: PhaseView[] } {
  const reference = view.referenceDate;
  const isNow = (phase: PhaseView) =>
    reference && phase.start && phase.end ? phase.start <= reference && reference <= phase.end : phase.status === 'active';
  const isPast = (phase: PhaseView) => (reference && phase.end ? phase.end < reference : phase.status === 'done');
  const now = view.phases.filter(isNow);
  const upcoming = view.phases.filter((phase) => !isNow(phase) && !isPast(phase));
  return { now, next: upcoming.slice(0, 1), later: upcoming.slice(1) };
}

/** The five stories done most recently (by their `updated` date), up to the reference date. */
export function recentlyDone(): StoryView[] {
  return view.stories
    .filter((story) => story.category === 'done' && story.updated && (!view.referenceDate || story.updated <= view.referenceDate))
    .sort((a, b) => b.updated!.localeCompare(a.updated!) || a.id.localeCompare(b.id))
    .slice(0, 5);
}

const changeContext: ChangeContext = {
  t,
  format,
  story: (id) => storyById.get(id)!,
  phase: (id) => phaseById.get(id)!,
  status: (id) => statusById.get(id) ?? { label: id, category: 'planned' },
  url: { story: urls.story, phase: urls.phase },
};

/** Recent changes in words (the `limit` newest), grouped by the day of their commit, newest first; undefined outside git. */
export function changesByDay(limit?: number) {
  return (
    view.changes && groupByDay(view.changes.slice(0, limit).map((entry) => ({ ...describeChange(entry, changeContext), date: entry.date })))
  );
}

/**
 * The last 50 changes as RSS, only when the view has a `site` URL and a history: feed links must
 * be absolute, so a site without a URL has no feed, as it has no sitemap.
 */
export function changesFeed(): string | undefined {
  const site = view.view.site;
  if (!site || !view.changes) return undefined;
  const absolute = (path: string) => new URL(path, site).href;
  const items = view.changes.slice(0, 50).map((entry) => {
    const change = describeChange(entry, changeContext);
    const subject = change.id ? `${change.id} ${change.title}` : change.title;
    return {
      title: `${change.label}: ${subject}`,
      description: change.detail || subject,
      link: absolute(change.url),
      guid: `${entry.date} ${entry.kind} ${entry.kind === 'phase-dates' ? entry.phase : entry.story}`,
      date: entry.date,
    };
  });
  const channel = { title: `${t.changes} · ${view.view.title}`, description: t.changesIntro, language: view.view.locale };
  return renderRssFeed({ ...channel, link: absolute(href('changes/')), self: absolute(href('changes/rss.xml')) }, items);
}
