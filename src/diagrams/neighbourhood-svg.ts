import type { StoryView } from '../model/view-data.ts';
import { escapeAttribute } from '../escaping/attribute.ts';
import { escapeHtml } from '../escaping/html.ts';

/**
 * A story's neighbourhood drawn as a small SVG of our own: what it depends on (left), the story
 * (centre), what needs it (right), each box a link (so the drawing is a group, not an image). The layout is fixed, so it costs microseconds
 * where Mermaid costs ~55 ms per diagram and theme — at thousands of stories the difference is
 * minutes of build. Colours come from the site's CSS variables, so one drawing serves both themes.
 */
// Drawn at the size it is read at (13 px text), and as wide as a story page's column at 1280 px.
const box = { width: 200, height: 46, gap: 12 };
const column = { left: 0, centre: 260, right: 520 };
const charsPerLine = 26;

export interface NeighbourhoodLabels {
  notShown: (count: number) => string;
  describe: (story: StoryView) => string;
}

export function renderNeighbourhoodSvg(
  story: StoryView,
  byId: Map<string, StoryView>,
  urlOf: (id: string) => string,
  labels: NeighbourhoodLabels,
): string {
  const left: Item[] = story.dependsOn.map((id) => ({ story: byId.get(id)! }));
  if (story.hiddenDependencies > 0) left.push({ text: labels.notShown(story.hiddenDependencies) });
  const right: Item[] = story.dependents.map((id) => ({ story: byId.get(id)! }));
  const rows = Math.max(left.length, right.length, 1);
  const height = rows * box.height + (rows - 1) * box.gap;
  const top = (count: number, index: number) =>
    (height - (count * box.height + (count - 1) * box.gap)) / 2 + index * (box.height + box.gap);
  const centreY = (height - box.height) / 2;

  const parts: string[] = [];
  left.forEach((item, index) => {
    const y = top(left.length, index);
    parts.push(arrow(column.left + box.width, y + box.height / 2, column.centre, centreY + box.height / 2, !item.story));
    parts.push(boxAt(item, column.left, y, urlOf));
  });
  right.forEach((item, index) => {
    const y = top(right.length, index);
    parts.push(arrow(column.centre + box.width, centreY + box.height / 2, column.right, y + box.height / 2, false));
    parts.push(boxAt(item, column.right, y, urlOf));
  });
  parts.push(boxAt({ story }, column.centre, centreY, urlOf, true));
  const width = column.right + box.width;
  return [
    `<svg class="neighbourhood" viewBox="-2 -2 ${width + 4} ${height + 4}" width="${width + 4}" role="group" aria-label="${escapeAttribute(labels.describe(story))}" xmlns="http://www.w3.org/2000/svg">`,
    '<defs><marker id="neighbourhood-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" class="nb-arrowhead"/></marker></defs>',
    ...parts,
    '</svg>',
  ].join('');
}

type Item = { story: StoryView; text?: undefined } | { story?: undefined; text: string };

function boxAt(item: Item, x: number, y: number, urlOf: (id: string) => string, current = false): string {
  const label = item.story ? `${item.story.id} ${item.story.title}` : item.text;
  const lines = wrap(label);
  const lineHeight = 15;
  const firstBaseline = y + box.height / 2 - ((lines.length - 1) * lineHeight) / 2 + 5;
  const text = lines
    .map((line, index) => `<tspan x="${x + 10}" y="${firstBaseline + index * lineHeight}">${escapeHtml(line)}</tspan>`)
    .join('');
  const classes = ['nb-box', item.story?.category ?? 'hidden', current ? 'current' : ''].filter(Boolean).join(' ');
  const shape = `<rect class="${classes}" x="${x}" y="${y}" width="${box.width}" height="${box.height}" rx="6"/><text class="nb-text">${text}</text>`;
  return item.story && !current ? `<a href="${escapeAttribute(urlOf(item.story.id))}">${shape}</a>` : shape;
}

function arrow(x1: number, y1: number, x2: number, y2: number, dashed: boolean): string {
  const middle = (x1 + x2) / 2;
  return `<path class="nb-edge${dashed ? ' dashed' : ''}" d="M${x1} ${y1} C${middle} ${y1} ${middle} ${y2} ${x2 - 2} ${y2}" marker-end="url(#neighbourhood-arrow)"/>`;
}

/** Two lines at most, cut at word boundaries, with an ellipsis when the label is longer. */
function wrap(label: string): string[] {
  const words = label.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [''];
  for (const word of words) {
    const current = lines[lines.length - 1];
    if (current && (current + ' ' + word).length > charsPerLine) {
      if (lines.length === 2) {
        lines[1] = `${lines[1].slice(0, charsPerLine - 1).trimEnd()}…`;
        return lines;
      }
      lines.push(word);
    } else {
      lines[lines.length - 1] = current ? `${current} ${word}` : word;
    }
  }
  return lines.map((line) => (line.length > charsPerLine ? `${line.slice(0, charsPerLine - 1)}…` : line));
}
