// The catalogue: every kind of problem backlog-docs tells, one definition each, by area. The
// README lists every code (a test holds them to it). Codes are permanent: never renamed or reused;
// the words may change (../problem-definition.ts).
import * as assetsAndDiagrams from './assets-and-diagrams.ts';
import * as bodies from './bodies.ts';
import * as contentFiles from './content-files.ts';
import * as fields from './fields.ts';
import * as refusals from './refusals.ts';
import * as usage from './usage.ts';
import * as warnings from './warnings.ts';

type CodeOf<Area> = Area[keyof Area] extends infer Definition ? (Definition extends { code: infer Code } ? Code : never) : never;

/** Codes of content problems: reported by `check`, `build`, `dev` and `diff`, exit code 1. */
export type ContentProblemCode =
  CodeOf<typeof contentFiles> | CodeOf<typeof fields> | CodeOf<typeof bodies> | CodeOf<typeof assetsAndDiagrams> | WarningCode;
/** Codes of warnings: printed by `check`, exit code 0 unless `--strict`. */
export type WarningCode = CodeOf<typeof warnings>;
/** Codes of usage errors: a mistake in the command line, exit code 2. */
export type UsageErrorCode = CodeOf<typeof usage>;
/** Codes of refusals: a command typed right that cannot do its work here, exit code 1. */
export type RefusalCode = CodeOf<typeof refusals>;
export type ProblemCode = ContentProblemCode | UsageErrorCode | RefusalCode;

/** Every definition by kind, in catalogue order: for the README's table and its test. */
export const catalogue = {
  'content problems': [
    ...Object.values(contentFiles),
    ...Object.values(fields),
    ...Object.values(bodies),
    ...Object.values(assetsAndDiagrams),
  ],
  warnings: Object.values(warnings),
  'usage errors': Object.values(usage),
  refusals: Object.values(refusals),
} as const;
