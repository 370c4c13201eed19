import type { DependencyGraph, GraphDirection } from '../diagrams/dependency-graph.ts';
import { drawnSize } from '../diagrams/natural-size.ts';
import type { GraphView } from '../model/view-data.ts';
import type { MermaidRenderer } from '../mermaid/mermaid-renderer.ts';

/** Most CSS pixels a dependency graph may take in height: one 900 px screen, less its figure's padding. */
export const maxGraphHeight = 860;

/**
 * A dependency graph, drawn top to bottom; when that is taller than a screen (a chain across
 * several phases stacks their groups), left to right if that is less tall. Without a renderer,
 * its top-to-bottom source for the browser.
 */
export async function drawGraph(
  graphIn: (direction: GraphDirection) => DependencyGraph | undefined,
  renderer: MermaidRenderer | undefined,
): Promise<GraphView | undefined> {
  const down = graphIn('TB');
  if (!down) return undefined;
  const listed = { stories: down.stories.map((story) => story.id), omitted: down.omitted };
  if (!renderer) return { source: down.source, ...listed };
  const svg = await renderer.render(down.source, 'site');
  if (drawnSize(svg).height <= maxGraphHeight) return { svg, ...listed };
  const across = await renderer.render(graphIn('LR')!.source, 'site');
  return { svg: drawnSize(across).height < drawnSize(svg).height ? across : svg, ...listed };
}
