import { resolve } from 'node:path';
import { readViewHistory, type ContentHistory } from '../diff/changes-for-view.ts';
import { readContentHistory } from '../history/content-history.ts';
import type { Backlog } from '../loading/backlog.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { projectBacklogForView } from '../projection/project-backlog.ts';
import type { ViewData } from '../projection/view-data.ts';
import type { RenderedBacklog } from '../rendering/render-backlog.ts';
import { checkBacklog } from './check-backlog.ts';
import { readSourceDate } from './source-date.ts';

export interface PreparedBacklog {
  backlog: Backlog;
  rendered: RenderedBacklog;
  /** SOURCE_DATE_EPOCH's day, when set: every view's reference date. */
  sourceDate?: string;
  /** The content at its last commits, for the changes page and the dates; undefined outside git. */
  history?: ContentHistory;
}

/**
 * The shared first half of every build: load and validate the content, then render every body,
 * once for all views, and read the content's recent history. Views are projected from the result.
 */
export async function prepareBacklog(contentDir: string): Promise<{ prepared?: PreparedBacklog; problems: ContentProblem[] }> {
  const root = resolve(contentDir);
  const { backlog, rendered, problems } = await checkBacklog(contentDir);
  if (!backlog || !rendered) return { problems };
  return { prepared: { backlog, rendered, sourceDate: readSourceDate(), history: readContentHistory(root) }, problems: [] };
}

/**
 * One view's data: the backlog's projection for it, with the changes it may see, and its reference
 * date and stories' dates taken from what this view shows, so an edit it cannot see moves none.
 */
export function projectPreparedView(prepared: PreparedBacklog, viewId: string): ViewData {
  const data = projectBacklogForView(prepared.rendered, viewId, { referenceDate: prepared.sourceDate });
  if (!prepared.history) return data;
  const view = prepared.backlog.views.find((candidate) => candidate.id === viewId)!;
  const { referenceDate, changes, created, updated } = readViewHistory(prepared.history, view, data, prepared.sourceDate);
  const stories = data.stories.map((story) => ({ ...story, created: created.get(story.id), updated: updated.get(story.id) }));
  return { ...data, referenceDate, changes, stories };
}
