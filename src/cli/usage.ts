import { closestMatch } from '../problems/did-you-mean.ts';
import { invalidOptionValue, unexpectedArgument, unknownOption } from '../problems/catalogue/usage.ts';
import { usageError, type UsageError } from '../problems/usage-error.ts';

/**
 * The one way a usage mistake is told, by `backlog-docs` (src/cli.ts) and by the repository's
 * scripts (./parse-script-args.ts) alike: one line on standard error, then exit code 2.
 */
export function reportUsageError(error: UsageError, command: string, help: string): void {
  console.error(`${command}: ${error.message} (${help})`);
  process.exitCode = 2;
}

/**
 * A mistake node:util parseArgs found, in its own words without its advice to use "--" (which a
 * person rarely means), with the closest option for an unknown one. Anything else it throws is
 * not a usage mistake, and is thrown again.
 */
export function usageErrorOfParseArgs(error: unknown, optionNames: readonly string[]): UsageError {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason = message.replace(/\. To specify a positional argument.*$/s, '');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const unknown = /^Unknown option '--([^']+)'/.exec(reason)?.[1];
      return usageError(unknownOption, { reason, near: unknown === undefined ? undefined : closestMatch(unknown, optionNames) });
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return usageError(invalidOptionValue, { reason });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return usageError(unexpectedArgument, { reason });
    default:
      throw error;
  }
}
