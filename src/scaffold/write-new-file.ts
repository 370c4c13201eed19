import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileExists } from '../problems/catalogue/refusals.ts';
import { refusalOf } from '../problems/refusal.ts';
import type { ScaffoldRefusal } from './content-context.ts';

/**
 * Writes a file that must not exist yet (flag `wx`): a scaffold never overwrites anything, even a
 * file that appeared since the backlog was read.
 */
export function writeNewFile(path: string, text: string, shownPath: string): ScaffoldRefusal | undefined {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { refused: refusalOf(fileExists, { path: shownPath }) };
  }
  return undefined;
}
