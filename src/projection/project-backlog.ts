import type { RenderedBacklog, RenderedHtml } from '../model/rendered-backlog.ts';
import { assetMarker, linkMarker } from '../model/body-markers.ts';
import { resolveContentLinks } from './resolve-content-links.ts';
import { idKey } from '../model/ids.ts';
import type { PhaseView, Progress, StoryView, ViewData } from '../model/view-data.ts';
import type { WorkflowStatus } from '../model/content.ts';
import { dropUndefined } from './plain-data.ts';
import { unknownView } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';
import { compareStories } from './story-order.ts';
import { addUpEstimates, measuresCarried } from './estimate-totals.ts';
import { basePathOf, rulesOfView } from './view-rules.ts';
import { visibilityMarksForTeam } from './visibility-marks.ts';

export interface ProjectionOptions {
  /** The build's reference date, YYYY-MM-DD (SPEC §3: SOURCE_DATE_EPOCH, or the view's last change in git). */
  referenceDate?: string;
}

/**
 * The backlog as one view may see it (SPEC §2). A pure function: everything a site shows comes
 * from its result, so what is filtered out here cannot reach any file of that site.
 */
export function projectBacklogForView(backlog: RenderedBacklog, viewId: string, options: ProjectionOptions = {}): ViewData {
  const viewEntry = backlog.views.find((view) => view.id === viewId);
  if (!viewEntry) throw usageError(unknownView, { id: viewId, views: backlog.views.map((view) => view.id) });
  const view = viewEntry.data;
  const { project } = backlog;
  const levels = project.visibilityLevels;
  const maxLevel = levels.indexOf(view.level);
  const isTeamSite = maxLevel === levels.length - 1;
  const rules = rulesOfView(view, levels);
  const isVisible = rules.showsLevel;
  // Levels reach the team's data only: on a lower site, every field of them stays undefined.
  const marks = isTeamSite ? visibilityMarksForTeam(backlog) : undefined;
  const levelOf = (item: { visibility: string }) => (isTeamSite ? item.visibility : undefined);
  const base = basePathOf(view);
  const logo = backlog.logos.get(viewId);
  const assets = new Set<string>(logo ? [logo] : []);
  const slugOf = (id: string) => idKey(id);

  const phases = backlog.phases.filter((phase) => isVisible(phase.data.visibility));
  const epics = backlog.epics.filter((epic) => isVisible(epic.data.visibility));
  const stakeholders = backlog.stakeholders.filter((stakeholder) => isVisible(stakeholder.data.visibility));
  const visiblePhase = new Map(phases.map((phase) => [idKey(phase.id), phase.id]));
  const visibleEpic = new Map(epics.map((epic) => [idKey(epic.id), epic.id]));
  const visibleStakeholder = new Map(stakeholders.map((stakeholder) => [idKey(stakeholder.id), stakeholder.id]));

  const stories = backlog.stories.filter((story) => rules.showsStory(story.data));
  const visibleStory = new Map(stories.map((story) => [idKey(story.id), story.id]));
  // Pages this site has, by the target a body's link names (src/rendering/content-links.ts).
  const pages = new Map<string, string>();
  for (const [collection, entries] of Object.entries({ phases, epics, stakeholders, stories })) {
    for (const entry of entries) pages.set(`${collection}/${idKey(entry.id)}`, `${base}${collection}/${slugOf(entry.id)}/`);
  }
  const htmlOf = (bodyByLevel: RenderedHtml[]) => {
    const body = bodyByLevel[maxLevel];
    for (const name of body.assets) assets.add(name);
    const html = resolveContentLinks(body.html.replaceAll(assetMarker, `${base}_assets/`), (target) => pages.get(target));
    // Every marker is resolved above; one left over would name a file or an id: never publish it.
    if (html.includes(linkMarker) || html.includes(assetMarker)) throw new Error('a body kept an unresolved link or image marker');
    return html;
  };
  const workflow: WorkflowStatus[] = project.workflow.map((status) => ({ ...status }));
  const categoryOf = new Map(workflow.map((status) => [status.id, status.category]));
  const resolve = (map: Map<string, string>, id: string | undefined) => (id === undefined ? undefined : map.get(idKey(id)));

  const storyViews: StoryView[] = stories.map((story) => {
    const data = story.data;
    const dependsOn = data.dependsOn.map((id) => resolve(visibleStory, id));
    const estimate = {
      points: view.show.estimates ? data.estimate?.points : undefined,
      personDays: view.show.estimates ? data.estimate?.personDays : undefined,
      cost: view.show.costs ? data.estimate?.cost : undefined,
    };
    return {
      id: story.id,
      slug: slugOf(story.id),
      title: data.title,
      as: data.as,
      want: data.want,
      soThat: data.soThat,
      status: data.status,
      category: categoryOf.get(data.status) ?? 'planned',
      priority: data.priority,
      rank: data.rank,
      phase: resolve(visiblePhase, data.phase),
      epic: resolve(visibleEpic, data.epic),
      stakeholders: data.stakeholders.map((id) => resolve(visibleStakeholder, id)).filter((id) => id !== undefined),
      dependsOn: dependsOn.filter((id) => id !== undefined),
      hiddenDependencies: dependsOn.filter((id) => id === undefined).length,
      dependents: [],
      estimate: Object.values(estimate).some((value) => value !== undefined) ? dropUndefined(estimate) : undefined,
      acceptance: data.acceptance.map((item) => ({ text: item.text, done: item.done })),
      feedback: view.show.feedback
        ? data.feedback
            .filter((item) => isVisible(item.visibility))
            .map((item) =>
              dropUndefined({
                date: item.date,
                from: resolve(visibleStakeholder, item.from),
                text: item.text,
                // A story the view does not show is left out, as hidden dependencies are.
                ledTo: item.ledTo.map((id) => resolve(visibleStory, id)).filter((id) => id !== undefined),
                visibility: levelOf(item),
              }),
            )
        : [],
      owner: view.show.owners ? data.owner : undefined,
      tags: [...data.tags],
      created: data.created,
      updated: data.updated,
      links: data.links.map((link) => ({ title: link.title, url: link.url })),
      html: htmlOf(story.bodyByLevel),
      ...(isTeamSite ? sourceLinks(project.repository, story.repositoryPath) : {}),
      ...marks?.ofStory(story),
    };
  });
  storyViews.sort(compareStories);
  const storyById = new Map(storyViews.map((story) => [story.id, story]));
  for (const story of storyViews) for (const id of story.dependsOn) storyById.get(id)!.dependents.push(story.id);
  const idsWhere = (keep: (story: StoryView) => boolean) => storyViews.filter(keep).map((story) => story.id);
  const progressOf = (ids: string[]) =>
    measureProgress(
      ids.map((id) => storyById.get(id)!),
      view.show.estimates,
    );

  const carried = measuresCarried(storyViews);

  const phaseViews: PhaseView[] = phases
    .map((phase) => {
      const ids = idsWhere((story) => story.phase === phase.id);
      const budget = {
        personDays: view.show.estimates ? phase.data.budget?.personDays : undefined,
        cost: view.show.costs ? phase.data.budget?.cost : undefined,
      };
      return dropUndefined({
        id: phase.id,
        slug: slugOf(phase.id),
        title: phase.data.title,
        order: phase.data.order,
        start: phase.data.start,
        end: phase.data.end,
        status: phase.data.status,
        goal: phase.data.goal,
        budget: Object.values(budget).some((value) => value !== undefined) ? dropUndefined(budget) : undefined,
        milestones: phase.data.milestones
          .filter((milestone) => isVisible(milestone.visibility))
          .map((milestone) => dropUndefined({ title: milestone.title, date: milestone.date, visibility: levelOf(milestone) }))
          .sort((a, b) => a.date.localeCompare(b.date)),
        // An entry naming a stakeholder the view does not show would tell of it: left out.
        team: phase.data.team.flatMap((member) => {
          const stakeholder = resolve(visibleStakeholder, member.stakeholder);
          const personDays = view.show.estimates ? member.personDays : undefined;
          return stakeholder === undefined ? [] : [dropUndefined({ stakeholder, role: member.role, personDays })];
        }),
        resources: [...phase.data.resources],
        html: htmlOf(phase.bodyByLevel),
        stories: ids,
        progress: progressOf(ids),
        estimates: addUpEstimates(
          ids.map((id) => storyById.get(id)!),
          carried,
        ),
        ...marks?.ofItem('phases', phase),
      });
    })
    .sort((a, b) => a.order - b.order)
    // Numbered among the phases shown: a gap in the written orders would tell of a hidden phase.
    .map((phase, index) => ({ ...phase, order: index + 1 }));

  return {
    view: dropUndefined({
      id: viewEntry.id,
      title: view.title,
      description: view.description,
      locale: view.locale ?? project.locale,
      site: view.site,
      base,
      search: view.search,
      accent: view.theme?.accent,
      logo: logo && `_assets/${logo}`,
      show: { ...view.show },
      isTeamSite,
      visibilityLevels: isTeamSite ? [...levels] : undefined,
    }),
    project: dropUndefined({
      name: project.name,
      locale: project.locale,
      client: project.client,
      summaryHtml: htmlOf(project.summaryByLevel),
      currency: project.currency,
      workflow,
    }),
    referenceDate: options.referenceDate,
    phases: phaseViews,
    epics: epics.map((epic) => {
      const ids = idsWhere((story) => story.epic === epic.id);
      return dropUndefined({
        id: epic.id,
        slug: slugOf(epic.id),
        title: epic.data.title,
        phase: resolve(visiblePhase, epic.data.phase),
        html: htmlOf(epic.bodyByLevel),
        stories: ids,
        progress: progressOf(ids),
        ...marks?.ofItem('epics', epic),
      });
    }),
    stakeholders: stakeholders.map((stakeholder) =>
      dropUndefined({
        id: stakeholder.id,
        slug: slugOf(stakeholder.id),
        name: stakeholder.data.name,
        kind: stakeholder.data.kind,
        description: stakeholder.data.description,
        stories: idsWhere((story) => story.stakeholders.includes(stakeholder.id)),
        phases: phaseViews.flatMap((phase) =>
          phase.team
            .filter((member) => member.stakeholder === stakeholder.id)
            .map(({ role, personDays }) => dropUndefined({ phase: phase.id, role, personDays })),
        ),
        ...marks?.ofItem('stakeholders', stakeholder),
      }),
    ),
    stories: storyViews.map((story) => dropUndefined(story)),
    progress: measureProgress(storyViews, view.show.estimates),
    totals: { ...addUpEstimates(storyViews, carried), ...budgetOf(phaseViews) },
    diagrams: { phases: {}, stories: {} },
    assets: [...assets].sort(),
  };
}

