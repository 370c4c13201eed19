/**
 * The site's colours in its diagrams, generated (roadmap gantt, dependency graphs) or written in a
 * body (src/diagrams/body-palette.ts), so one drawing serves the light and the dark theme.
 * Mermaid's themes take colours, not CSS variables (NOTES), so each colour Mermaid reads is given
 * as a stand-in hex value, unique and never a real choice, and the stand-ins in the drawn SVG are
 * then replaced by the variables (src/styles/diagrams.css defines them for both themes).
 */
const roles = {
  text: '--diagram-text',
  link: '--diagram-link',
  line: '--diagram-line',
  background: '--diagram-bg',
  section: '--diagram-section',
  sectionAlt: '--diagram-section-alt',
  grid: '--diagram-grid',
  today: '--diagram-today',
  group: '--diagram-group',
  groupBorder: '--diagram-group-border',
  plannedFill: '--diagram-planned-fill',
  plannedStroke: '--diagram-planned-stroke',
  activeFill: '--diagram-active-fill',
  activeStroke: '--diagram-active-stroke',
  doneFill: '--diagram-done-fill',
  doneStroke: '--diagram-done-stroke',
  droppedFill: '--diagram-dropped-fill',
  droppedStroke: '--diagram-dropped-stroke',
  milestone: '--diagram-milestone',
  shadow: '--diagram-shadow',
  // Diagrams written in bodies: their boxes, notes, critical tasks and series (pie slices,
  // branches, mind map levels), as tinted fills and as strong hues.
  node: '--diagram-node-fill',
  nodeBorder: '--diagram-node-stroke',
  note: '--diagram-note-fill',
  noteBorder: '--diagram-note-stroke',
  critFill: '--diagram-crit-fill',
  critStroke: '--diagram-crit-stroke',
  fill0: '--diagram-series-fill-0',
  fill1: '--diagram-series-fill-1',
  fill2: '--diagram-series-fill-2',
  fill3: '--diagram-series-fill-3',
  fill4: '--diagram-series-fill-4',
  fill5: '--diagram-series-fill-5',
  fill6: '--diagram-series-fill-6',
  fill7: '--diagram-series-fill-7',
  hue0: '--diagram-series-0',
  hue1: '--diagram-series-1',
  hue2: '--diagram-series-2',
  hue3: '--diagram-series-3',
  hue4: '--diagram-series-4',
  hue5: '--diagram-series-5',
  hue6: '--diagram-series-6',
  hue7: '--diagram-series-7',
} as const;

export type Role = keyof typeof roles;

/** How many colours a series (`fill0`…, `hue0`…) cycles through. */
export const seriesLength = 8;

/** One stand-in per role: `#d1a900`, `#d1a901`… */
export const standIn = Object.fromEntries(
  Object.keys(roles).map((role, index) => [role, `#d1a9${index.toString(16).padStart(2, '0')}`]),
) as Record<Role, string>;

/** Mermaid's theme variables (its `base` theme) that gantt charts and flowcharts read, by role. */
const themeRoles: Record<string, Role> = {
  background: 'background',
  primaryColor: 'plannedFill',
  primaryTextColor: 'text',
  primaryBorderColor: 'plannedStroke',
  secondaryColor: 'sectionAlt',
  secondaryTextColor: 'text',
  secondaryBorderColor: 'line',
  tertiaryColor: 'group',
  tertiaryTextColor: 'text',
  tertiaryBorderColor: 'groupBorder',
  lineColor: 'line',
  textColor: 'text',
  mainBkg: 'plannedFill',
  nodeBorder: 'plannedStroke',
  nodeTextColor: 'text',
  clusterBkg: 'group',
  clusterBorder: 'groupBorder',
  titleColor: 'text',
  edgeLabelBackground: 'background',
  sectionBkgColor: 'section',
  altSectionBkgColor: 'background',
  sectionBkgColor2: 'section',
  excludeBkgColor: 'sectionAlt',
  taskBorderColor: 'plannedStroke',
  taskBkgColor: 'plannedFill',
  activeTaskBorderColor: 'activeStroke',
  activeTaskBkgColor: 'activeFill',
  doneTaskBorderColor: 'doneStroke',
  doneTaskBkgColor: 'doneFill',
  critBorderColor: 'milestone',
  critBkgColor: 'milestone',
  gridColor: 'grid',
  todayLineColor: 'today',
  vertLineColor: 'today',
  taskTextColor: 'text',
  taskTextOutsideColor: 'text',
  taskTextLightColor: 'text',
  taskTextDarkColor: 'text',
  taskTextClickableColor: 'link',
};

/** The theme variables to draw the site's diagrams with: every colour a stand-in. */
export function sitePaletteThemeVariables(): Record<string, string> {
  return { ...Object.fromEntries(Object.entries(themeRoles).map(([name, role]) => [name, standIn[role]])), dropShadow: shadowFilter };
}

/** The shadow under the boxes of Mermaid's `neo` look: its own, a fixed light grey, glows in the dark theme. */
export const shadowFilter = `drop-shadow(1px 2px 2px ${standIn.shadow})`;

/**
 * The drawn SVG with each stand-in replaced by its variable: in its style sheets and in the colour
 * attributes of its tags (a pie's slices), as hex, `rgb()` or, faded, `rgba()`. Text is never
 * touched: a title that happens to read like a stand-in stays as written.
 */
export function applySitePalette(svg: string): string {
  return svg
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${withVariables(css)}</style>`)
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag.replace(
        /(\s(?:fill|stroke|style|stop-color|flood-color|color)=")([^"]*)"/g,
        (_, name: string, value: string) => `${name}${withVariables(value)}"`,
      ),
    );
}

const variableOf = new Map(Object.entries(standIn).map(([role, colour]) => [colour, `var(${roles[role as Role]})`]));

function withVariables(text: string): string {
  const variable = (blue: number) => variableOf.get(`#d1a9${blue.toString(16).padStart(2, '0')}`);
  return text
    .replace(/#d1a9([0-9a-f]{2})\b/gi, (colour, blue: string) => variable(parseInt(blue, 16)) ?? colour)
    .replace(/rgba?\(\s*209\s*,\s*169\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)/g, (colour, blue: string, alpha?: string) => {
      const found = variable(Number(blue));
      if (!found) return colour;
      return alpha === undefined || Number(alpha) === 1
        ? found
        : `color-mix(in srgb, ${found} ${Math.round(Number(alpha) * 100)}%, transparent)`;
    });
}
