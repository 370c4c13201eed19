import { readFileSync } from 'node:fs';
import { createEntrySchemas, type EntrySchemas } from '../schemas/index.ts';
import { collectionLayout, type ContentFile } from './content-files.ts';
import { loadEntryFile, type EntryFileOutcome } from './entry-file.ts';
import type { EntryFilesToLoad } from './load-backlog.ts';
import type { PassMemo } from './pass-memo.ts';
import { parseEntrySource } from './read-entry-source.ts';

/** Each entry file as the last load read it: its bytes, their parse, and its outcome with what that depended on. */
export type EntryFileMemo = PassMemo<{
  bytes: Uint8Array;
  source: ReturnType<typeof parseEntrySource>;
  file: string;
  settings: string;
  outcome: EntryFileOutcome;
}>;

/**
 * `loadEntryFile` with the memo in front: a file is parsed again only when its bytes changed, and
 * validated again when they did or when its name in messages or the schemas' settings from
 * project.yaml (`settings`, as JSON) changed. The bytes are compared, not file times or watcher
 * events, so the outcome is always the one a fresh read gives.
 */
export function loadEntryFileOnce(
  memo: EntryFileMemo,
  file: ContentFile,
  shown: string,
  schemas: EntrySchemas,
  settings: string,
): EntryFileOutcome {
  const bytes = readFileSync(file.path);
  const key = entryFileMemoKey(file);
  const kept = memo.get(key);
  const sameBytes = kept !== undefined && Buffer.compare(kept.bytes, bytes) === 0;
  if (sameBytes && kept.file === shown && kept.settings === settings) return kept.outcome;
  const source = sameBytes ? kept.source : parseEntrySource(bytes, collectionLayout[file.collection].kind);
  const outcome = loadEntryFile(file, shown, schemas, () => source);
  memo.set(key, { bytes, source, file: shown, settings, outcome });
  return outcome;
}

/** What the memo keeps a file's read under. */
export const entryFileMemoKey = (file: ContentFile) => `${file.collection}\0${file.path}`;

// Made once for every chunk of a load, not once a chunk.
let lastSchemas: { settingsKey: string; schemas: EntrySchemas } | undefined;

/** `loadEntryFileOnce` for some of the files a load reads: the share of a thread reading ahead (src/build/read-ahead.ts). */
export function loadEntryFilesOnce(
  memo: EntryFileMemo,
  files: EntryFilesToLoad['files'],
  { settings, settingsKey }: EntryFilesToLoad,
): void {
  if (lastSchemas?.settingsKey !== settingsKey) lastSchemas = { settingsKey, schemas: createEntrySchemas(settings) };
  const { schemas } = lastSchemas;
  for (const { file, shown } of files) loadEntryFileOnce(memo, file, shown, schemas, settingsKey);
}
