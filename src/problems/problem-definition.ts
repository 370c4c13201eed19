/**
 * One kind of problem, defined once in the catalogue (./catalogue/), in the manner of Astro's
 * `errors-data.ts`: a permanent code, a title for the README, and the words told to the person as
 * functions of the problem's data, checked with `satisfies` so every producer passes that data.
 *
 * The rule: **a code is permanent.** It goes into JSON reports and GitHub annotations, where bots
 * match on it, so it is never renamed and never reused for another kind of problem, even once the
 * problem is gone. The wording (title, message, expected, found, hint) may change at any time.
 */
export interface ProblemDefinition<Data = void> {
  /** Permanent, kebab-case, unique across the catalogue. */
  readonly code: Lowercase<string>;
  /** One line on what the problem is, listed in the README's table of codes. */
  readonly title: string;
  /** What happened, for the person who wrote the content or the command. */
  readonly message: (data: Data) => string;
  /** What was expected instead, when it is worth saying. */
  readonly expected?: (data: Data) => string | undefined;
  /** What was found, as written. */
  readonly found?: (data: Data) => string | undefined;
  /** What to do about it, when it is obvious. */
  readonly hint?: string | ((data: Data) => string | undefined);
}

/** A mistake in the command line: one line on standard error, exit code 2 (./usage-error.ts). */
export type UsageErrorDefinition<Data = void> = Pick<ProblemDefinition<Data>, 'code' | 'title' | 'message'>;

/**
 * The data a definition's words are made from, as the arguments after the definition: none when
 * no function of it takes any (`describeProblem(projectFileMissing)`), else one object.
 */
export type DataArguments<Definition> = keyof DataOf<Definition> extends never ? [] : [data: DataOf<Definition>];

export type DataOf<Definition> = Definition extends { message: infer M; expected?: infer E; found?: infer F; hint?: infer H }
  ? ParameterOf<M> & ParameterOf<E> & ParameterOf<F> & ParameterOf<H>
  : never;
type ParameterOf<F> = F extends (data: infer D) => unknown ? (unknown extends D ? object : D) : object;

/**
 * What stops a command that was typed right, outside the content's own problems (a file in the
 * way, nothing built to serve): the message, then its hint on an indented line, exit code 1.
 */
export type RefusalDefinition<Data = void> = Pick<ProblemDefinition<Data>, 'code' | 'title' | 'message' | 'hint'>;
