import { bodyPaletteThemeVariables } from '../diagrams/body-palette.ts';
import { mermaidConfig, naturalSize, siteFontFamily } from '../diagrams/mermaid-config.ts';
import { sitePaletteThemeVariables } from '../diagrams/site-palette.ts';

/**
 * How the build draws a diagram, each in the site's palette as CSS variables, one drawing for both
 * themes (src/diagrams/site-palette.ts): `site`, the diagrams the site generates; `body`, those
 * written in a body, of any kind Mermaid draws.
 */
export type DiagramStyle = 'site' | 'body';

/**
 * The site's own diagrams: drawn at the size they are read at (a page scrolls a wide one sideways
 * rather than shrink its text), with the gantt's text and section labels readable.
 */
const siteConfig = {
  ...mermaidConfig,
  theme: 'base',
  themeVariables: { ...sitePaletteThemeVariables(), fontFamily: siteFontFamily, fontSize: '15px' },
  flowchart: { ...mermaidConfig.flowchart, useMaxWidth: false, wrappingWidth: 240, rankSpacing: 36, nodeSpacing: 28, padding: 10 },
  layout: 'elk',
  gantt: {
    ...mermaidConfig.gantt,
    useMaxWidth: false,
    useWidth: 1180,
    leftPadding: 290,
    fontSize: 14,
    sectionFontSize: 14,
    barHeight: 26,
    barGap: 6,
  },
};

/**
 * A body's diagrams: Mermaid's own layout (as the browser draws them when the build has no
 * Chromium), at their natural size whatever their kind, so none shrinks on a phone; a gantt as
 * wide as a page's text at 1280 px.
 */
const bodyConfig = {
  ...mermaidConfig,
  theme: 'base',
  themeVariables: { ...bodyPaletteThemeVariables(), fontFamily: siteFontFamily, fontSize: '15px' },
  // A class diagram's multiplicities are drawn at 11 px.
  themeCSS: '.edgeTerminals { font-size: 12px; }',
  ...naturalSize,
  gantt: { ...naturalSize.gantt, useWidth: 720, fontSize: 14, sectionFontSize: 14, barHeight: 26, barGap: 6 },
};

export const drawingConfigs: Record<DiagramStyle, object> = { site: siteConfig, body: bodyConfig };
