/**
 * Mermaid settings shared by the build's renderer, the syntax check and the browser, so a diagram
 * reads and draws the same everywhere: safe and reproducible (see NOTES: strict, deterministic
 * ids, no HTML labels), with the dagre layout, lighter than Mermaid 12's default ELK.
 */
export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  deterministicIds: true,
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true },
  gantt: { useMaxWidth: true },
  layout: 'dagre',
} as const;

/** Mermaid's diagram kinds that take `useMaxWidth` (its config.type.d.ts). */
const diagramKinds = [
  'flowchart',
  'swimlane',
  'sequence',
  'gantt',
  'journey',
  'timeline',
  'class',
  'state',
  'er',
  'pie',
  'quadrantChart',
  'xyChart',
  'requirement',
  'architecture',
  'mindmap',
  'ishikawa',
  'kanban',
  'gitGraph',
  'c4',
  'sankey',
  'packet',
  'block',
  'radar',
  'venn',
  'treeView',
  'usecase',
] as const;

/**
 * Every kind drawn at its natural size, never shrunk to its container: on a phone a diagram
 * scrolls sideways and its text stays readable.
 */
export const naturalSize = {
  ...Object.fromEntries(diagramKinds.map((kind) => [kind, { useMaxWidth: false }])),
  flowchart: { ...mermaidConfig.flowchart, useMaxWidth: false },
  gantt: { ...mermaidConfig.gantt, useMaxWidth: false },
};

/** What the browser draws with when the build had no Chromium: the same settings, at natural size. */
export const browserMermaidConfig = { ...mermaidConfig, ...naturalSize };

/** The sites' body font (src/styles/base.css): the site's diagrams are measured and shown in it. */
export const siteFontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
