import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { checkBacklog } from '../../src/build/check-backlog.ts';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

const made: string[] = [];
afterAll(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * A throwaway working folder holding `content/`: the base fixture backlog with a scenario's files
 * laid over it (symbolic links kept as they are). Returns the working folder.
 */
export function contentWithScenario(...scenarioDirs: string[]): string {
  const work = mkdtempSync(join(tmpdir(), 'backlog-docs-'));
  made.push(work);
  const content = join(work, 'content');
  cpSync(join(fixturesDir, 'base'), content, { recursive: true });
  for (const dir of scenarioDirs) cpSync(dir, content, { recursive: true, verbatimSymlinks: true, force: true });
  return work;
}

/** `check` of a working folder's `content/`, from that folder, as a person runs it: problem paths read `content/…`. */
export async function checkInFolder(folder: string): ReturnType<typeof checkBacklog> {
  const previous = process.cwd();
  process.chdir(folder);
  try {
    return await checkBacklog('content');
  } finally {
    process.chdir(previous);
  }
}
