import type { StoryView, ViewData } from '../model/view-data.ts';
import { flowchartText } from './mermaid-text.ts';

/**
 * Most stories one graph shows: drawn at the size its text is read at, a graph of more would not
 * fit one screen's height. The rest are counted, and listed in the table beside it.
 */
export const maxGraphStories = 12;

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
  options: { unscheduled: string; highlight?: string },
): DependencyGraph | undefined {
  const shown = stories.slice(0, maxGraphStories);
  if (shown.length === 0) return undefined;
  const node = new Map(shown.map((story, index) => [story.id, `s${index}`]));
  const lines = ['flowchart TB'];
  const groups = [...data.phases.map((phase) => ({ id: phase.id, title: phase.title })), { id: undefined, title: options.unscheduled }];
  groups.forEach((group, groupIndex) => {
    const members = shown.filter((story) => story.phase === group.id);
    if (members.length === 0) return;
    lines.push(`  subgraph g${groupIndex}["${flowchartText(group.title)}"]`);
    for (const story of members)
      lines.push(`    ${node.get(story.id)}["${flowchartText(`${story.id} ${story.title}`)}"]:::${story.category}`);
    lines.push('  end');
  });
  for (const story of shown) {
    for (const dependency of story.dependsOn) {
      if (node.has(dependency)) lines.push(`  ${node.get(dependency)} --> ${node.get(story.id)}`);
    }
  }
  // Each node's class is its status category: the site's style sheet colours it as its badge, in
  // either theme (src/styles/diagrams.css), however the graph was drawn.
  if (options.highlight && node.has(options.highlight)) lines.push(`  style ${node.get(options.highlight)} stroke-width:3px`);
  return { source: lines.join('\n'), stories: shown, omitted: stories.length - shown.length };
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
