import { parseArgs, type ParseArgsConfig } from 'node:util';
import { missingOption } from '../problems/catalogue/usage.ts';
import { UsageError, usageError } from '../problems/usage-error.ts';
import { reportUsageError, usageErrorOfParseArgs } from './usage.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses the options of one of the repository's scripts (`npm run bench`): a usage mistake is told
 * as `backlog-docs` tells it (./usage.ts), one line and exit code 2, not a stack trace. `usage`
 * starts with the command as typed: `npm run bench [-- --sizes 1000,5000,10000]`.
 */
export function parseScriptArgs<T extends Options>(usage: string, options: T, args = process.argv.slice(2)) {
  return exitOnUsageError(usage, options, () => parseArgs({ args, options, allowPositionals: false, strict: true }).values);
}

/** An option a script cannot do without: what it is and its value, for the message (`the site … is missing: --site DIR`). */
interface RequiredOption {
  what: string;
  value: string;
}

/** The same, for scripts that also take positional arguments, and options they cannot do without. */
export function parseScriptCommand<T extends Options>(
  usage: string,
  options: T,
  { args = process.argv.slice(2), required = {} }: { args?: string[]; required?: Partial<Record<keyof T & string, RequiredOption>> } = {},
) {
  return exitOnUsageError(usage, options, () => {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    for (const [name, { what, value }] of Object.entries(required) as [string, RequiredOption][]) {
      if ((parsed.values as Record<string, unknown>)[name] === undefined)
        throw usageError(missingOption, { what, option: `--${name} ${value}` });
    }
    return parsed;
  });
}

function exitOnUsageError<Result>(usage: string, options: Options, parse: () => Result): Result {
  try {
    return parse();
  } catch (thrown) {
    const error = thrown instanceof UsageError ? thrown : usageErrorOfParseArgs(thrown, Object.keys(options));
    reportUsageError(error, usage.replace(/ [-[].*$/, ''), `usage: ${usage}`);
    process.exit();
  }
}
