import type { StoryView, ViewData } from '../model/view-data.ts';
import { flowchartText } from './mermaid-text.ts';

/**
 * Most stories one graph shows: drawn at the size its text is read at, a graph of more would not
 * fit one screen's height. The rest are counted, and listed in the table beside it.
 */
export const maxGraphStories = 12;

/**
 * Top to bottom reads as "first this, then that"; left to right keeps a long chain of phases
 * within a screen's height (src/build/graph-drawing.ts picks).
 */
export type GraphDirection = 'TB' | 'LR';

/**
 * Stories without an arrow drawn would all share their group's first rank: a row 3,000 px wide for
 * twelve. They go after the group's stories with arrows instead, at most this many to a rank (a
 * row of about 1,200 px; a column left to right), held there by invisible links.
 */
const looseStoriesPerRank: Record<GraphDirection, number> = { TB: 4, LR: 8 };

export interface DependencyGraph {
  source: string;
  /** Stories drawn, in graph order; the accessible alternative lists the same. */
  stories: StoryView[];
  /** Stories with dependencies that were left out to keep the graph readable. */
  omitted: number;
}

/**
 * A flowchart of the given stories and the dependencies among them (arrows from a dependency down to
 * the story that needs it), grouped by phase. Node ids are positions, never story ids or titles.
 */
export function renderDependencyGraph(
  data: Pick<ViewData, 'phases'>,
  stories: StoryView[],
  options: { unscheduled: string; highlight?: string; direction?: GraphDirection },
): DependencyGraph | undefined {
  const shown = stories.slice(0, maxGraphStories);
  if (shown.length === 0) return undefined;
  const direction = options.direction ?? 'TB';
  const node = new Map(shown.map((story, index) => [story.id, `s${index}`]));
  const arrows = shown.flatMap((story) => story.dependsOn.filter((id) => node.has(id)).map((id) => [id, story.id] as const));
  const linked = new Set(arrows.flat());
  const lines = [`flowchart ${direction}`];
  const groups = [...data.phases.map((phase) => ({ id: phase.id, title: phase.title })), { id: undefined, title: options.unscheduled }];
  const stacked: string[] = [];
  groups.forEach((group, groupIndex) => {
    const members = shown.filter((story) => story.phase === group.id);
    if (members.length === 0) return;
    lines.push(`  subgraph g${groupIndex}["${flowchartText(group.title)}"]`);
    for (const story of members)
      lines.push(`    ${node.get(story.id)}["${flowchartText(`${story.id} ${story.title}`)}"]:::${story.category}`);
    lines.push('  end');
    // The first loose stories hang from the group's deepest story with arrows (a group's stories
    // start on one rank, so deepest along the arrows inside it), each next one from the story a
    // rank before it.
    const loose = members.filter((story) => !linked.has(story.id)).map((story) => node.get(story.id)!);
    const inGroup = new Set(members.map((story) => story.id));
    const rank = ranksAlong(
      members,
      arrows.filter(([from, to]) => inGroup.has(from) && inGroup.has(to)),
    );
    const anchor = members
      .filter((story) => linked.has(story.id))
      .reduce<StoryView | undefined>(
        (deepest, story) => (deepest && rank.get(deepest.id)! >= rank.get(story.id)! ? deepest : story),
        undefined,
      );
    const perRank = looseStoriesPerRank[direction];
    loose.forEach((story, index) => {
      const above = index < perRank ? anchor && node.get(anchor.id) : loose[index - perRank];
      if (above) stacked.push(`  ${above} ~~~ ${story}`);
    });
  });
  for (const [dependency, story] of arrows) lines.push(`  ${node.get(dependency)} --> ${node.get(story)}`);
  lines.push(...stacked);
  // Each node's class is its status category: the site's style sheet colours it as its badge, in
  // either theme (src/styles/diagrams.css), however the graph was drawn.
  if (options.highlight && node.has(options.highlight)) lines.push(`  style ${node.get(options.highlight)} stroke-width:3px`);
  return { source: lines.join('\n'), stories: shown, omitted: stories.length - shown.length };
}

/**
 * Each story's rank along the arrows drawn: 0 for one no arrow reaches, else one more than its
 * deepest dependency's. Relaxed once per story, the longest paths of an acyclic graph (check
 * refuses cycles; one could not loop here).
 */
function ranksAlong(stories: StoryView[], arrows: (readonly [string, string])[]): Map<string, number> {
  const rank = new Map(stories.map((story) => [story.id, 0]));
  for (let pass = 0; pass < stories.length; pass++) {
    for (const [from, to] of arrows) rank.set(to, Math.max(rank.get(to)!, rank.get(from)! + 1));
  }
  return rank;
}

/** Stories that take part in a dependency (either side), most connected first, then backlog order. */
export function storiesWithDependencies(stories: StoryView[]): StoryView[] {
  const connected = stories.filter((story) => story.dependsOn.length > 0 || story.dependents.length > 0);
  const weight = (story: StoryView) => story.dependsOn.length + story.dependents.length;
  return connected
    .map((story, index) => ({ story, index }))
    .sort((a, b) => weight(b.story) - weight(a.story) || a.index - b.index)
    .map(({ story }) => story);
}

/** A story, what it depends on and what depends on it: its neighbourhood. */
export function neighbourhoodOf(story: StoryView, byId: Map<string, StoryView>): StoryView[] {
  return [story, ...story.dependsOn.map((id) => byId.get(id)!), ...story.dependents.map((id) => byId.get(id)!)];
}