/** Counts per workflow category, and points when the view shows estimates; dropped stories count apart. */
export function measureProgress(stories: StoryView[], withPoints: boolean): Progress {
  const progress: Progress = { stories: stories.length, planned: 0, active: 0, done: 0, dropped: 0 };
  let donePoints = 0;
  let totalPoints = 0;
  for (const story of stories) {
    progress[story.category]++;
    if (story.category === 'dropped') continue;
    totalPoints += story.estimate?.points ?? 0;
    if (story.category === 'done') donePoints += story.estimate?.points ?? 0;
  }
  if (withPoints) progress.points = { done: donePoints, total: totalPoints };
  return progress;
}

/**
 * "Edit this page" and history links to the story's file in the repository (GitHub's URL scheme).
 * Only the team's site has them: the file and its history hold everything, hidden parts included.
 */
function sourceLinks(repository: string | undefined, path: string | undefined): { editUrl?: string; historyUrl?: string } {
  if (!repository || !path) return {};
  const file = path.split('/').map(encodeURIComponent).join('/');
  const root = repository.replace(/\/$/, '');
  return { editUrl: `${root}/edit/HEAD/${file}`, historyUrl: `${root}/commits/HEAD/${file}` };
}

/** The budgets of the phases a view shows, added up; absent when none of them has one. */
function budgetOf(phases: readonly PhaseView[]): { budget?: { personDays?: number; cost?: number } } {
  const add = (key: 'personDays' | 'cost') => {
    const values = phases.flatMap((phase) => (phase.budget?.[key] === undefined ? [] : [phase.budget[key]]));
    return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0);
  };
  const budget = dropUndefined({ personDays: add('personDays'), cost: add('cost') });
  return Object.keys(budget).length === 0 ? {} : { budget };
}
