import { formatProblemList } from '../problems/problem-list.ts';
import { plural } from '../text/plural.ts';
import { codeBlock, codeSpan } from '../escaping/markdown.ts';
import type { BacklogDiff, ItemChange, ItemRef, ViewChange } from './backlog-diff.ts';
import {
  createNumberFormats,
  definitionText,
  epicChangeText,
  phaseChangeText,
  signed,
  stakeholderChangeText,
  storyChangeTexts,
  storyLabel,
  visibilityText,
  type NumberFormats,
} from './change-text.ts';
import { inlineText, quoted } from './markdown-text.ts';
import { mayShowMore, summariseDiff, type DiffReport } from './report-json.ts';

/** GitHub refuses comments over 65,536 characters; stay well under. */
const maxReportLength = 60_000;

/** How much of the diff a report spells out: everything, one line per item, or counts only. */
type Detail = 'full' | 'compact' | 'summary';

/**
 * The diff as Markdown for a pull-request comment: problems first if the head has any; else what
 * becomes visible where (loudly), what changes on each site, then stories, estimate totals, phases,
 * epics and stakeholders, and the roadmap before and after as Mermaid blocks. A report that would
 * be longer than `maxLength` is summarised, step by step, until it fits.
 */
export function renderMarkdownReport(report: DiffReport, maxLength = maxReportLength): string {
  if (!report.diff) return problemsReport(report, maxLength);
  const attempts: [Detail, boolean][] = [
    ['full', true],
    ['compact', true],
    ['summary', true],
    ['summary', false],
  ];
  let text = '';
  for (const [detail, withRoadmap] of attempts) {
    text = compose(report, report.diff, detail, withRoadmap, maxLength);
    if (text.length <= maxLength) return text;
  }
  return `${text.slice(0, text.lastIndexOf('\n', maxLength - 200))}\n\n_The report is cut here to fit in a comment._\n`;
}

