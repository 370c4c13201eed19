import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Parses a script's options; a mistyped option is a usage error that exits 2 with the usage line,
 * not a stack trace.
 */
export function parseScriptArgs<T extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: T, args = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}

/** The same, for commands that also take positional arguments (`new story "Title"`). */
export function parseScriptCommand<T extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: T, args = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}
