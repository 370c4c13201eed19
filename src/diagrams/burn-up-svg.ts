import type { BurnUp } from '../model/view-data.ts';
import { escapeHtml } from '../escaping/html.ts';

/**
 * A phase's burn-up as a small SVG of our own: done and scope as step lines over the days, a date
 * axis and a value axis. It takes the container's width while its text keeps its size: the outer
 * SVG has no viewBox (so 13px text stays 13px, readable on a phone), positions across are
 * percentages, and the lines sit in an inner SVG stretched across with strokes that do not scale.
 * Colours come from the site's CSS variables, so one drawing serves both themes.
 */
const height = 224;
const legendBaseline = 16;
const plot = { top: 44, height: 140 };
const dateBaseline = plot.top + plot.height + 22;
/** Across the inner SVG, in its own units (stretched to the width). */
const across = 1000;
// The last day (today) sits a little short of the right edge: its figures run on to it, so they show.
const lastDayShare = 0.95;
// Room for a legend label at 13px: more than a sans-serif character's usual width, so labels never meet.
const legendCharWidth = 8;

export interface BurnUpLabels {
  /** What the chart shows, for screen readers (its `<title>`). */
  title: string;
  done: string;
  scope: string;
  date: (day: string) => string;
  amount: (value: number) => string;
}

export function renderBurnUpSvg(burnUp: BurnUp, labels: BurnUpLabels): string {
  const { days } = burnUp;
  const first = dayNumber(days[0].date);
  const span = dayNumber(days[days.length - 1].date) - first;
  const shareOf = (date: string) => (span === 0 ? 0 : ((dayNumber(date) - first) / span) * lastDayShare);
  const ticks = valueTicks(Math.max(...days.map((day) => Math.max(day.done, day.scope))));
  const top = ticks[ticks.length - 1];
  const yOf = (value: number) => plot.height - (value / top) * plot.height;
  const line = (value: (day: (typeof days)[number]) => number) =>
    days
      .map(
        (day, index) =>
          `${index === 0 ? 'M' : 'H'}${number(shareOf(day.date) * across)} ${index === 0 ? '' : 'V'}${number(yOf(value(day)))}`,
      )
      .concat(`H${across}`)
      .join(' ');
  const done = line((day) => day.done);
  const axis = plot.top + plot.height;

  return [
    `<svg class="burn-up" width="100%" height="${height}" role="img" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(labels.title)}</title>`,
    legend(labels),
    ...ticks.map((value) => {
      const y = number(plot.top + yOf(value));
      return `<line class="bu-grid" x1="0" x2="100%" y1="${y}" y2="${y}"/>`;
    }),
    `<svg x="0" y="${plot.top}" width="100%" height="${plot.height}" viewBox="0 0 ${across} ${plot.height}" preserveAspectRatio="none" overflow="visible">`,
    `<path class="bu-done-area" d="${done} V${plot.height} H0 Z"/>`,
    `<path class="bu-scope" d="${line((day) => day.scope)}" vector-effect="non-scaling-stroke"/>`,
    `<path class="bu-done" d="${done}" vector-effect="non-scaling-stroke"/>`,
    '</svg>',
    // Over the lines, each on its own halo, so a line crossing one leaves it legible.
    ...ticks.map(
      (value) =>
        `<text class="bu-label bu-value" x="0" y="${number(plot.top + yOf(value) - 4)}">${escapeHtml(labels.amount(value))}</text>`,
    ),
    ...dateTicks(days[0].date, span).map(({ date, share }) => {
      const x = `${number(share * lastDayShare * 100)}%`;
      const anchor = share === 0 ? 'start' : share === 1 ? 'end' : 'middle';
      return `<line class="bu-tick" x1="${x}" x2="${x}" y1="${axis}" y2="${axis + 5}"/><text class="bu-label" x="${x}" y="${dateBaseline}" text-anchor="${anchor}">${escapeHtml(labels.date(date))}</text>`;
    }),
    '</svg>',
  ].join('');
}

/** Done (a solid line over a tint), then scope (dashed): told apart by their strokes as well as by colour. */
function legend(labels: BurnUpLabels): string {
  const swatch = 22;
  const scopeX = swatch + 6 + labels.done.length * legendCharWidth + 18;
  const y = legendBaseline - 5;
  return [
    `<line class="bu-done" x1="0" x2="${swatch}" y1="${y}" y2="${y}"/>`,
    `<text class="bu-label bu-legend" x="${swatch + 6}" y="${legendBaseline}">${escapeHtml(labels.done)}</text>`,
    `<line class="bu-scope" x1="${scopeX}" x2="${scopeX + swatch}" y1="${y}" y2="${y}"/>`,
    `<text class="bu-label bu-legend" x="${scopeX + swatch + 6}" y="${legendBaseline}">${escapeHtml(labels.scope)}</text>`,
  ].join('');
}

/**
 * 0 up to a round top at or above `max`, in at most five whole steps (counts and points) of 1, 2
 * or 5 times a power of ten; 0 to 1 when all is zero.
 */
function valueTicks(max: number): number[] {
  const rough = Math.max(max, 1) / 5;
  const power = 10 ** Math.max(0, Math.floor(Math.log10(rough)));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

/** The first day, the day halfway and the last: three labels fit across a phone. */
function dateTicks(firstDate: string, span: number): { date: string; share: number }[] {
  const shares = span === 0 ? [0] : span === 1 ? [0, 1] : [0, Math.round(span / 2) / span, 1];
  return shares.map((share) => ({ date: dateAfter(firstDate, Math.round(share * span)), share }));
}

const dayLength = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / dayLength;
}

function dateAfter(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * dayLength).toISOString().slice(0, 10);
}

/** Coordinates rounded to two decimals, so output is the same on every machine and run. */
function number(value: number): string {
  return String(Math.round(value * 100) / 100);
}
