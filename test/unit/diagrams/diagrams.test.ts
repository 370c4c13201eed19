import { describe, expect, test } from 'vitest';
import { maxGraphStories, renderDependencyGraph, storiesWithDependencies } from '../../../src/diagrams/dependency-graph.ts';
import { flowchartText, ganttText } from '../../../src/diagrams/mermaid-text.ts';
import { renderNeighbourhoodSvg } from '../../../src/diagrams/neighbourhood-svg.ts';
import { renderRoadmapGantt } from '../../../src/diagrams/roadmap-gantt.ts';
import type { PhaseView, StoryView } from '../../../src/model/view-data.ts';
import { hostileTitles } from '../../helpers/hostile-titles.ts';

const phase = (index: number, title: string): PhaseView => ({
  id: `p${index}`,
  slug: `p${index}`,
  title,
  order: index,
  start: '2026-03-02',
  end: '2026-03-27',
  status: index === 0 ? 'done' : 'planned',
  milestones: [{ title, date: '2026-03-20' }],
  team: [],
  resources: [],
  html: '',
  stories: [],
  progress: { stories: 0, planned: 0, active: 0, done: 0, dropped: 0 },
  estimates: { estimated: {}, done: {}, remaining: {} },
});
const story = (index: number, title: string, dependsOn: string[] = [], dependents: string[] = []) =>
  ({ id: `ST-${index}`, title, phase: 'p0', category: 'planned', dependsOn, dependents }) as unknown as StoryView;

