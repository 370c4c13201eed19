import { escapeFlowchartLabel, escapeGanttName } from '../escaping/mermaid-label.ts';
import { oneLine } from '../text/one-line.ts';

/**
 * Titles as diagram text: on one line, cut to `maxLength` characters (a diagram has no room for a
 * paragraph), then escaped for where they go in the Mermaid source (src/escaping/mermaid-label.ts).
 */
const maxLength = 70;

/** Text of a gantt task or section, which is unquoted. */
export function ganttText(text: string): string {
  return escapeGanttName(oneLine(text, maxLength));
}

/** Text of a quoted flowchart label. */
export function flowchartText(text: string): string {
  return escapeFlowchartLabel(oneLine(text, maxLength));
}
