import { resolve } from 'node:path';
import { readViewHistory, type Revision } from '../diff/changes-for-view.ts';
import { readContentHistory } from '../history/content-history.ts';
import type { Backlog } from '../loading/backlog.ts';
import { findRepositoryRoot, readReferenceDate } from '../loading/git-history.ts';
import { loadBacklog } from '../loading/load-backlog.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { projectBacklogForView } from '../projection/project-backlog.ts';
import type { ViewData } from '../projection/view-data.ts';
import { renderBacklog, type RenderedBacklog } from '../rendering/render-backlog.ts';

export interface PreparedBacklog {
  backlog: Backlog;
  rendered: RenderedBacklog;
  referenceDate?: string;
  /** The content at its last commits, for the changes page; undefined outside git. */
  history?: Revision[];
}

/**
 * The shared first half of every build: load and validate the content, then render every body,
 * once for all views, and read the content's recent history. Views are projected from the result.
 */
export async function prepareBacklog(contentDir: string): Promise<{ prepared?: PreparedBacklog; problems: ContentProblem[] }> {
  const root = resolve(contentDir);
  const { backlog, problems } = loadBacklog(contentDir);
  if (!backlog) return { problems };
  const rendering = await renderBacklog(backlog, root, findRepositoryRoot(root));
  if (!rendering.rendered) return { problems: rendering.problems };
  return { prepared: { backlog, rendered: rendering.rendered, referenceDate: readReferenceDate(root), history: readContentHistory(root) }, problems: [] };
}

/**
 * One view's data: the backlog's projection for it, with the changes it may see, and stories dated
 * by their last change that this view shows.
 */
export function projectPreparedView(prepared: PreparedBacklog, viewId: string): ViewData {
  const data = projectBacklogForView(prepared.rendered, viewId, { referenceDate: prepared.referenceDate });
  if (!prepared.history) return data;
  const view = prepared.backlog.views.find((candidate) => candidate.id === viewId)!;
  const { changes, updated } = readViewHistory(prepared.history, view, data, prepared.referenceDate);
  return { ...data, changes, stories: data.stories.map((story) => ({ ...story, updated: updated.get(story.id) })) };
}
