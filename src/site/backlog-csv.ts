import type { StoryView, ViewData } from '../model/view-data.ts';
import type { Dictionary } from './i18n.ts';

/** One column of the export: its heading and a story's cell, text or a plain number. */
interface Column {
  heading: string;
  cell(story: StoryView): string | number | undefined;
}

/**
 * `backlog.csv`: one row per story the view shows, in backlog order, for a spreadsheet. Headings
 * in the site's language; only the columns the view's `show` switches allow (a column the view may
 * not show is absent, not empty); dates ISO, numbers unformatted, several values joined by "; ".
 * RFC 4180 (CRLF rows, quoted cells), with a BOM so spreadsheets read it as UTF-8.
 */
export function renderBacklogCsv(data: ViewData, t: Dictionary, statusLabel: (id: string) => string): string {
  const columns = columnsOf(data, t, statusLabel);
  const rows = [columns.map((column) => column.heading), ...data.stories.map((story) => columns.map((column) => column.cell(story)))];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function columnsOf(data: ViewData, t: Dictionary, statusLabel: (id: string) => string): Column[] {
  const phaseTitle = new Map(data.phases.map((phase) => [phase.id, phase.title]));
  const epicTitle = new Map(data.epics.map((epic) => [epic.id, epic.title]));
  const stakeholderName = new Map(data.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name]));
  const list = (values: string[]) => values.join('; ');
  const { show } = data.view;
  const words = t.exports.columns;
  return [
    { heading: words.id, cell: (story) => story.id },
    { heading: words.title, cell: (story) => story.title },
    { heading: t.status, cell: (story) => statusLabel(story.status) },
    { heading: words.category, cell: (story) => story.category },
    { heading: t.priority, cell: (story) => t.priorities[story.priority] },
    { heading: t.rank, cell: (story) => story.rank },
    { heading: t.phase, cell: (story) => story.phase },
    { heading: words.phaseTitle, cell: (story) => story.phase && phaseTitle.get(story.phase) },
    { heading: t.epic, cell: (story) => story.epic },
    { heading: words.epicTitle, cell: (story) => story.epic && epicTitle.get(story.epic) },
    { heading: t.stakeholders, cell: (story) => list(story.stakeholders.map((id) => stakeholderName.get(id) ?? id)) },
    { heading: t.tags, cell: (story) => list(story.tags) },
    { heading: t.dependsOn, cell: (story) => list(story.dependsOn) },
    { heading: words.hiddenDependencies, cell: (story) => story.hiddenDependencies },
    ...(show.estimates
      ? [
          { heading: t.pointsHeading, cell: (story: StoryView) => story.estimate?.points },
          { heading: t.personDaysHeading, cell: (story: StoryView) => story.estimate?.personDays },
        ]
      : []),
    ...(show.costs ? [{ heading: `${t.cost} (${data.project.currency})`, cell: (story: StoryView) => story.estimate?.cost }] : []),
    ...(show.owners ? [{ heading: t.owner, cell: (story: StoryView) => story.owner }] : []),
    { heading: words.created, cell: (story) => story.created },
    { heading: words.updated, cell: (story) => story.updated },
  ];
}

/**
 * A cell as RFC 4180 writes it. Text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe: a story title such as
 * `=HYPERLINK(...)` is content anyone on the team can write, and opening the export must not run
 * it. Numbers are ours and go out as they are.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
