import type { RenderedBacklog } from '../model/rendered-backlog.ts';
import type { StoryData } from '../model/backlog.ts';
import { idKey } from '../model/ids.ts';
import type { ViewAsLink, VisibilityMarks } from '../model/view-data.ts';
import { basePathOf, rulesOfView, type ViewRules } from './view-rules.ts';

type Collection = 'phases' | 'epics' | 'stakeholders' | 'stories';

/**
 * What the team's site shows of visibility (issue 13, point 3): each item's level, and its page on
 * every lower site that shows it, by that site's own rules. Only the team's projection calls this:
 * a lower site never learns which levels exist above its own.
 */
export function visibilityMarksForTeam(backlog: RenderedBacklog) {
  const levels = backlog.project.visibilityLevels;
  const team = levels.length - 1;
  // Only sites with an address can be linked to; the most open first, as the levels are written.
  const lowerSites = backlog.views
    .filter((entry) => entry.data.site !== undefined && levels.indexOf(entry.data.level) < team)
    .sort((a, b) => levels.indexOf(a.data.level) - levels.indexOf(b.data.level) || a.id.localeCompare(b.id))
    .map((entry) => ({ id: entry.id, view: entry.data, rules: rulesOfView(entry.data, levels) }));

  const marks = (collection: Collection, id: string, visibility: string, shows: (rules: ViewRules) => boolean): VisibilityMarks => ({
    visibility,
    viewAs: lowerSites
      .filter((site) => shows(site.rules))
      .map((site): ViewAsLink => ({
        view: site.id,
        title: site.view.title,
        url: new URL(`${basePathOf(site.view)}${collection}/${idKey(id)}/`, site.view.site).href,
      })),
  });
  return {
    ofStory: (story: { id: string; data: StoryData }) =>
      marks('stories', story.id, story.data.visibility, (rules) => rules.showsStory(story.data)),
    ofItem: (collection: Exclude<Collection, 'stories'>, item: { id: string; data: { visibility: string } }) =>
      marks(collection, item.id, item.data.visibility, (rules) => rules.showsLevel(item.data.visibility)),
  };
}
