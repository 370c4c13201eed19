// Mistakes in the command line: one line on standard error, exit code 2 (../usage-error.ts).
// Codes are permanent: never renamed or reused; the words may change (../problem-definition.ts).
import type { UsageErrorDefinition } from '../problem-definition.ts';

export const unknownCommand = {
  code: 'unknown-command',
  title: 'a command that backlog-docs does not have',
  message: ({ name, commands }) => `there is no command "${name}"; the commands are ${commands.join(', ')}`,
} satisfies UsageErrorDefinition<{ name: string; commands: readonly string[] }>;

// Node's parseArgs words these three; the codes say which it was.

export const unknownOption = {
  code: 'unknown-option',
  title: 'an option the command does not have (with the closest one, for a typo)',
  message: ({ reason, near }) => (near === undefined ? reason : `${reason}; did you mean --${near}?`),
} satisfies UsageErrorDefinition<{ reason: string; near?: string }>;

export const invalidOptionValue = {
  code: 'invalid-option-value',
  title: 'an option without the value it needs, or with one it does not take',
  message: ({ reason }) => reason,
} satisfies UsageErrorDefinition<{ reason: string }>;

export const unexpectedArgument = {
  code: 'unexpected-argument',
  title: 'an argument the command does not take',
  message: ({ reason }) => reason,
} satisfies UsageErrorDefinition<{ reason: string }>;

export const missingOption = {
  code: 'missing-option',
  title: 'a required option is missing (`diff --base REF`)',
  message: ({ what, option }) => `${what} is missing: ${option}`,
} satisfies UsageErrorDefinition<{ what: string; option: string }>;

export const unknownView = {
  code: 'unknown-view',
  title: '`--view ID` names no view of the content',
  message: ({ id, views }) => `there is no view "${id}"; the views are ${views.join(', ')}`,
} satisfies UsageErrorDefinition<{ id: string | undefined; views: readonly string[] }>;

export const unknownFormat = {
  code: 'unknown-format',
  title: 'a `--format` the command cannot write',
  message: ({ format, formats }) => `unknown format "${format}"; use ${formats.join(' or ')}`,
} satisfies UsageErrorDefinition<{ format: string; formats: readonly string[] }>;

export const notInGitRepository = {
  code: 'not-in-git-repository',
  title: '`diff` on a content folder that is not in a git repository',
  message: ({ folder }) =>
    `"${folder}" is not a folder of a git repository: diff compares two commits of the repository holding the content`,
} satisfies UsageErrorDefinition<{ folder: string }>;

export const unknownRevision = {
  code: 'unknown-revision',
  title: '`--base` or `--head` names no commit of the repository',
  message: ({ side, ref }) =>
    side === 'base'
      ? `the base "${ref}" names no commit here (in CI, fetch the history first: actions/checkout with fetch-depth: 0)`
      : `the head "${ref}" names no commit here`,
} satisfies UsageErrorDefinition<{ side: 'base' | 'head'; ref: string }>;

export const folderWithoutDir = {
  code: 'folder-without-dir',
  title: '`init FOLDER` instead of `init --dir FOLDER`',
  message: ({ folder }) => `name the folder with --dir: backlog-docs init --dir ${folder}`,
} satisfies UsageErrorDefinition<{ folder: string }>;

export const missingKind = {
  code: 'missing-kind',
  title: '`new` without the kind of file to write',
  message: ({ kinds }) => `say what to create: ${kinds.join(', ')}`,
} satisfies UsageErrorDefinition<{ kinds: readonly string[] }>;

export const unknownKind = {
  code: 'unknown-kind',
  title: '`new` with a kind it cannot write',
  message: ({ kind, kinds }) => `cannot create a "${kind}": write one of ${kinds.join(', ')} first`,
} satisfies UsageErrorDefinition<{ kind: string; kinds: readonly string[] }>;

export const missingTitle = {
  code: 'missing-title',
  title: '`new` without a title',
  message: ({ kind, example }) => `the title is missing: backlog-docs new ${kind} "${example}"`,
} satisfies UsageErrorDefinition<{ kind: string; example: string }>;

export const unquotedTitle = {
  code: 'unquoted-title',
  title: '`new` with a title of several words not in quotes',
  message: ({ kind, example }) => `quote the title: backlog-docs new ${kind} "${example}"`,
} satisfies UsageErrorDefinition<{ kind: string; example: string }>;

