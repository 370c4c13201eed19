import type { UsageErrorCode } from './catalogue/index.ts';
import type { DataArguments, UsageErrorDefinition } from './problem-definition.ts';
import { describeProblem, type ProblemText } from './problem-text.ts';

/**
 * A mistake in the command line rather than in the content (an unknown option, view or revision):
 * thrown from wherever it is found, and told in one place (src/cli/usage.ts), as one line with
 * exit code 2. Made by `usageError`, from a definition of the catalogue (./catalogue/usage.ts).
 */
export class UsageError extends Error {
  readonly code: UsageErrorCode;

  /** Takes the catalogue's words (`usageError` below), never a message written at the call site. */
  constructor({ code, message }: ProblemText<UsageErrorCode>) {
    super(message);
    this.name = 'UsageError';
    this.code = code;
  }
}

/** The usage error a definition describes, with this data, to throw. */
export function usageError<const Definition extends UsageErrorDefinition<never> & { code: UsageErrorCode }>(
  definition: Definition,
  ...data: DataArguments<Definition>
): UsageError {
  return new UsageError(describeProblem(definition, ...data));
}
