import { plural } from '../text/plural.ts';
import type { ImportReport, MappedValue } from './map-backlog.ts';
import type { SourceName } from './source-backlog.ts';
import type { ImportOutcome } from './write-import.ts';

export const sourceTitles: Record<SourceName, string> = { 'backlog-md': 'Backlog.md', jira: 'Jira', github: 'GitHub Issues' };

const byWords: Record<MappedValue['by'], string> = {
  option: 'your option',
  name: 'by its name',
  'source category': "by the source's status category",
  guess: 'guessed: check it',
  'none given': 'none at the source',
};

/**
 * What an import did, for the person who ran it: what came in, the visibility it got, how each
 * status and priority was mapped (and how to change that), what was left out and why, and on
 * `--update` what was kept. `folder` is how the content folder is shown (`content`).
 */
export function importSummary(report: ImportReport, outcome: ImportOutcome, { input, folder }: { input: string; folder: string }): string {
  const lines: string[] = [];
  const phaseKinds = [...new Set(report.phases.map((phase) => phase.kind))].map((kind) => `${kind}s`).join(', ');
  lines.push(
    `Imported from ${sourceTitles[report.source]} (${input}) into ${folder}/: ${plural(report.stories, 'story', 'stories')}, ` +
      `${plural(report.phases.length, 'phase')}${phaseKinds ? ` (from ${phaseKinds})` : ''}, ${plural(report.epics.length, 'epic')}.`,
  );
  const files = [
    `${plural(outcome.created.length, 'file')} written`,
    ...(outcome.updated.length > 0 ? [`${outcome.updated.length} updated`] : []),
    ...(outcome.unchanged > 0 ? [`${outcome.unchanged} unchanged`] : []),
    ...(outcome.assets.copied > 0 ? [plural(outcome.assets.copied, 'image') + ' copied into assets/'] : []),
  ];
  lines.push(`  ${files.join(', ')}${outcome.settings.length > 0 ? `; created ${outcome.settings.join(', ')}` : ''}.`);

  lines.push(
    '',
    `Visibility: everything imported is "${report.level.name}", the most restricted level${report.level.explicit ? ' (written in each file)' : ''}: ` +
      `only the sites of that level show it, until you open it up (--visibility, or visibility: in a file).`,
  );
  if (report.opened.length > 0) {
    lines.push(`  opened by --visibility (${plural(report.opened.length, 'item')}):`);
    lines.push(...table(report.opened.map((item) => [item.id, `→ ${item.level}`, item.rule])));
  }

  lines.push('', 'Statuses (change with --status "FROM=TO"):', ...mappingTable(report.statuses));
  lines.push(
    '',
    `Priorities (change with --priority "${report.source === 'github' ? 'LABEL' : 'FROM'}=must|should|could|wont"):`,
    ...mappingTable(report.priorities),
  );
  if (report.phases.length > 0) {
    lines.push('', 'Phases:');
    lines.push(
      ...table(
        report.phases.map((phase) => [
          phase.title,
          `→ ${phase.id}`,
          plural(phase.stories, 'story', 'stories'),
          phase.joined ? 'joined the phase already there' : '',
        ]),
      ),
    );
  }
  if (report.epics.length > 0) {
    lines.push('', 'Epics:');
    lines.push(
      ...table(
        report.epics.map((epic) => [
          epic.id,
          epic.title,
          plural(epic.stories, 'story', 'stories'),
          epic.joined ? 'joined the epic already there' : '',
        ]),
      ),
    );
  }

  const leftOut = [
    ...report.leftOut.map((item) => `  ${item.id} "${item.title}": ${item.why}`),
    ...(report.leftOutFields.length > 0
      ? [`  fields with no place here: ${report.leftOutFields.map((field) => `${field.field} (${field.count})`).join(', ')}`]
      : []),
  ];
  if (leftOut.length > 0) lines.push('', 'Left out:', ...leftOut);
  if (report.references.length > 0)
    lines.push('', 'References to items not imported:', ...report.references.map((ref) => `  ${ref.from} → ${ref.to}: ${ref.why}`));
  if (report.renamed.length > 0)
    lines.push('', 'New ids:', ...report.renamed.map((item) => `  ${item.sourceId} → ${item.id} (${item.why})`));
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((note) => `  ${note.id}: ${note.note}`));

  const updates = [
    ...outcome.updated.map((file) => `  updated ${folder}/${file.path}: ${file.fields.join(', ')}`),
    ...outcome.keptEdits.map(
      (edit) => `  kept your edit of ${edit.fields.join(', ')} in ${folder}/${edit.path} (the source changed it too)`,
    ),
    ...outcome.removedAtSource.map(
      (story) => `  ${story.id} is no longer at the source: ${folder}/${story.path} was kept; delete it if it should go`,
    ),
    ...outcome.deletedHere.map((story) => `  ${story.id} was deleted here: not written again`),
    ...outcome.unreadable.map((path) => `  ${folder}/${path} no longer reads as a story: left as it is`),
    ...outcome.assets.kept.map((path) => `  ${folder}/${path} differs from the source's image: yours was kept`),
  ];
  if (updates.length > 0) lines.push('', 'Update:', ...updates);
  return lines.join('\n');
}

function mappingTable(values: readonly MappedValue[]): string[] {
  return table(values.map((value) => [value.from, `→ ${value.to}`, String(value.count), byWords[value.by]]));
}

/** Rows with their columns aligned, indented. */
function table(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column].length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd());
}
