import type { CommandOption } from '../cli/command.ts';
import { invalidPort, missingHost } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';

export const contentOption: CommandOption = {
  type: 'string',
  value: 'DIR',
  default: 'content',
  description: 'the folder that holds project.yaml',
};
export const outOption: CommandOption = {
  type: 'string',
  value: 'DIR',
  default: 'dist',
  description: 'the folder the sites are built into, one folder per view',
};
export const viewOption: CommandOption = { type: 'string', value: 'ID', description: 'only this view' };

export const hostOption: CommandOption = {
  type: 'string',
  value: 'H',
  default: '127.0.0.1',
  description: 'the address to listen on (0.0.0.0: every network of this machine)',
};

/** A `--port` value: a whole number up to 65535. */
export function portNumber(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw usageError(invalidPort, { port: text });
  return Number(text);
}

/** A `--host` value: not empty. */
export function hostName(text: string): string {
  if (text === '') throw usageError(missingHost);
  return text;
}
