import type { RefusalCode } from './catalogue/index.ts';
import type { DataArguments, RefusalDefinition } from './problem-definition.ts';
import { describeProblem, type ProblemText } from './problem-text.ts';

/**
 * Why a command typed right cannot do its work here (`new` would overwrite a file, `preview` finds
 * nothing built): returned to the command, which tells it (src/cli/report-problems.ts) and exits 1.
 */
export type Refusal = ProblemText<RefusalCode>;

/** The refusal a definition describes, with this data. */
export function refusalOf<const Definition extends RefusalDefinition<never> & { code: RefusalCode }>(
  definition: Definition,
  ...data: DataArguments<Definition>
): Refusal {
  return describeProblem(definition, ...data);
}
