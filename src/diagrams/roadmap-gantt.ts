import type { ViewData } from '../model/view-data.ts';
import { ganttText } from './mermaid-text.ts';

/**
 * The roadmap as a Mermaid gantt: a section per dated phase, with the phase, its epics (spanning
 * the phase) and its milestones. Mermaid's own today marker, which reads the clock, is off; with a
 * `today` label the view's reference date is marked instead, so a build stays reproducible. The
 * site's roadmap page and the diff report's roadmap before and after are this same text.
 * Undefined when no phase has dates.
 */
export function renderRoadmapGantt(
  data: Pick<ViewData, 'phases' | 'epics' | 'referenceDate'>,
  labels: { today?: string } = {},
): string | undefined {
  const dated = data.phases.filter((phase) => phase.start && phase.end);
  if (dated.length === 0) return undefined;
  const lines = ['gantt', '  dateFormat YYYY-MM-DD', '  axisFormat %b %Y', '  todayMarker off'];
  dated.forEach((phase, phaseIndex) => {
    lines.push(`  section ${ganttText(phase.title)}`);
    const state = phase.status === 'done' ? 'done, ' : phase.status === 'active' ? 'active, ' : '';
    lines.push(`    ${ganttText(phase.title)} :${state}p${phaseIndex}, ${phase.start}, ${dayAfter(phase.end!)}`);
    data.epics
      .filter((epic) => epic.phase === phase.id)
      .forEach((epic, epicIndex) =>
        lines.push(`    ${ganttText(epic.title)} :${state}p${phaseIndex}e${epicIndex}, ${phase.start}, ${dayAfter(phase.end!)}`),
      );
    phase.milestones.forEach((milestone, milestoneIndex) =>
      lines.push(`    ${ganttText(milestone.title)} :milestone, p${phaseIndex}m${milestoneIndex}, ${milestone.date}, 0d`),
    );
  });
  if (data.referenceDate && labels.today !== undefined) lines.push(`  ${ganttText(labels.today)} :vert, today, ${data.referenceDate}, 0d`);
  return lines.join('\n');
}

/** Gantt end dates are exclusive; a phase's `end` is its last day. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
