import { resolve } from 'node:path';
import { readBurnUps } from '../diff/burn-up.ts';
import { readViewHistory, readViewWindows, viewHistoryDepth, type ContentHistory } from '../diff/changes-for-view.ts';
import type { ViewWindow } from '../diff/view-dates.ts';
import { historyCap, readContentHistory } from '../history/content-history.ts';
import type { Backlog } from '../model/backlog.ts';
import type { ContentProblem } from '../problems/content-problem.ts';
import { projectBacklogForView } from '../projection/project-backlog.ts';
import type { ViewData } from '../model/view-data.ts';
import type { RenderedBacklog } from '../model/rendered-backlog.ts';
import { validateBacklog, type BacklogCache } from './check-backlog.ts';
import { readSourceDate } from './source-date.ts';

export interface PreparedBacklog {
  backlog: Backlog;
  rendered: RenderedBacklog;
  /** SOURCE_DATE_EPOCH's day, when set: every view's reference date. */
  sourceDate?: string;
  /** The content at its commits, read when a view first needs it, for the changes page and the dates; undefined outside git. */
  history?: ContentHistory;
}

// Each view's window on the history, read once for all the views of a build; kept for the next
// rebuild in `backlog-docs dev` while the commits and the views' definitions are the same.
const windowsOf = new WeakMap<PreparedBacklog, Map<string, ViewWindow>>();
let lastRead: { key: string; windows: Map<string, ViewWindow> } | undefined;

function viewWindows(prepared: PreparedBacklog, history: ContentHistory): Map<string, ViewWindow> {
  let windows = windowsOf.get(prepared);
  if (windows) return windows;
  const key =
    history.id === undefined ? undefined : JSON.stringify([history.id, prepared.backlog.views.map((view) => [view.id, view.data])]);
  windows = key !== undefined && lastRead?.key === key ? lastRead.windows : readViewWindows(history, prepared.backlog.views);
  if (key !== undefined) lastRead = { key, windows };
  windowsOf.set(prepared, windows);
  return windows;
}

/**
 * The shared first half of every build: load and validate the content, then render every body,
 * once for all views, and open the content's history (read when the first view is projected, for
 * all of them). Views are projected from the result. `dev` passes the `cache` it keeps between
 * edits, a build the one kept from the last run (./kept-between-runs.ts).
 */
export async function prepareBacklog(
  contentDir: string,
  cache?: BacklogCache,
): Promise<{ prepared?: PreparedBacklog; problems: ContentProblem[] }> {
  const root = resolve(contentDir);
  const { backlog, rendered, problems } = await validateBacklog(contentDir, cache);
  if (!backlog || !rendered) return { problems };
  return { prepared: { backlog, rendered, sourceDate: readSourceDate(), history: readContentHistory(root) }, problems: [] };
}

/**
 * One view's data: the backlog's projection for it, with the changes it may see, each phase's
 * burn-up, and its reference date and stories' dates taken from what this view shows, so an edit
 * it cannot see moves none.
 * When the view's window reached the most commits a build reads, `log` says so.
 */
export function projectPreparedView(
  prepared: PreparedBacklog,
  viewId: string,
  log: (line: string) => void = (line) => console.log(line),
): ViewData {
  const data = projectBacklogForView(prepared.rendered, viewId, { referenceDate: prepared.sourceDate });
  if (!prepared.history) return data;
  const window = viewWindows(prepared, prepared.history).get(viewId)!;
  if (window.capped) {
    const changes = window.revisions.length - 1;
    log(
      `${viewId}: ${changes} of ${viewHistoryDepth} changes found in the last ${prepared.history.cap ?? historyCap} commits, the most a build reads: dates resting on older commits are left out`,
    );
  }
  const { referenceDate, changes, created, updated } = readViewHistory(window, data, prepared.sourceDate);
  const stories = data.stories.map((story) => ({ ...story, created: created.get(story.id), updated: updated.get(story.id) }));
  return { ...data, referenceDate, changes, stories, burnUp: readBurnUps(window, data, referenceDate) };
}
