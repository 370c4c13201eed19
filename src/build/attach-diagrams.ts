import type { DiagramView, StoryView, ViewData } from '../model/view-data.ts';
import { unescapeHtml } from '../escaping/html.ts';
import { dictionaryFor } from '../site/i18n.ts';
import { diagramHtml, needsMermaidInBrowser } from '../diagrams/diagram-html.ts';
import { neighbourhoodOf, renderDependencyGraph, storiesWithDependencies } from '../diagrams/dependency-graph.ts';
import type { MermaidRenderer } from '../mermaid/mermaid-renderer.ts';
import type { DiagramStyle } from '../mermaid/drawing-configs.ts';
import { stripMermaidComments } from '../diagrams/mermaid-comments.ts';
import { MermaidRenderError, type DiagramOwner } from '../mermaid/mermaid-render-error.ts';
import { renderNeighbourhoodSvg } from '../diagrams/neighbourhood-svg.ts';
import { renderRoadmapGantt } from '../diagrams/roadmap-gantt.ts';
import { drawGraph } from './graph-drawing.ts';

/**
 * Adds a view's diagrams to its data: the roadmap gantt, each phase's dependency graph (and one of
 * the stories outside any phase), each story's neighbourhood, and the ```mermaid blocks of visible bodies. Sources come from the projected
 * data only, so a diagram cannot show what the view hides. With a renderer they become inline
 * SVG, each one drawing in the site's palette for both themes; without, their source is kept for
 * rendering in the browser.
 */
export async function attachDiagrams(data: ViewData, renderer: MermaidRenderer | undefined): Promise<ViewData> {
  const t = dictionaryFor(data.view.locale);
  // The gantt and the graphs the site makes, and a body's diagram of any kind (drawn with
  // Mermaid's own layout): once each, in the site's palette, for both themes.
  const drawn = async (source: string, style: DiagramStyle): Promise<DiagramView> =>
    renderer ? { svg: await renderer.render(source, style) } : { source };
  const byId = new Map(data.stories.map((story) => [story.id, story]));
  const graphOptions = { unscheduled: t.unscheduled };

  const gantt = renderRoadmapGantt(data, { today: t.today });
  // Each phase has its graph (the roadmap shows them one after the other): one graph of the whole
  // backlog would be too tall to read. Stories outside any phase get one of their own.
  const graphOf = (stories: StoryView[]) =>
    drawGraph((direction) => renderDependencyGraph(data, stories, { ...graphOptions, direction }), renderer);
  const unscheduledGraph = await graphOf(storiesWithDependencies(data.stories.filter((story) => story.phase === undefined)));
  const phaseGraphs = await Promise.all(
    data.phases.map(async (phase) => {
      const members = storiesWithDependencies(phase.stories.map((id) => byId.get(id)!));
      const neighbours = members.flatMap((story) => neighbourhoodOf(story, byId));
      const graph = await graphOf([...new Set([...members, ...neighbours])]);
      return graph ? [[phase.id, graph] as const] : [];
    }),
  );
  const phases: ViewData['diagrams']['phases'] = Object.fromEntries(phaseGraphs.flat());
  const stories: ViewData['diagrams']['stories'] = {};
  const storyUrl = (id: string) => `${data.view.base}stories/${byId.get(id)!.slug}/`;
  const neighbourhoodLabels = { notShown: t.hiddenDependencies, describe: (story: StoryView) => `${t.dependencyDiagram}: ${story.id}` };
  for (const story of data.stories) {
    if (story.dependsOn.length === 0 && story.dependents.length === 0 && story.hiddenDependencies === 0) continue;
    stories[story.id] = renderNeighbourhoodSvg(story, byId, storyUrl, neighbourhoodLabels);
  }

  const withBlocks = async (html: string, owner: DiagramOwner) =>
    replaceMermaidBlocks(html, async (source) => {
      try {
        return diagramHtml(await drawn(source, 'body'), t.diagram);
      } catch (error) {
        throw error instanceof MermaidRenderError ? error.in(owner) : error;
      }
    });
  return {
    ...data,
    project: { ...data.project, summaryHtml: await withBlocks(data.project.summaryHtml, { kind: 'project', id: 'project' }) },
    phases: await Promise.all(
      data.phases.map(async (phase) => ({ ...phase, html: await withBlocks(phase.html, { kind: 'phase', id: phase.id }) })),
    ),
    epics: await Promise.all(
      data.epics.map(async (epic) => ({ ...epic, html: await withBlocks(epic.html, { kind: 'epic', id: epic.id }) })),
    ),
    stories: await Promise.all(
      data.stories.map(async (story) => ({ ...story, html: await withBlocks(story.html, { kind: 'story', id: story.id }) })),
    ),
    diagrams: {
      roadmap: gantt ? await drawn(gantt, 'site') : undefined,
      unscheduled: unscheduledGraph,
      phases,
      stories,
    },
  };
}

/** Whether the site needs Mermaid in the browser: a diagram kept as source, drawn or written in a body. */
export function hasBrowserDiagrams(data: ViewData): boolean {
  const { roadmap, unscheduled, phases } = data.diagrams;
  const diagrams = [roadmap, unscheduled, ...Object.values(phases)];
  const bodies = [
    data.project.summaryHtml,
    ...data.phases.map((phase) => phase.html),
    ...data.epics.map((epic) => epic.html),
    ...data.stories.map((story) => story.html),
  ];
  return diagrams.some((diagram) => diagram?.source !== undefined) || bodies.some(needsMermaidInBrowser);
}

async function replaceMermaidBlocks(html: string, replace: (source: string) => Promise<string>): Promise<string> {
  const pattern = /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g;
  const blocks = [...html.matchAll(pattern)];
  if (blocks.length === 0) return html;
  const replacements = await Promise.all(blocks.map((block) => replace(stripMermaidComments(unescapeHtml(block[1])).trim())));
  let index = 0;
  return html.replace(pattern, () => replacements[index++]);
}
