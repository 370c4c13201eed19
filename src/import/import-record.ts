import type { SourceName } from './source-backlog.ts';

/** The file beside the content that remembers what each import wrote, for `--update`. */
export const importRecordFile = '.backlog-docs-import.json';

export type ImportedCollection = 'stories' | 'phases' | 'epics';

/** One file an import wrote: where, and exactly what it wrote from the source. */
export interface RecordedEntry {
  id: string;
  /** Relative to the content folder, forward slashes. */
  path: string;
  /** The frontmatter fields the import wrote, as it wrote them. */
  fields: Record<string, unknown>;
  /** The body the import wrote. */
  body: string;
}

/**
 * What an import from one source wrote, by collection and source id: `--update` compares a file
 * with it to tell a hand edit (kept) from what the source said last time (updated), and knows which
 * stories the source no longer has. The record is the only state: delete it and the next import
 * starts afresh (and refuses to write over the files).
 */
export interface SourceRecord {
  input: string;
  entries: Record<ImportedCollection, Record<string, RecordedEntry>>;
}

export interface ImportRecord {
  format: 'backlog-docs-import';
  version: 1;
  sources: Partial<Record<SourceName, SourceRecord>>;
}

export function emptyRecord(): ImportRecord {
  return { format: 'backlog-docs-import', version: 1, sources: {} };
}

/** A record read back, or undefined when the text is not one (then nothing is known to come from an import). */
export function parseRecord(text: string): ImportRecord | undefined {
  try {
    const data = JSON.parse(text) as ImportRecord;
    return data.format === 'backlog-docs-import' && data.version === 1 && typeof data.sources === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

export function recordText(record: ImportRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
