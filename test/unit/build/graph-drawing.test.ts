import { describe, expect, test } from 'vitest';
import { drawGraph, maxGraphHeight } from '../../../src/build/graph-drawing.ts';
import type { DependencyGraph, GraphDirection } from '../../../src/diagrams/dependency-graph.ts';
import type { MermaidRenderer } from '../../../src/mermaid/mermaid-renderer.ts';
import type { StoryView } from '../../../src/model/view-data.ts';

const graphIn = (direction: GraphDirection): DependencyGraph => ({
  source: `flowchart ${direction}`,
  stories: [{ id: 'ST-1' } as StoryView],
  omitted: 3,
});

/** Draws each direction at the size given, and remembers what it drew. */
function rendererDrawing(sizes: Record<GraphDirection, number>): MermaidRenderer & { drawn: string[] } {
  const drawn: string[] = [];
  return {
    drawn,
    render: async (source) => {
      drawn.push(source);
      return `<svg width="1000" height="${sizes[source.slice(-2) as GraphDirection]}"></svg>`;
    },
    warm: () => {},
    keepsDrawings: false,
    rendered: 0,
    cached: 0,
    close: async () => {},
  };
}

describe('a dependency graph within one screen', () => {
  test('is drawn top to bottom when that fits a screen, once', async () => {
    const renderer = rendererDrawing({ TB: maxGraphHeight, LR: 300 });
    expect(await drawGraph(graphIn, renderer)).toEqual({
      svg: `<svg width="1000" height="${maxGraphHeight}"></svg>`,
      stories: ['ST-1'],
      omitted: 3,
    });
    expect(renderer.drawn).toEqual(['flowchart TB']);
  });

  test('is drawn left to right when top to bottom is taller than a screen and that is less tall', async () => {
    const renderer = rendererDrawing({ TB: 980, LR: 580 });
    expect((await drawGraph(graphIn, renderer))!.svg).toBe('<svg width="1000" height="580"></svg>');
    expect(renderer.drawn).toEqual(['flowchart TB', 'flowchart LR']);
  });

  test('keeps top to bottom when left to right is no better', async () => {
    const renderer = rendererDrawing({ TB: 980, LR: 1200 });
    expect((await drawGraph(graphIn, renderer))!.svg).toBe('<svg width="1000" height="980"></svg>');
  });

  test('without Chromium, is its top-to-bottom source; without stories, nothing', async () => {
    expect(await drawGraph(graphIn, undefined)).toEqual({ source: 'flowchart TB', stories: ['ST-1'], omitted: 3 });
    expect(await drawGraph(() => undefined, undefined)).toBeUndefined();
  });
});
