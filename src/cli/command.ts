import { parseArgs } from 'node:util';
import { usageErrorOfParseArgs } from './usage.ts';

/** One option of a command, as `node:util` parseArgs reads it, with the words `--help` shows. */
export interface CommandOption {
  type: 'string' | 'boolean';
  short?: string;
  default?: string;
  /** Given any number of times (`--status "In QA=in-review" --status …`): its value is a list. */
  multiple?: boolean;
  /** Shown after the option in `--help`: `--view ID`. */
  value?: string;
  description: string;
}

export interface CommandInput<Options> {
  options: Options;
  positionals: string[];
  /** The folder paths are relative to: the current folder. */
  cwd: string;
}

/** A `backlog-docs <name>` command: its words for `--help`, its options, and what it does. */
export interface Command<Options = Record<string, OptionValue>> {
  name: string;
  /** One line for `backlog-docs --help`. */
  summary: string;
  /** Arguments after the name, as `--help` shows them: `[--view ID] [--content DIR]`. */
  usage: string;
  /** More lines for `backlog-docs <name> --help`. */
  description?: string;
  options: Record<string, CommandOption>;
  positionals?: boolean;
  /** Resolves to the exit code: 0 done, 1 problems in the content. */
  run(input: CommandInput<Options>): Promise<number>;
}

export type OptionValue = string | boolean | string[] | undefined;

/** Defined with its own option types, stored with the others. */
export function defineCommand<Options>(command: Command<Options>): Command {
  return command as unknown as Command;
}

export function parseCommandArgs(command: Command, args: string[]): { options: Record<string, OptionValue>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries({ ...command.options, help: helpOption }).map(([name, { type, short, default: fallback, multiple }]) => [
      name,
      {
        type,
        ...(short === undefined ? {} : { short }),
        ...(fallback === undefined ? {} : { default: fallback }),
        ...(multiple ? { multiple } : {}),
      },
    ]),
  );
  try {
    const parsed = parseArgs({ args, options, allowPositionals: command.positionals === true, strict: true });
    // Only string options are repeatable, so a list holds strings.
    return { options: parsed.values as Record<string, OptionValue>, positionals: parsed.positionals };
  } catch (error) {
    throw usageErrorOfParseArgs(error, Object.keys(command.options));
  }
}

export const helpOption: CommandOption = { type: 'boolean', short: 'h', description: 'show this help' };

/** `backlog-docs <name> --help`. */
export function commandHelp(command: Command): string {
  const options = Object.entries({ ...command.options, help: helpOption }).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.value ? ` ${option.value}` : ''}`;
    const fallback = option.default !== undefined ? ` (default: ${option.default})` : '';
    return `  ${flag.padEnd(24)} ${option.description}${fallback}${option.multiple ? '; repeatable' : ''}`;
  });
  return [
    `usage: backlog-docs ${command.name} ${command.usage}`.trimEnd(),
    '',
    command.summary,
    ...(command.description ? ['', command.description] : []),
    '',
    'options:',
    ...options,
  ].join('\n');
}
