import type { Backlog, Entry } from '../model/backlog.ts';
import type { View as ViewDefinition } from '../model/content.ts';
import type { MdastNode } from 'satteri';
import { formatOfBody, parseBody, type BodyFormat } from '../body/body-syntax.ts';
import { visibleSource } from '../body/level-blocks.ts';
import { projectBacklogForView } from '../projection/project-backlog.ts';
import type { ViewData } from '../model/view-data.ts';
import type { RenderedBacklog } from '../model/rendered-backlog.ts';

export type ViewEntry = Entry<ViewDefinition>;

const withSourceText = new WeakMap<Backlog, RenderedBacklog>();

/**
 * A backlog as one view sees it, through the sites' own projection (SPEC §2), so a comparison
 * for a view drops exactly what its site drops. Bodies are kept as Markdown source without the
 * `:::level` blocks the view hides instead of being rendered: the `html` fields then hold that source,
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

// Most bodies are the same from one commit to the next: each is parsed once for the whole history.
const visibleSources = new Map<string, { html: string; assets: string[] }[]>();

function visibleSourceByLevel(body: string, format: BodyFormat, levels: readonly string[]) {
  let tree: MdastNode;
  try {
    tree = parseBody(body, format);
  } catch {
    // An MDX body that does not parse shows nothing: that revision did not build either.
    return levels.map(() => ({ html: '', assets: [] }));
  }
  return levels.map((_, index) => ({ html: visibleSource(body, tree, new Set(levels.slice(0, index + 1))), assets: [] }));
}

function keepBodiesAsSource(backlog: Backlog): RenderedBacklog {
  const levels = backlog.project.visibilityLevels;
  // The body's visible source for each level, cut by the same parse as the sites' rendering.
  const bodyByLevel = (body: string, format: BodyFormat) => {
    const key = `${format}\0${levels.join(' ')}\0${body}`;
    let byLevel = visibleSources.get(key);
    if (!byLevel) visibleSources.set(key, (byLevel = visibleSourceByLevel(body, format, levels)));
    return byLevel;
  };
  const withBody = <T>(entry: Entry<T>) => ({ ...entry, bodyByLevel: bodyByLevel(entry.body, formatOfBody(entry.path)) });
  return {
    project: { ...backlog.project, summaryByLevel: bodyByLevel(backlog.project.summary ?? '', 'markdown') },
    views: backlog.views,
    phases: backlog.phases.map(withBody),
    epics: backlog.epics.map(withBody),
    stakeholders: backlog.stakeholders,
    stories: backlog.stories.map(withBody),
    assetSources: new Map(),
    logos: new Map(),
  };
}
