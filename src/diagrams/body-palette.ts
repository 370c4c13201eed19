import { seriesLength, shadowFilter, standIn, type Role } from './site-palette.ts';

/**
 * The colours Mermaid's `base` theme reads for the diagram kinds a body may hold, by role: every
 * one given, so Mermaid derives none of its own (a derived colour would be no stand-in, and keep
 * one theme's value in the other). Text is always the page's text, on fills tinted from the page's
 * background, so it reads in both themes.
 */
const bodyThemeRoles: Record<string, Role> = {
  background: 'background',
  primaryColor: 'node',
  primaryTextColor: 'text',
  primaryBorderColor: 'nodeBorder',
  secondaryColor: 'group',
  secondaryTextColor: 'text',
  secondaryBorderColor: 'groupBorder',
  tertiaryColor: 'group',
  tertiaryTextColor: 'text',
  tertiaryBorderColor: 'groupBorder',
  lineColor: 'line',
  textColor: 'text',
  titleColor: 'text',
  border2: 'groupBorder',
  arrowheadColor: 'line',
  // Flowcharts, class, state, ER and requirement diagrams.
  mainBkg: 'node',
  nodeBkg: 'node',
  nodeBorder: 'nodeBorder',
  nodeTextColor: 'text',
  clusterBkg: 'group',
  clusterBorder: 'groupBorder',
  defaultLinkColor: 'line',
  edgeLabelBackground: 'background',
  flowContainerStroke: 'groupBorder',
  classText: 'text',
  stateBkg: 'node',
  stateLabelColor: 'text',
  labelBackgroundColor: 'background',
  compositeBackground: 'background',
  compositeTitleBackground: 'node',
  compositeBorder: 'nodeBorder',
  altBackground: 'group',
  transitionColor: 'line',
  transitionLabelColor: 'text',
  errorBkgColor: 'critFill',
  errorTextColor: 'text',
  rowOdd: 'background',
  rowEven: 'group',
  attributeBackgroundColorOdd: 'background',
  attributeBackgroundColorEven: 'group',
  requirementBackground: 'node',
  requirementBorderColor: 'nodeBorder',
  requirementTextColor: 'text',
  relationColor: 'line',
  relationLabelBackground: 'background',
  relationLabelColor: 'text',
  personBkg: 'node',
  personBorder: 'nodeBorder',
  // Sequence diagrams.
  actorBkg: 'node',
  actorBorder: 'nodeBorder',
  actorTextColor: 'text',
  actorLineColor: 'line',
  signalColor: 'text',
  signalTextColor: 'text',
  labelBoxBkgColor: 'node',
  labelBoxBorderColor: 'nodeBorder',
  labelTextColor: 'text',
  loopTextColor: 'text',
  noteBkgColor: 'note',
  noteBorderColor: 'noteBorder',
  noteTextColor: 'text',
  activationBkgColor: 'group',
  activationBorderColor: 'nodeBorder',
  sequenceNumberColor: 'background',
  rectBkgColor: 'group',
  // Gantt charts: tasks as the roadmap's, critical ones in the site's "must".
  sectionBkgColor: 'section',
  altSectionBkgColor: 'background',
  sectionBkgColor2: 'section',
  excludeBkgColor: 'sectionAlt',
  taskBorderColor: 'nodeBorder',
  taskBkgColor: 'node',
  activeTaskBorderColor: 'activeStroke',
  activeTaskBkgColor: 'activeFill',
  doneTaskBorderColor: 'doneStroke',
  doneTaskBkgColor: 'doneFill',
  critBorderColor: 'critStroke',
  critBkgColor: 'critFill',
  gridColor: 'grid',
  todayLineColor: 'today',
  vertLineColor: 'today',
  taskTextColor: 'text',
  taskTextOutsideColor: 'text',
  taskTextLightColor: 'text',
  taskTextDarkColor: 'text',
  taskTextClickableColor: 'link',
  // Pie charts.
  pieTitleTextColor: 'text',
  pieSectionTextColor: 'text',
  pieLegendTextColor: 'text',
  pieStrokeColor: 'background',
  pieOuterStrokeColor: 'line',
  // Quadrant charts.
  quadrantPointFill: 'hue0',
  quadrantPointTextFill: 'text',
  quadrantXAxisTextFill: 'text',
  quadrantYAxisTextFill: 'text',
  quadrantInternalBorderStrokeFill: 'groupBorder',
  quadrantExternalBorderStrokeFill: 'line',
  quadrantTitleFill: 'text',
  ...numbered(4, (index) => ({ [`quadrant${index + 1}Fill`]: inSeries('fill', index), [`quadrant${index + 1}TextFill`]: 'text' })),
  // Git graphs: branches in strong hues, their labels on them in the page's background.
  commitLabelColor: 'text',
  commitLabelBackground: 'group',
  tagLabelColor: 'text',
  tagLabelBackground: 'node',
  tagLabelBorder: 'nodeBorder',
  ...numbered(seriesLength, (index) => ({
    [`git${index}`]: inSeries('hue', index),
    [`gitInv${index}`]: 'background',
    [`gitBranchLabel${index}`]: 'background',
  })),
  // Mind maps, timelines, kanban boards and journeys: levels and sections in tinted fills.
  scaleLabelColor: 'text',
  ...numbered(seriesLength, (index) => ({ [`fillType${index}`]: inSeries('fill', index) })),
  ...numbered(12, (index) => ({
    [`cScale${index}`]: inSeries('fill', index),
    [`cScalePeer${index}`]: inSeries('hue', index),
    [`cScaleInv${index}`]: 'text',
    [`cScaleLabel${index}`]: 'text',
    [`pie${index + 1}`]: inSeries('fill', index),
  })),
};

/** The series colour at a position, cycling. */
function inSeries(kind: 'fill' | 'hue', index: number): Role {
  return `${kind}${index % seriesLength}` as Role;
}

/** Variables numbered 0 to count - 1 (Mermaid's `git0`…, `cScale0`…), in one record. */
function numbered(count: number, entries: (index: number) => Record<string, Role>): Record<string, Role> {
  return Object.assign({}, ...Array.from({ length: count }, (_, index) => entries(index))) as Record<string, Role>;
}

/** The theme variables to draw a body's diagrams with: every colour a stand-in, and text sizes read at 12 px or more. */
export function bodyPaletteThemeVariables(): Record<string, unknown> {
  const colours = Object.fromEntries(Object.entries(bodyThemeRoles).map(([name, role]) => [name, standIn[role]]));
  const strong = Array.from({ length: seriesLength }, (_, index) => standIn[inSeries('hue', index)]);
  return {
    ...colours,
    dropShadow: shadowFilter,
    pieOpacity: '1',
    commitLabelFontSize: '13px',
    tagLabelFontSize: '13px',
    xyChart: {
      backgroundColor: standIn.background,
      titleColor: standIn.text,
      dataLabelColor: standIn.text,
      legendTextColor: standIn.text,
      xAxisTitleColor: standIn.text,
      xAxisLabelColor: standIn.text,
      xAxisTickColor: standIn.line,
      xAxisLineColor: standIn.line,
      yAxisTitleColor: standIn.text,
      yAxisLabelColor: standIn.text,
      yAxisTickColor: standIn.line,
      yAxisLineColor: standIn.line,
      plotColorPalette: strong.join(','),
    },
    radar: { axisColor: standIn.line, graticuleColor: standIn.grid, axisLabelFontSize: 13, legendFontSize: 13 },
  };
}
