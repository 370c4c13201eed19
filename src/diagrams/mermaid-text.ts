import { escapeFlowchartLabel, escapeGanttName } from '../escaping/mermaid-label.ts';

/**
 * Titles as diagram text: on one line, cut to `maxLength` characters (a diagram has no room for a
 * paragraph), then escaped for where they go in the Mermaid source (src/escaping/mermaid-label.ts).
 */
const maxLength = 70;

/** Text of a gantt task or section, which is unquoted. */
export function ganttText(text: string): string {
  return escapeGanttName(shorten(text));
}

/** Text of a quoted flowchart label. */
export function flowchartText(text: string): string {
  return escapeFlowchartLabel(shorten(text));
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return [...single].length > maxLength
    ? `${[...single]
        .slice(0, maxLength - 1)
        .join('')
        .trimEnd()}…`
    : single;
}
