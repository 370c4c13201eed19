import type { ProblemCode } from './catalogue/index.ts';
import type { DataArguments, ProblemDefinition } from './problem-definition.ts';

// Known to the type checker only: an object literal cannot have it, so a problem's words cannot be
// written inline; they come from the catalogue, through describeProblem.
declare const fromCatalogue: unique symbol;

/** What a problem says, as its catalogue definition words it: its code, message and details. */
export interface ProblemText<Code extends ProblemCode = ProblemCode> {
  code: Code;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
  readonly [fromCatalogue]: true;
}

/**
 * The words of one problem: the definition's message and details for this data. The only way to
 * make a ProblemText, so every problem has a code from the catalogue.
 */
export function describeProblem<const Definition extends ProblemDefinition<never>>(
  definition: Definition,
  ...[data]: DataArguments<Definition>
): ProblemText<Definition['code'] & ProblemCode> {
  const words = definition as unknown as ProblemDefinition<typeof data>;
  const text: Record<string, string> = { code: definition.code, message: words.message(data) };
  const details = {
    expected: words.expected?.(data),
    found: words.found?.(data),
    hint: typeof words.hint === 'function' ? words.hint(data) : words.hint,
  };
  // Absent rather than undefined: JSON reports and test comparisons see only what was said.
  for (const [key, value] of Object.entries(details)) if (value !== undefined) text[key] = value;
  return text as unknown as ProblemText<Definition['code'] & ProblemCode>;
}
