import { describe, expect, test } from 'vitest';
import { applySitePalette, sitePaletteThemeVariables } from '../../../src/diagrams/site-palette.ts';

describe("the site's palette in its diagrams", () => {
  const variables = sitePaletteThemeVariables();

  test('every colour Mermaid reads is a stand-in, and stand-ins of different roles differ', () => {
    expect(Object.values(variables).every((colour) => /^#d1a9[0-9a-f]{2}$/.test(colour))).toBe(true);
    expect(variables.doneTaskBkgColor).not.toBe(variables.activeTaskBkgColor);
    expect(variables.textColor).toBe(variables.taskTextColor);
  });

  test("stand-ins in the SVG's style sheets become the site's variables; text that reads like one stays", () => {
    const svg = `<svg><style>#d .task{fill:${variables.taskBkgColor};stroke:${variables.taskBorderColor.toUpperCase()}}</style><text>${variables.taskBkgColor}</text></svg>`;
    expect(applySitePalette(svg)).toBe(
      `<svg><style>#d .task{fill:var(--diagram-planned-fill);stroke:var(--diagram-planned-stroke)}</style><text>${variables.taskBkgColor}</text></svg>`,
    );
  });
});
