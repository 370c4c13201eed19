import type { ChangeEntry, PhaseView, StoryView } from '../model/view-data.ts';
import type { WorkflowStatus } from '../model/content.ts';
import type { Formatter } from './format.ts';
import type { Dictionary } from './i18n.ts';

/** A change as the changes page and its feed tell it. */
export interface DescribedChange {
  kind: ChangeEntry['kind'];
  /** The kind in words: "Status". */
  label: string;
  /** The story (with its id) or phase that changed, and its page. */
  id?: string;
  title: string;
  url: string;
  /** The change in words: "In review → Done", "Field trials → Launch"; empty for a new story. */
  detail: string;
  /** For a status change: the two statuses, to show as badges. */
  statuses?: { label: string; category: WorkflowStatus['category'] }[];
}

export interface ChangeContext {
  t: Dictionary;
  format: Formatter;
  story(id: string): StoryView;
  phase(id: string): PhaseView;
  /** The status as the site labels it; a status the workflow no longer has keeps its id. */
  status(id: string): { label: string; category: WorkflowStatus['category'] };
  url: { story(id: string): string; phase(id: string): string };
}

export function describeChange(entry: ChangeEntry, context: ChangeContext): DescribedChange {
  const { t, format } = context;
  const label = t.changeKinds[entry.kind];
  if (entry.kind === 'phase-dates') {
    const range = (dates: { start?: string; end?: string }) =>
      [dates.start, dates.end].map((date) => (date ? format.date(date) : '…')).join(' – ');
    const phase = context.phase(entry.phase);
    return {
      kind: entry.kind,
      label,
      title: phase.title,
      url: context.url.phase(phase.id),
      detail: `${range(entry.from)} → ${range(entry.to)}`,
    };
  }
  const story = context.story(entry.story);
  const subject = { kind: entry.kind, label, id: story.id, title: story.title, url: context.url.story(story.id) };
  switch (entry.kind) {
    case 'status': {
      const statuses = [context.status(entry.from), context.status(entry.to)];
      return { ...subject, detail: statuses.map((status) => status.label).join(' → '), statuses };
    }
    case 'story-phase': {
      const phaseTitle = (id?: string) => (id ? context.phase(id).title : t.unscheduled);
      return { ...subject, detail: `${phaseTitle(entry.from)} → ${phaseTitle(entry.to)}` };
    }
    default:
      return { ...subject, detail: '' };
  }
}

/** Changes grouped by the day of their commit (as the committer's calendar had it), newest first. */
export function groupByDay<T extends { date: string }>(entries: readonly T[]): { day: string; entries: T[] }[] {
  const days: { day: string; entries: T[] }[] = [];
  for (const entry of entries) {
    const day = entry.date.slice(0, 10);
    if (days.at(-1)?.day !== day) days.push({ day, entries: [] });
    days.at(-1)!.entries.push(entry);
  }
  return days;
}
