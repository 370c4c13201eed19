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

/** The sites' body font (src/styles/base.css): the site's diagrams are measured and shown in it. */
export const siteFontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
