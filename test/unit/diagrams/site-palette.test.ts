import { describe, expect, test } from 'vitest';
import { bodyPaletteThemeVariables } from '../../../src/diagrams/body-palette.ts';
import { applySitePalette, shadowFilter, sitePaletteThemeVariables } from '../../../src/diagrams/site-palette.ts';

const standIn = /^#d1a9[0-9a-f]{2}$/;

describe("the site's palette in its diagrams", () => {
  const variables = sitePaletteThemeVariables();

  test('every colour Mermaid reads is a stand-in, and stand-ins of different roles differ', () => {
    const { dropShadow, ...colours } = variables;
    expect(Object.values(colours).every((colour) => standIn.test(colour))).toBe(true);
    expect(dropShadow).toBe(shadowFilter);
    expect(variables.doneTaskBkgColor).not.toBe(variables.activeTaskBkgColor);
    expect(variables.textColor).toBe(variables.taskTextColor);
  });

  test("stand-ins in the SVG's style sheets become the site's variables; text that reads like one stays", () => {
    const svg = `<svg><style>#d .task{fill:${variables.taskBkgColor};stroke:${variables.taskBorderColor.toUpperCase()}}</style><text>${variables.taskBkgColor}</text></svg>`;
    expect(applySitePalette(svg)).toBe(
      `<svg><style>#d .task{fill:var(--diagram-planned-fill);stroke:var(--diagram-planned-stroke)}</style><text>${variables.taskBkgColor}</text></svg>`,
    );
  });

  test('stand-ins in colour attributes, as hex, rgb() or faded rgba(), become variables; other attributes and text stay', () => {
    const { taskBkgColor, textColor } = variables;
    const [red, green, blue] = [1, 3, 5].map((index) => parseInt(taskBkgColor.slice(index, index + 2), 16));
    const svg = [
      `<path fill="${taskBkgColor}" stroke="rgb(${red}, ${green}, ${blue})" style="fill: rgba(${red},${green},${blue},0.5)" data-x="${textColor}"></path>`,
      `<text> fill="${taskBkgColor}"</text>`,
    ].join('');
    expect(applySitePalette(svg)).toBe(
      [
        '<path fill="var(--diagram-planned-fill)" stroke="var(--diagram-planned-fill)" style="fill: color-mix(in srgb, var(--diagram-planned-fill) 50%, transparent)"',
        ` data-x="${textColor}"></path><text> fill="${taskBkgColor}"</text>`,
      ].join(''),
    );
  });
});

describe("a body's diagrams in the site's palette", () => {
  const variables = bodyPaletteThemeVariables();

  test('every colour of the kinds a body may hold is a stand-in, nested ones too', () => {
    const { dropShadow, pieOpacity, commitLabelFontSize, tagLabelFontSize, xyChart, radar, ...colours } = variables as Record<
      string,
      string
    > & { xyChart: Record<string, string>; radar: Record<string, unknown> };
    expect(Object.values(colours).filter((colour) => !standIn.test(colour))).toEqual([]);
    expect(dropShadow).toBe(shadowFilter);
    expect([pieOpacity, commitLabelFontSize, tagLabelFontSize]).toEqual(['1', '13px', '13px']);
    const { plotColorPalette, ...axes } = xyChart;
    expect(Object.values(axes).every((colour) => standIn.test(colour))).toBe(true);
    expect(plotColorPalette.split(',').every((colour) => standIn.test(colour))).toBe(true);
    expect(standIn.test(radar.axisColor as string)).toBe(true);
  });

  test('text is the page’s text on every kind, and pie slices cycle through distinct fills', () => {
    const colours = variables as Record<string, string>;
    const text = colours.textColor;
    for (const name of ['primaryTextColor', 'actorTextColor', 'noteTextColor', 'pieSectionTextColor', 'cScaleLabel3', 'taskTextColor'])
      expect(colours[name], name).toBe(text);
    const slices = Array.from({ length: 8 }, (_, index) => colours[`pie${index + 1}`]);
    expect(new Set(slices).size).toBe(8);
    expect(colours.pie9).toBe(colours.pie1);
  });
});
