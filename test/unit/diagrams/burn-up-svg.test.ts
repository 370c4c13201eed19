import { describe, expect, test } from 'vitest';
import { renderBurnUpSvg, type BurnUpLabels } from '../../../src/diagrams/burn-up-svg.ts';
import type { BurnUp } from '../../../src/model/view-data.ts';
import { hostileTitles } from '../../helpers/hostile-titles.ts';

const labels: BurnUpLabels = { title: 'Burn-up of Open phase', done: 'Done', scope: 'Scope', date: (day) => `on ${day}`, amount: String };
const burnUp = (...days: [string, number, number][]): BurnUp => ({
  measure: 'points',
  days: days.map(([date, done, scope]) => ({ date, done, scope })),
});
const season = burnUp(['2026-01-10', 0, 30], ['2026-01-20', 8, 34], ['2026-02-09', 21, 34]);
const pathOf = (svg: string, kind: 'done' | 'scope') => new RegExp(`class="bu-${kind}" d="([^"]+)"`).exec(svg)![1];

describe("a phase's burn-up chart", () => {
  test('is an image named by its title, taking the width of its container', () => {
    const svg = renderBurnUpSvg(season, labels);
    expect(svg).toMatch(/^<svg class="burn-up" width="100%" height="\d+" role="img" [^>]*><title>Burn-up of Open phase<\/title>/);
    expect(svg).not.toMatch(/^<svg[^>]*viewBox/);
  });

  test('draws done and scope as steps from day to day, the last day carried on to the edge', () => {
    const svg = renderBurnUpSvg(season, labels);
    // 30 days across 95% of 1000 units, the 20th 10 days in; figures on a 0–40 axis 140 units high.
    expect(pathOf(svg, 'scope')).toBe('M0 35 H316.67 V21 H950 V21 H1000');
    expect(pathOf(svg, 'done')).toBe('M0 140 H316.67 V112 H950 V66.5 H1000');
  });

  test('has a value axis from 0 to a round top above the highest figure, and the first, middle and last days', () => {
    const svg = renderBurnUpSvg(season, labels);
    const values = [...svg.matchAll(/class="bu-label bu-value"[^>]*>([^<]+)</g)].map((match) => match[1]);
    expect(values).toEqual(['0', '10', '20', '30', '40']);
    const dates = [...svg.matchAll(/text-anchor="(\w+)">([^<]+)</g)].map((match) => `${match[1]} ${match[2]}`);
    expect(dates).toEqual(['start on 2026-01-10', 'middle on 2026-01-25', 'end on 2026-02-09']);
    expect(renderBurnUpSvg(burnUp(['2026-01-10', 0, 0], ['2026-01-20', 0, 777]), labels)).toContain('>800</text>');
  });

  test('draws the same bytes for the same figures', () => {
    expect(renderBurnUpSvg(season, labels)).toBe(renderBurnUpSvg(structuredClone(season), { ...labels }));
  });

  test('is a number everywhere, with a single day or nothing in scope', () => {
    for (const figures of [burnUp(['2026-01-10', 3, 3]), burnUp(['2026-01-10', 0, 0], ['2026-01-11', 0, 0])]) {
      const svg = renderBurnUpSvg(figures, labels);
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      expect(pathOf(svg, 'scope')).toMatch(/H1000$/);
    }
  });

  test.each(hostileTitles)('shows its labels as text, never markup: %s', (title) => {
    const svg = renderBurnUpSvg(season, { ...labels, title: `Burn-up of ${title}`, done: title, date: () => title });
    expect(svg).not.toMatch(/<(b|script)>/);
    if (title.includes('<script>')) expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
