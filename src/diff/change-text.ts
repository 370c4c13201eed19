import { plural } from '../text/plural.ts';
import type {
  EpicFieldChange,
  ItemRef,
  PhaseFieldChange,
  StakeholderFieldChange,
  StoryChange,
  StoryFieldChange,
  TeamEntry,
  ViewDefinitionChange,
  VisibilityChange,
} from './backlog-diff.ts';
import { codeSpan } from '../escaping/markdown.ts';
import { inlineText, quoted } from './markdown-text.ts';

/*
 * How one change reads in the Markdown report: each function turns one item of a BacklogDiff
 * into short lines of safe Markdown (titles escaped by markdown-text.ts). The report's layout is
 * in report-markdown.ts.
 */

export function visibilityText(item: VisibilityChange): string {
  switch (item.kind) {
    case 'milestone':
      return `milestone ${quoted(item.title)}`;
    case 'feedback':
      return `feedback on ${storyLabel(item)}`;
    case 'text':
      return `more of the text of ${storyLabel(item)}`;
    case 'story':
      return `story ${storyLabel(item)}`;
    default:
      return `${item.kind} ${quoted(item.title)}`;
  }
}

export function definitionText(change: ViewDefinitionChange): string {
  if (change.field === 'level') return `level ${inlineText(change.from ?? '')} → ${inlineText(change.to ?? '')}`;
  if (change.field.startsWith('show.')) {
    const { to } = change as { to: boolean };
    return `${to ? 'now shows' : 'no longer shows'} ${change.field.slice('show.'.length)}`;
  }
  const { from, to } = change as { from?: string[]; to?: string[] };
  const list = (values?: string[]) => (values ? values.map(inlineText).join(', ') : 'all');
  return `${change.field} filter ${list(from)} → ${list(to)}`;
}

export function storyChangeTexts(story: StoryChange, format: NumberFormats, brief = false): string[] {
  const texts: string[] = [];
  if (story.renamedFrom) texts.push(`renamed from **${inlineText(story.renamedFrom)}**`);
  if (story.moved) texts.push(brief ? 'file moved' : `file moved: ${codeSpan(story.moved.from)} → ${codeSpan(story.moved.to)}`);
  const estimate = story.changes.filter((change) => change.field.startsWith('estimate.'));
  for (const change of story.changes) {
    if (change.field.startsWith('estimate.')) {
      if (change === estimate[0])
        texts.push(brief ? 'estimate' : `estimate: ${estimate.map((item) => measureText(item as MeasureChange, format)).join(' · ')}`);
      continue;
    }
    if (brief && change.field !== 'status') texts.push(change.field === 'text' ? 'text edited' : change.field);
    else texts.push(...storyFieldTexts(change));
  }
  return texts;
}

function storyFieldTexts(change: StoryFieldChange): string[] {
  switch (change.field) {
    case 'status':
      return [`status: ${inlineText(change.from ?? '—')} → **${inlineText(change.to ?? '—')}**`];
    case 'title':
    case 'sentence':
    case 'owner':
      return [`${change.field === 'sentence' ? 'story sentence' : change.field}: ${valueText(change.from)} → ${valueText(change.to)}`];
    case 'priority':
    case 'visibility':
      return [`${change.field}: ${inlineText(change.from ?? '—')} → ${inlineText(change.to ?? '—')}`];
    case 'rank':
      return [`rank: ${change.from ?? '—'} → ${change.to ?? '—'}`];
    case 'phase':
    case 'epic':
      return [`${change.field}: ${change.from ? quoted(change.from.title) : '—'} → ${change.to ? quoted(change.to.title) : '—'}`];
    case 'acceptance':
      return [
        ...change.ticked.map((text) => `acceptance ticked: ${quoted(text)}`),
        ...change.unticked.map((text) => `acceptance unticked: ${quoted(text)}`),
        ...change.added.map((text) => `acceptance added: ${quoted(text)}`),
        ...change.removed.map((text) => `acceptance removed: ${quoted(text)}`),
      ];
    case 'feedback':
      return [
        ...change.added.map(
          (item) => `new feedback${item.from ? ` from ${inlineText(item.from)}` : ''} (${item.date}): ${quoted(item.text)}`,
        ),
        ...(change.removed > 0 ? [`${plural(change.removed, 'feedback item')} removed`] : []),
      ];
    case 'stakeholders':
    case 'dependsOn':
    case 'tags':
    case 'links':
      return [
        `${change.field}: ${[...change.added.map((item) => `+${inlineText(item)}`), ...change.removed.map((item) => `−${inlineText(item)}`)].join(', ')}`,
      ];
    case 'text':
      return ['text edited'];
    default:
      return [];
  }
}

