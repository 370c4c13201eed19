/**
 * The site's colours in the diagrams it generates (roadmap gantt, dependency graphs), so one drawing
 * serves the light and the dark theme. Mermaid's themes take colours, not CSS variables (NOTES), so
 * each colour Mermaid reads is given as a stand-in hex value, unique and never a real choice, and
 * the stand-ins in the drawn SVG's style sheet are then replaced by the variables
 * (src/styles/diagrams.css defines them for both themes).
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
} as const;

type Role = keyof typeof roles;

/** One stand-in per role: `#d1a900`, `#d1a901`… */
const standIn = Object.fromEntries(
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
  return Object.fromEntries(Object.entries(themeRoles).map(([name, role]) => [name, standIn[role]]));
}

/**
 * The drawn SVG with each stand-in in its style sheets replaced by its variable. Only style sheets
 * are touched: a title that happens to read like a stand-in stays as written.
 */
export function applySitePalette(svg: string): string {
  const variableOf = new Map(Object.entries(standIn).map(([role, colour]) => [colour, `var(${roles[role as Role]})`]));
  return svg.replace(
    /<style>([\s\S]*?)<\/style>/g,
    (_, css: string) => `<style>${css.replace(/#d1a9[0-9a-f]{2}\b/gi, (colour) => variableOf.get(colour.toLowerCase()) ?? colour)}</style>`,
  );
}
