import type { Command } from '../cli/command.ts';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import { devCommand } from './dev.ts';
import { diffCommand } from './diff.ts';
import { importCommand } from './import.ts';
import { initCommand } from './init.ts';
import { newCommand } from './new.ts';
import { previewCommand } from './preview.ts';

/**
 * Every command, in the order `backlog-docs --help` lists them. A command loads what it runs
 * (Astro, the renderers) only when it runs, so help, usage mistakes and `new` answer at once.
 */
export const commands: Command[] = [
  initCommand,
  checkCommand,
  buildCommand,
  devCommand,
  previewCommand,
  diffCommand,
  newCommand,
  importCommand,
];

export function overviewHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'usage: backlog-docs <command> [options]',
    '',
    'Publish a product backlog kept in git as one static site per audience.',
    '',
    'commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "backlog-docs <command> --help" for its options; "backlog-docs --version" for the version.',
  ].join('\n');
}