describe('text inside diagrams', () => {
  test.each(hostileTitles)('gantt text cannot break the syntax: %s', (title) => {
    const text = ganttText(title);
    expect(text.replace(/#\d+;/g, '')).not.toMatch(/[:;#"<>%\n[\]{}]/);
    expect(text.startsWith('#')).toBe(true);
    expect([...text.replace(/#\d+;/g, 'x')].length).toBeLessThanOrEqual(70);
  });

  test.each(hostileTitles)('flowchart text cannot end its label or hold a tag: %s', (title) => {
    const text = flowchartText(title);
    expect(text).not.toMatch(/["`<>]|%%|#\d|&\w/);
  });
});

describe('the roadmap gantt', () => {
  test('has a section per dated phase with its epics, milestones and the reference date', () => {
    const gantt = renderRoadmapGantt(
      {
        phases: [phase(0, 'Kick-off'), { ...phase(1, 'Undated'), start: undefined, end: undefined }],
        epics: [
          {
            id: 'e',
            slug: 'e',
            title: 'Field logging',
            phase: 'p0',
            html: '',
            stories: [],
            progress: { stories: 0, planned: 0, active: 0, done: 0, dropped: 0 },
          },
        ],
        referenceDate: '2026-03-10',
      },
      { today: 'Today' },
    );
    expect(gantt).toBe(
      [
        'gantt',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %b %Y',
        '  todayMarker off',
        '  section #75;ick-off',
        '    #75;ick-off :done, p0, 2026-03-02, 2026-03-28',
        '    #70;ield logging :done, p0e0, 2026-03-02, 2026-03-28',
        '    #75;ick-off :milestone, p0m0, 2026-03-20, 0d',
        '  #84;oday :vert, today, 2026-03-10, 0d',
      ].join('\n'),
    );
  });

  test('is not drawn without dates, and never marks the clock', () => {
    expect(renderRoadmapGantt({ phases: [{ ...phase(0, 'x'), start: undefined }], epics: [] }, { today: 'Today' })).toBeUndefined();
    expect(renderRoadmapGantt({ phases: [phase(0, 'x')], epics: [] }, { today: 'Today' })).not.toContain('vert');
    expect(renderRoadmapGantt({ phases: [phase(0, 'x')], epics: [], referenceDate: '2026-03-10' })).not.toContain('vert');
  });

  test('puts every hostile title on its own task line', () => {
    const gantt = renderRoadmapGantt({ phases: hostileTitles.map((title, index) => phase(index, title)), epics: [] }, { today: 'Today' })!;
    expect(gantt.split('\n')).toHaveLength(4 + hostileTitles.length * 3);
  });
});

describe('dependency graphs', () => {
  test('draw arrows from a dependency to the story that needs it, with ids as node names', () => {
    const stories = [story(1, 'First', [], ['ST-2']), story(2, 'Second "quoted"', ['ST-1'])];
    const graph = renderDependencyGraph({ phases: [phase(0, 'Kick-off')] }, stories, { unscheduled: 'Unscheduled' })!;
    expect(graph.source).toContain('  subgraph g0["Kick-off"]');
    expect(graph.source).toContain('    s1["ST-2 Second ”quoted”"]:::planned');
    expect(graph.source).toContain('  s0 --> s1');
    expect(graph.omitted).toBe(0);
  });

  test(`show at most ${maxGraphStories} stories, the most connected first, and count the rest`, () => {
    const many = Array.from({ length: 100 }, (_, index) => story(index, `Story ${index}`, index > 0 ? [`ST-${index - 1}`] : [], []));
    many[50].dependents = ['x', 'y', 'z'];
    const ordered = storiesWithDependencies(many);
    // ST-0 depends on nothing and (here) nothing lists it as a dependency: it takes part in no graph.
    expect(ordered).toHaveLength(99);
    expect(ordered[0].id).toBe('ST-50');
    const graph = renderDependencyGraph({ phases: [phase(0, 'p')] }, ordered, { unscheduled: 'Unscheduled' })!;
    expect(graph.stories).toHaveLength(maxGraphStories);
    expect(graph.omitted).toBe(99 - maxGraphStories);
  });

  test('stories without an arrow drawn go below the deepest with one, four to a row, held by invisible links', () => {
    // ST-0 -> ST-1 -> ST-2, and six stories whose dependencies are not drawn.
    const chain = [story(0, 'a', [], ['ST-1']), story(1, 'b', ['ST-0'], ['ST-2']), story(2, 'c', ['ST-1'])];
    const loose = Array.from({ length: 6 }, (_, index) => story(3 + index, 'loose', ['ST-99']));
    const graph = renderDependencyGraph({ phases: [phase(0, 'p')] }, [...chain, ...loose], { unscheduled: 'Unscheduled' })!;
    const links = graph.source.split('\n').filter((line) => line.includes('~~~'));
    expect(links).toEqual(['  s2 ~~~ s3', '  s2 ~~~ s4', '  s2 ~~~ s5', '  s2 ~~~ s6', '  s3 ~~~ s7', '  s4 ~~~ s8']);
    expect(graph.source.startsWith('flowchart TB\n')).toBe(true);
  });

  test('left to right, as many as eight loose stories share a column', () => {
    const loose = Array.from({ length: 10 }, (_, index) => story(index, 'loose', ['ST-99']));
    const graph = renderDependencyGraph({ phases: [phase(0, 'p')] }, loose, { unscheduled: 'Unscheduled', direction: 'LR' })!;
    expect(graph.source.startsWith('flowchart LR\n')).toBe(true);
    expect(graph.source.split('\n').filter((line) => line.includes('~~~'))).toEqual(['  s0 ~~~ s8', '  s1 ~~~ s9']);
  });
});

describe("a story's neighbourhood", () => {
  const labels = { notShown: (count: number) => `${count} not shown`, describe: (item: StoryView) => `Dependencies of ${item.id}` };
  const byId = new Map<string, StoryView>();
  const add = (index: number, title: string, dependsOn: string[], dependents: string[], hiddenDependencies = 0) => {
    const item = { ...story(index, title, dependsOn, dependents), hiddenDependencies };
    byId.set(item.id, item);
    return item;
  };
  add(1, 'Import plots', [], ['ST-2']);
  const centre = add(2, '<b>Hostile</b> "title" & more', ['ST-1'], ['ST-3'], 2);
  add(3, 'Trace a lot', ['ST-2'], []);
  const svg = renderNeighbourhoodSvg(centre, byId, (id) => `/client/stories/${id.toLowerCase()}/`, labels);

  test('links what it depends on and what needs it, and counts hidden dependencies without naming them', () => {
    expect(svg).toContain('<a href="/client/stories/st-1/">');
    expect(svg).toContain('<a href="/client/stories/st-3/">');
    expect(svg).toContain('2 not shown');
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain('aria-label="Dependencies of ST-2"');
  });

  test('escapes titles: text, never markup', () => {
    // Inline SVG is parsed as HTML: quotes mean nothing in its text, and stay as written.
    expect(svg).toContain('&lt;b&gt;Hostile&lt;/b&gt;</tspan>');
    expect(svg).toContain('>"title" &amp; more</tspan>');
    expect(svg).not.toContain('<b>');
  });
});