export const storyOnlyOption = {
  code: 'story-only-option',
  title: '`--phase` or `--epic` given to `new` for something other than a story',
  message: ({ option }) => `--${option} applies to new stories only`,
} satisfies UsageErrorDefinition<{ option: string }>;

export const missingHost = {
  code: 'missing-host',
  title: '`--host` given an empty address',
  message: () => '--host needs an address, such as 127.0.0.1',
} satisfies UsageErrorDefinition;

export const invalidPort = {
  code: 'invalid-port',
  title: '`--port` that is not a number from 0 to 65535',
  message: ({ port }) => `--port expects a number from 0 to 65535, not "${port}"`,
} satisfies UsageErrorDefinition<{ port: string }>;

export const portsOutOfRange = {
  code: 'ports-out-of-range',
  title: 'a `--port` so high that the last views would get no port',
  message: ({ count, first, last }) => `the ${count} sites need ports ${first} to ${last}; pass a lower --port`,
} satisfies UsageErrorDefinition<{ count: number; first: number; last: number }>;

// Where a build would write (src/build/output-folders.ts): never over what it did not build.

export const outIsAFile = {
  code: 'out-is-a-file',
  title: '`--out` names a file',
  message: ({ out }) => `--out "${out}" is a file, not a folder`,
} satisfies UsageErrorDefinition<{ out: string }>;

export const outHoldsContent = {
  code: 'out-holds-content',
  title: 'a site would be built into a folder that holds the content folder',
  message: ({ id, site }) => `the "${id}" site would be built into ${site}, which holds the content folder: choose another --out`,
} satisfies UsageErrorDefinition<{ id: string; site: string }>;

export const outInsideContent = {
  code: 'out-inside-content',
  title: 'a site would be built inside the content folder',
  message: ({ id, site }) => `the "${id}" site would be built into ${site}, inside the content folder: choose another --out`,
} satisfies UsageErrorDefinition<{ id: string; site: string }>;

export const siteFolderIsAFile = {
  code: 'site-folder-is-a-file',
  title: 'a file where the folder of a view site goes',
  message: ({ id, site }) => `${site} is a file, where the "${id}" site goes: move it, or choose another --out`,
} satisfies UsageErrorDefinition<{ id: string; site: string }>;

export const siteFolderNotBuilt = {
  code: 'site-folder-not-built',
  title: 'the folder of a view site holds files that backlog-docs did not build',
  message: ({ id, site }) =>
    `${site} holds files that are not a site backlog-docs built, and building "${id}" would replace them: move them, or choose another --out`,
} satisfies UsageErrorDefinition<{ id: string; site: string }>;

// `import <source> <input>`.

export const missingSource = {
  code: 'missing-source',
  title: '`import` without the source and the file or folder to import',
  message: ({ sources }) => `say what to import: ${sources.join(', ')}`,
} satisfies UsageErrorDefinition<{ sources: readonly string[] }>;

export const unknownSource = {
  code: 'unknown-source',
  title: '`import` from a source it cannot read',
  message: ({ source, sources }) => `there is no source "${source}": the sources are ${sources.join(', ')}`,
} satisfies UsageErrorDefinition<{ source: string; sources: readonly string[] }>;

export const mappingNotFromTo = {
  code: 'mapping-not-from-to',
  title: 'a `--status`, `--priority` or `--visibility` mapping not written `FROM=TO`',
  message: ({ option, value, example }) => `--${option} "${value}" is not written FROM=TO, as in --${option} "${example}"`,
} satisfies UsageErrorDefinition<{ option: string; value: string; example: string }>;

export const unknownMappingTarget = {
  code: 'unknown-mapping-target',
  title: 'a mapping to a status, priority or level that the project does not have',
  message: ({ option, value, target, what, allowed }) =>
    `--${option} "${value}": "${target}" is not ${what}; use one of ${allowed.join(', ')}`,
} satisfies UsageErrorDefinition<{ option: string; value: string; target: string; what: string; allowed: readonly string[] }>;

export const optionOfAnotherSource = {
  code: 'option-of-another-source',
  title: 'an `import` option given for a source that does not have it (`--phases` is for jira)',
  message: ({ option, source }) => `--${option} applies to import ${source} only`,
} satisfies UsageErrorDefinition<{ option: string; source: string }>;