type MeasureChange = { field: string; from?: number; to?: number };

function measureText(change: MeasureChange, format: NumberFormats): string {
  const measure = change.field.split('.')[1];
  const show = measure === 'cost' ? format.money : format.number;
  const unit = measure === 'points' ? ' points' : measure === 'personDays' ? ' person-days' : '';
  const value = (amount?: number) => (amount === undefined ? '—' : show(amount));
  const delta = change.from !== undefined && change.to !== undefined ? ` (${signed(change.to - change.from, show)})` : '';
  return `${measure === 'cost' ? 'cost ' : ''}${value(change.from)} → ${value(change.to)}${unit}${delta}`;
}

export function phaseChangeText(change: PhaseFieldChange, format: NumberFormats): string[] {
  switch (change.field) {
    case 'start':
    case 'end':
      return [`${change.field}: ${change.from ?? '—'} → ${change.to ?? '—'}${change.days !== undefined ? ` (${days(change.days)})` : ''}`];
    case 'budget.personDays':
    case 'budget.cost':
      return [`budget: ${measureText({ ...change, field: change.field.replace('budget.', 'estimate.') }, format)}`];
    case 'order':
      return [`order: ${change.from} → ${change.to}`];
    case 'milestones':
      return [
        ...change.moved.map(
          (milestone) => `milestone ${quoted(milestone.title)}: ${milestone.from} → ${milestone.date} (${days(milestone.days)})`,
        ),
        ...change.added.map((milestone) => `milestone added: ${quoted(milestone.title)} on ${milestone.date}`),
        ...change.removed.map((milestone) => `milestone removed: ${quoted(milestone.title)} (was ${milestone.date})`),
      ];
    case 'team':
      return [
        ...change.added.map((entry) => `team: +${teamEntryText(entry, format)}`),
        ...change.removed.map((entry) => `team: −${teamEntryText(entry, format)}`),
        ...change.changed.map(
          (entry) => `team: ${inlineText(entry.stakeholder.title)} ${teamPartText(entry.from, format)} → ${teamPartText(entry, format)}`,
        ),
      ];
    case 'resources':
      return [
        `resources: ${[...change.added.map((item) => `+${quoted(item)}`), ...change.removed.map((item) => `−${quoted(item)}`)].join(', ')}`,
      ];
    case 'text':
      return ['description edited'];
    case 'status':
    case 'visibility':
      return [`${change.field}: ${inlineText(change.from ?? '—')} → ${inlineText(change.to ?? '—')}`];
    default:
      return [`${change.field}: ${valueText(change.from)} → ${valueText(change.to)}`];
  }
}

function teamEntryText(entry: TeamEntry, format: NumberFormats): string {
  const part = teamPartText(entry, format);
  return `${inlineText(entry.stakeholder.title)}${part === '—' ? '' : ` ${part}`}`;
}

/** `(Log every operation, 24 person-days)`, or a dash when the entry says neither. */
function teamPartText(entry: { role?: string; personDays?: number }, format: NumberFormats): string {
  const parts = [entry.role && quoted(entry.role), entry.personDays !== undefined && `${format.number(entry.personDays)} person-days`];
  const said = parts.filter((part) => typeof part === 'string');
  return said.length === 0 ? '—' : `(${said.join(', ')})`;
}

export function epicChangeText(change: EpicFieldChange): string[] {
  if (change.field === 'text') return ['description edited'];
  if (change.field === 'phase')
    return [`phase: ${change.from ? quoted(change.from.title) : '—'} → ${change.to ? quoted(change.to.title) : '—'}`];
  return [`${change.field}: ${valueText(change.from)} → ${valueText(change.to)}`];
}

export function stakeholderChangeText(change: StakeholderFieldChange): string[] {
  return [`${change.field}: ${valueText(change.from)} → ${valueText(change.to)}`];
}

export function storyLabel(story: ItemRef): string {
  return `**${inlineText(story.id)}** ${inlineText(story.title)}`;
}

function valueText(value: string | undefined): string {
  return value === undefined ? '—' : quoted(value);
}

function days(count: number): string {
  return `${count > 0 ? '+' : count < 0 ? '−' : ''}${Math.abs(count)} ${Math.abs(count) === 1 ? 'day' : 'days'}`;
}

export function signed(value: number, show: (value: number) => string): string {
  return value > 0 ? `+${show(value)}` : value < 0 ? `−${show(-value)}` : `±${show(0)}`;
}

export type NumberFormats = ReturnType<typeof createNumberFormats>;

export function createNumberFormats(currency: string) {
  const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return { number: (value: number) => number.format(value), money: (value: number) => money.format(value) };
}
