import type { Backlog, Entry, ViewData as ViewDefinition } from '../loading/backlog.ts';
import { splitBodyByLevel } from '../loading/level-blocks.ts';
import { projectBacklogForView } from '../projection/project-backlog.ts';
import type { ViewData } from '../projection/view-data.ts';
import type { RenderedBacklog } from '../rendering/render-backlog.ts';

export type ViewEntry = Entry<ViewDefinition>;

const withSourceText = new WeakMap<Backlog, RenderedBacklog>();

/**
 * A backlog as one view sees it, through the sites' own projection (SPEC §2), so a comparison
 * for a view drops exactly what its site drops. Bodies are kept as Markdown source split by
 * `:::level` blocks instead of being rendered: the `html` fields then hold the visible source,
 * which is all a comparison needs, and comparing many revisions stays fast.
 * Without a view: the whole backlog, every field shown (the team's reading).
 */
export function projectForComparison(backlog: Backlog, view: ViewEntry = everythingView(backlog)): ViewData {
  let source = withSourceText.get(backlog);
  if (!source) withSourceText.set(backlog, (source = keepBodiesAsSource(backlog)));
  return projectBacklogForView({ ...source, views: [view] }, view.id);
}

/** A view that sees every level and shows every field. */
function everythingView(backlog: Backlog): ViewEntry {
  const levels = backlog.project.visibilityLevels;
  return {
    id: 'everything',
    file: '',
    path: '',
    body: '',
    bodyLine: 1,
    locate: () => ({ line: 1, column: 1 }),
    data: {
      title: backlog.project.name,
      level: levels[levels.length - 1],
      show: { estimates: true, costs: true, owners: true, feedback: true },
      base: '/',
      search: false,
    },
  };
}

function keepBodiesAsSource(backlog: Backlog): RenderedBacklog {
  const levels = backlog.project.visibilityLevels;
  const segmentsOf = (body: string) =>
    splitBodyByLevel(body, levels).segments.map((segment) => ({ level: segment.level, html: segment.text.trim(), assets: [] }));
  const withSegments = <T>(entry: Entry<T>) => ({ ...entry, segments: segmentsOf(entry.body) });
  return {
    project: { ...backlog.project, summarySegments: segmentsOf(backlog.project.summary ?? '') },
    views: backlog.views,
    phases: backlog.phases.map(withSegments),
    epics: backlog.epics.map(withSegments),
    stakeholders: backlog.stakeholders,
    stories: backlog.stories.map(withSegments),
    assetSources: new Map(),
    logos: new Map(),
  };
}