function compose(report: DiffReport, diff: BacklogDiff, detail: Detail, withRoadmap: boolean, maxLength: number): string {
  const format = createNumberFormats(report.currency ?? 'EUR');
  const summary = summariseDiff(diff);
  const lines: string[] = [heading(report), '', comparingLine(report)];
  for (const note of report.notes) lines.push('', `> ${inlineText(note)}`);

  if (changesNothing(summary)) {
    lines.push('', report.view ? 'Nothing changes on this site.' : 'No change to the backlog.');
    return `${lines.join('\n')}\n`;
  }
  if (!report.view) lines.push(...visibilityAlert(diff.views, detail));
  lines.push('', overviewLine(summary));
  lines.push(...sitesSection(diff.views, report.view !== null));

  if (detail !== 'summary') {
    lines.push(...storiesSection(diff, detail, format));
    lines.push(...budgetsSection(diff, format));
    lines.push(...totalsSection(diff, format));
    lines.push(
      ...itemsSection(
        'Phases',
        diff.phases,
        detail,
        (change) => phaseChangeText(change, format),
        (phase) => phaseDates(phase),
      ),
    );
    lines.push(...itemsSection('Epics', diff.epics, detail, (change) => epicChangeText(change)));
    lines.push(...itemsSection('Stakeholders', diff.stakeholders, detail, (change) => stakeholderChangeText(change)));
  }
  if (withRoadmap) lines.push(...roadmapSection(diff.roadmap));
  if (detail !== 'full' || !withRoadmap) {
    lines.push(
      '',
      `_Summarised to stay under ${format.number(maxLength)} characters: run \`npx backlog-docs diff\` locally for every detail._`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function changesNothing(summary: ReturnType<typeof summariseDiff>): boolean {
  const counts = [summary.stories, summary.phases, summary.epics, summary.stakeholders].flatMap((counts) => Object.values(counts));
  return counts.every((count) => count === 0) && !summary.roadmapChanged && summary.viewsChanged.length === 0;
}

function comparingLine(report: DiffReport): string {
  const base = refLabel(report.base.ref, report.base.commit);
  const head = report.head.ref === null ? 'the working tree' : refLabel(report.head.ref, report.head.commit!);
  const view = report.view
    ? ` Only what the **${inlineText(report.view.title)}** site (${codeSpan(report.view.id)}) can see is compared; everything hidden from it is left out.`
    : '';
  return `Comparing ${base} with ${head}.${view}`;
}

function refLabel(ref: string, commit: string): string {
  return commit.startsWith(ref) ? codeSpan(commit.slice(0, 10)) : `${codeSpan(ref)} (${codeSpan(commit.slice(0, 10))})`;
}

function overviewLine(summary: ReturnType<typeof summariseDiff>): string {
  const { stories, phases, epics, stakeholders } = summary;
  // Renamed and moved stories, and status changes, are among the changed ones.
  const among = [
    ...counted([
      [stories.renamed, 'renamed'],
      [stories.moved, 'moved'],
    ]),
    ...(stories.statusChanges > 0 ? [plural(stories.statusChanges, 'status change')] : []),
  ];
  const storyParts = counted([
    [stories.added, 'added'],
    [stories.removed, 'removed'],
    [stories.changed, 'changed'],
  ]);
  if (among.length > 0) storyParts[storyParts.length - 1] += ` (${among.join(', ')})`;
  const parts = [
    storyParts.length > 0 && `**Stories:** ${storyParts.join(' · ')}`,
    ...(
      [
        ['Phases', phases],
        ['Epics', epics],
        ['Stakeholders', stakeholders],
      ] as const
    ).map(([name, counts]) => {
      const items = counted([
        [counts.added, 'added'],
        [counts.removed, 'removed'],
        [counts.changed, 'changed'],
      ]);
      return items.length > 0 && `**${name}:** ${items.join(' · ')}`;
    }),
    summary.roadmapChanged && '**Roadmap:** changed',
  ];
  return parts.filter(Boolean).join('  \n');
}

/** Loud: content that a site did not show before and now does, and view files that may show more. */
function visibilityAlert(views: ViewChange[], detail: Detail): string[] {
  const alerts = views.flatMap((view) => {
    const lines: string[] = [];
    if (view.state === 'added') {
      lines.push(
        `**New site: ${inlineText(view.id)}** (${inlineText(view.title)}) shows ${plural(view.stories.added, 'story', 'stories')}`,
      );
    }
    if (view.nowVisible.length > 0) {
      const items = capped(view.nowVisible.map(visibilityText), detail === 'full' ? Infinity : 20);
      lines.push(`**Now visible to the ${inlineText(view.id)} site** (${inlineText(view.title)}): ${items.join(' · ')}`);
    }
    if (mayShowMore(view.definition)) {
      lines.push(`**The ${inlineText(view.id)} site's settings change:** ${view.definition.map(definitionText).join(' · ')}`);
    }
    return lines;
  });
  if (alerts.length === 0) return [];
  return ['', '> [!WARNING]', ...alerts.flatMap((alert, index) => (index === 0 ? [`> ${alert}`] : ['>', `> ${alert}`]))];
}

function sitesSection(views: ViewChange[], oneView: boolean): string[] {
  if (oneView) return ['', `**On this site:** ${siteSummary(views[0])}`];
  if (views.length === 0) return [];
  return [
    '',
    '### On each site',
    '',
    ...views.map((view) => `- **${inlineText(view.id)}** · ${inlineText(view.title)}: ${siteSummary(view)}`),
  ];
}

function siteSummary(view: ViewChange): string {
  if (view.state === 'removed') return 'the site is removed';
  const parts: string[] = [];
  if (view.state === 'added') parts.push(`new site with ${plural(view.stories.added, 'story', 'stories')}`);
  else {
    if (view.stories.added > 0) parts.push(`+${plural(view.stories.added, 'story', 'stories')}`);
    if (view.stories.removed > 0) parts.push(`−${plural(view.stories.removed, 'story', 'stories')}`);
    if (view.stories.changed > 0) parts.push(`${plural(view.stories.changed, 'story', 'stories')} changed`);
  }
  if (view.stories.statusChanges > 0) parts.push(plural(view.stories.statusChanges, 'status change'));
  if (view.state !== 'added' && view.phasesChanged > 0) parts.push(`${plural(view.phasesChanged, 'phase')} changed`);
  if (view.state !== 'added' && view.roadmapChanged) parts.push('roadmap changed');
  parts.push(...view.definition.map(definitionText));
  if (view.noLongerVisible.length > 0) parts.push(`no longer shows ${capped(view.noLongerVisible.map(visibilityText), 10).join(', ')}`);
  if (view.state === 'unchanged') return 'no change';
  return parts.length > 0 ? parts.join(', ') : 'changes in details (epics, stakeholders or texts)';
}

function storiesSection(diff: BacklogDiff, detail: Detail, format: NumberFormats): string[] {
  const { added, removed, changed } = diff.stories;
  if (added.length + removed.length + changed.length === 0) return [];
  const limit = detail === 'full' ? Infinity : 100;
  const describe = (story: { status: string; priority: string; phase?: ItemRef }) =>
    [story.priority, story.status, story.phase && `phase ${quoted(story.phase.title)}`].filter(Boolean).join(' · ');
  const lines = ['', '### Stories'];
  if (added.length > 0)
    lines.push(
      '',
      '**Added**',
      '',
      ...capped(
        added.map((story) => `- ${storyLabel(story)} · ${describe(story)}`),
        limit,
      ),
    );
  if (removed.length > 0)
    lines.push(
      '',
      '**Removed**',
      '',
      ...capped(
        removed.map((story) => `- ${storyLabel(story)}`),
        limit,
      ),
    );
  if (changed.length > 0) {
    lines.push('', '**Changed**', '');
    const entries = changed.map((story) =>
      detail === 'full'
        ? [`- ${storyLabel(story)}`, ...storyChangeTexts(story, format).map((text) => `  - ${text}`)].join('\n')
        : `- ${storyLabel(story)}: ${storyChangeTexts(story, format, true).join(' · ')}`,
    );
    lines.push(...capped(entries, limit));
  }
  return lines;
}

/** Said before the totals, and in every detail but the summary: what a client's board asks first. */
function budgetsSection(diff: BacklogDiff, format: NumberFormats): string[] {
  if (diff.budgets.length === 0) return [];
  const lines = diff.budgets.map((crossing) => {
    const show = crossing.measure === 'cost' ? format.money : format.number;
    const unit = crossing.measure === 'cost' ? '' : ' person-days';
    const label = `**${inlineText(crossing.phase.title)}** (${codeSpan(crossing.phase.id)})`;
    const figures = `${show(crossing.estimated)}${unit} estimated against a budget of ${show(crossing.budget)}${unit}`;
    const share = crossing.budget > 0 ? ` (${signed(Math.round((crossing.estimated / crossing.budget - 1) * 100), String)} %)` : '';
    return crossing.state === 'over'
      ? `- ⚠️ ${label} goes over budget: ${figures}${share}`
      : `- ${label} is back within budget: ${figures}`;
  });
  return ['', '### Budgets', '', ...lines];
}

function totalsSection(diff: BacklogDiff, format: NumberFormats): string[] {
  if (diff.totals.length === 0) return [];
  const cell = (pair: { from: number; to: number } | undefined, show: (value: number) => string) =>
    pair ? `${show(pair.from)} → ${show(pair.to)} (${signed(pair.to - pair.from, show)})` : '';
  return [
    '',
    '### Estimate totals per phase',
    '',
    '| phase | points | person-days | cost |',
    '|---|--:|--:|--:|',
    ...diff.totals.map(
      (row) =>
        `| ${row.phase ? inlineText(row.phase.title) : '_unscheduled_'} | ${cell(row.points, format.number)} | ${cell(row.personDays, format.number)} | ${cell(row.cost, format.money)} |`,
    ),
  ];
}

function itemsSection<C>(
  heading: string,
  items: { added: (ItemRef & { start?: string; end?: string })[]; removed: ItemRef[]; changed: ItemChange<C>[] },
  detail: Detail,
  describe: (change: C) => string[],
  extra: (item: ItemRef & { start?: string; end?: string }) => string = () => '',
): string[] {
  if (items.added.length + items.removed.length + items.changed.length === 0) return [];
  const limit = detail === 'full' ? Infinity : 100;
  const label = (item: ItemRef) => `**${inlineText(item.title)}** (${codeSpan(item.id)})`;
  const lines = ['', `### ${heading}`, ''];
  lines.push(
    ...capped(
      items.added.map((item) => `- added: ${label(item)}${extra(item)}`),
      limit,
    ),
  );
  lines.push(
    ...capped(
      items.removed.map((item) => `- removed: ${label(item)}`),
      limit,
    ),
  );
  const changed = items.changed.map((item) =>
    detail === 'full'
      ? [`- ${label(item)}`, ...item.changes.flatMap(describe).map((text) => `  - ${text}`)].join('\n')
      : `- ${label(item)}: ${item.changes.map((change) => (change as { field: string }).field).join(', ')}`,
  );
  lines.push(...capped(changed, limit));
  return lines;
}

function phaseDates(phase: { start?: string; end?: string }): string {
  return phase.start && phase.end ? `, ${phase.start} → ${phase.end}` : '';
}

function roadmapSection(roadmap: BacklogDiff['roadmap']): string[] {
  const block = (text: string | undefined) => (text === undefined ? 'No phase has dates.' : codeBlock('mermaid', text));
  if (roadmap.before === roadmap.after) {
    return ['', '<details>', '<summary>Roadmap (unchanged)</summary>', '', block(roadmap.after), '', '</details>'];
  }
  return [
    '',
    '<details>',
    '<summary>Roadmap before and after</summary>',
    '',
    '**Before**',
    '',
    block(roadmap.before),
    '',
    '**After**',
    '',
    block(roadmap.after),
    '',
    '</details>',
  ];
}

function problemsReport(report: DiffReport, maxLength: number): string {
  let listing = formatProblemList(report.problems);
  if (listing.length > maxLength - 1000) listing = `${listing.slice(0, listing.lastIndexOf('\n\n', maxLength - 1000))}\n\n…`;
  return [
    heading(report),
    '',
    '**The changed backlog has content problems**, so it cannot be compared yet. Fix them (`npx backlog-docs check` lists them too):',
    '',
    codeBlock('text', listing),
    '',
  ].join('\n');
}

function heading(report: DiffReport): string {
  return report.projectName === undefined ? '## Backlog changes' : `## Backlog changes · ${inlineText(report.projectName)}`;
}

function counted(parts: [number, string][]): string[] {
  return parts.filter(([count]) => count > 0).map(([count, label]) => `${count} ${label}`);
}

function capped(lines: string[], limit: number): string[] {
  return lines.length > limit ? [...lines.slice(0, limit), `- … and ${lines.length - limit} more`] : lines;
}
