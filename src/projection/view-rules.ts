import type { StoryData } from '../model/backlog.ts';
import type { View } from '../model/content.ts';
import { idKey } from '../model/ids.ts';

/**
 * How a view's settings are read (SPEC §2), in one place: its own projection and the team's
 * "view as" links (./visibility-marks.ts) must agree on what each site shows.
 */
export interface ViewRules {
  /** Whether content of this level is at or before the view's level. */
  showsLevel: (level: string) => boolean;
  /** Whether the view keeps this story: its level, then the view's stakeholder and tag filters. */
  showsStory: (story: StoryData) => boolean;
}

export function rulesOfView(view: View, levels: readonly string[]): ViewRules {
  const maxLevel = levels.indexOf(view.level);
  const showsLevel = (level: string) => levels.indexOf(level) <= maxLevel;
  const wanted = (list: string[] | undefined, values: string[]) =>
    list === undefined || values.some((value) => list.some((item) => idKey(item) === idKey(value)));
  return {
    showsLevel,
    showsStory: (story) => showsLevel(story.visibility) && wanted(view.stakeholders, story.stakeholders) && wanted(view.tags, story.tags),
  };
}

/** The base path a view's site is served under, always ending in a slash. */
export function basePathOf(view: View): string {
  return view.base.endsWith('/') ? view.base : `${view.base}/`;
}
