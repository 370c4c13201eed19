/**
 * The roadmap as Mermaid gantt text for a review report: one section per dated phase, with the
 * phase as a task and its milestones as `milestone` tasks. Self-contained on purpose (a diagrams
 * module may replace it); undefined when no phase has both dates.
 */
export function roadmapGanttText(phases: readonly GanttPhase[]): string | undefined {
  const dated = phases.filter((phase) => phase.start && phase.end);
  if (dated.length === 0) return undefined;
  const lines = ['gantt', '  dateFormat YYYY-MM-DD', '  axisFormat %b %Y'];
  dated.forEach((phase, index) => {
    lines.push(`  section ${taskText(phase.title)}`);
    const state = phase.status === 'done' ? 'done, ' : phase.status === 'active' ? 'active, ' : '';
    lines.push(`    ${taskText(phase.title)} :${state}p${index}, ${phase.start}, ${dayAfter(phase.end!)}`);
    phase.milestones.forEach((milestone, milestoneIndex) => {
      lines.push(`    ${taskText(milestone.title)} :milestone, p${index}m${milestoneIndex}, ${milestone.date}, 0d`);
    });
  });
  return lines.join('\n');
}

export interface GanttPhase {
  title: string;
  start?: string;
  end?: string;
  status: 'planned' | 'active' | 'done';
  milestones: { title: string; date: string }[];
}

const safeCharacter = /[\p{L}\p{N} .,'’()\-_/!?+*=@€$£]/u;
const maxLength = 60;

/**
 * A title as an unquoted gantt task or section name. Anything that could end the name or start a
 * comment, a directive or a code fence (`:`, `;`, `#`, `%`, quotes, backticks, brackets) becomes a
 * Mermaid entity code (`#58;`), which Mermaid draws as the character. The first character is
 * always an entity, so a title such as "section x" or "click x" cannot read as a keyword.
 */
export function taskText(title: string): string {
  const single = title.replace(/\s+/g, ' ').trim();
  const characters = [...single];
  const short = characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('').trimEnd()}…` : single;
  const [first = ' ', ...rest] = [...short];
  return entity(first) + rest.map((character) => (safeCharacter.test(character) ? character : entity(character))).join('');
}

function entity(character: string): string {
  return `#${character.codePointAt(0)};`;
}

/** Gantt end dates are exclusive; a phase's `end` is its last day. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
