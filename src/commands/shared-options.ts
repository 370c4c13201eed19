import type { CommandOption } from '../cli/command.ts';

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
