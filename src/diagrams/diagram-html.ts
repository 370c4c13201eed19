import { escapeAttribute } from '../escaping/attribute.ts';
import { escapeHtml } from '../escaping/html.ts';
import type { DiagramView } from '../model/view-data.ts';

/**
 * The HTML of a diagram, in a body and on the roadmap and phase pages alike (`Diagram.astro`):
 * inline SVG (one drawing for both themes), or its source in a block for the browser to draw.
 * `label` says what it shows, for screen readers. Drawn at its reading size, a diagram may
 * scroll sideways: the keyboard must reach it.
 */
export function diagramHtml(diagram: DiagramView, label: string): string {
  if (diagram.source !== undefined) {
    return `<pre class="mermaid" role="img" aria-label="${escapeAttribute(label)}" data-pagefind-ignore="all" tabindex="0">${escapeHtml(diagram.source)}</pre>`;
  }
  return `<figure class="diagram" role="img" aria-label="${escapeAttribute(label)}" data-pagefind-ignore="all" tabindex="0"><div class="diagram-site">${diagram.svg}</div></figure>`;
}

/** Whether HTML holds a diagram left for the browser to draw (see diagramHtml): its page must load Mermaid. */
export function needsMermaidInBrowser(html: string): boolean {
  return html.includes('<pre class="mermaid"');
}
