import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ScaffoldProblem } from './content-context.ts';

/**
 * Writes a file that must not exist yet (flag `wx`): a scaffold never overwrites anything, even a
 * file that appeared since the backlog was read.
 */
export function writeNewFile(path: string, text: string, shownPath: string): ScaffoldProblem | undefined {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { problem: `${shownPath} already exists; nothing was written`, hint: 'nothing is ever overwritten: edit that file, or run the command again' };
  }
  return undefined;
}
