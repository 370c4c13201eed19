import { describe, expect, test } from 'vitest';
import { attachDiagrams } from '../../../src/build/attach-diagrams.ts';
import { needsMermaidInBrowser } from '../../../src/diagrams/diagram-html.ts';
import { MermaidRenderError } from '../../../src/mermaid/mermaid-render-error.ts';
import type { MermaidRenderer } from '../../../src/mermaid/mermaid-renderer.ts';
import type { ViewData } from '../../../src/model/view-data.ts';

const block = (source: string) => `<p>Before</p><pre><code class="language-mermaid">${source}</code></pre>`;

const viewWithStory = (html: string) =>
  ({
    view: { locale: 'en', base: '/' },
    project: { summaryHtml: '' },
    phases: [],
    epics: [],
    stories: [{ id: 'ST-1', slug: 'st-1', html, dependsOn: [], dependents: [], hiddenDependencies: 0 }],
    diagrams: {},
  }) as unknown as ViewData;

/** Draws everything, except a source Mermaid would refuse; remembers in which style. */
const styles: string[] = [];
const renderer: MermaidRenderer = {
  render: async (source, style) => {
    if (source.includes('-->>')) throw new MermaidRenderError(source, 'Parse error on line 2:');
    styles.push(style);
    return '<svg></svg>';
  },
  warm: () => {},
  keepsDrawings: false,
  rendered: 0,
  cached: 0,
  close: async () => {},
};

describe('diagrams written in bodies', () => {
  test('without Chromium, stay as published source for the browser, comments removed', async () => {
    const data = await attachDiagrams(viewWithStory(block('flowchart LR\n  A --&gt; B %% CANARY')), undefined);
    const html = data.stories[0].html;
    expect(html).toContain(
      '<pre class="mermaid" role="img" aria-label="Diagram" data-pagefind-ignore="all" tabindex="0">flowchart LR\n  A --&gt; B</pre>',
    );
    expect(html).not.toContain('CANARY');
    expect(needsMermaidInBrowser(html)).toBe(true);
  });

  test('with Chromium, become one inline SVG for both themes, that needs no Mermaid in the browser and scrolls by keyboard', async () => {
    styles.length = 0;
    const data = await attachDiagrams(viewWithStory(block('flowchart LR\n  A --&gt; B')), renderer);
    expect(styles).toEqual(['body']);
    expect(data.stories[0].html).toContain(
      '<figure class="diagram" role="img" aria-label="Diagram" data-pagefind-ignore="all" tabindex="0"><div class="diagram-site"><svg></svg></div></figure>',
    );
    expect(needsMermaidInBrowser(data.stories[0].html)).toBe(false);
  });

  test('a block Mermaid cannot draw fails as a MermaidRenderError naming its entry', async () => {
    const failure = await attachDiagrams(viewWithStory(block('flowchart LR\n  A --&gt;&gt; B')), renderer).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MermaidRenderError);
    expect(failure).toMatchObject({
      source: 'flowchart LR\n  A -->> B',
      mermaidMessage: 'Parse error on line 2:',
      owner: { kind: 'story', id: 'ST-1' },
    });
  });
});
