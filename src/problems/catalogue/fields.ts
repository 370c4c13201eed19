// The fields of an entry: what its schema refuses (../schema-issues.ts), the rules our schemas add
// (src/schemas/, through ../schema-rules.ts), and the checks across files (ids and references).
// Codes are permanent: never renamed or reused; the words may change (../problem-definition.ts).
import { didYouMean } from '../did-you-mean.ts';
import type { ProblemDefinition } from '../problem-definition.ts';

// What a schema refuses, in people's words.

export const unknownKey = {
  code: 'unknown-key',
  title: 'a key the schema does not have (a typo, such as `stauts`)',
  message: ({ key }) => `unknown key "${key}"`,
  expected: ({ key, allowed }) => (didYouMean(key, allowed) ? undefined : `one of ${allowed.join(', ')}`),
  hint: ({ key, allowed }) => didYouMean(key, allowed),
} satisfies ProblemDefinition<{ key: string; allowed: readonly string[] }>;

export const requiredField = {
  code: 'required-field',
  title: 'a required field is missing',
  message: ({ key }) => `"${key}" is required`,
  expected: ({ expected }) => expected,
} satisfies ProblemDefinition<{ key: string; expected: string }>;

export const wrongKindOfValue = {
  code: 'wrong-kind-of-value',
  title: 'a value of the wrong kind: text where a number, a list or a mapping goes, or the other way round',
  message: () => 'wrong kind of value',
  expected: ({ expected }) => expected,
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ expected: string; found: string }>;

export const notAnAllowedValue = {
  code: 'not-an-allowed-value',
  title: 'a value that is not one of those allowed (a status, a priority, a level)',
  message: () => 'not an allowed value',
  expected: ({ allowed }) => `one of ${allowed.join(', ')}`,
  found: ({ found }) => found,
  hint: ({ written, allowed }) => (written === undefined ? undefined : didYouMean(written, allowed)),
} satisfies ProblemDefinition<{ allowed: readonly string[]; found: string; written?: string }>;

export const invalidValue = {
  code: 'invalid-value',
  title: 'a value that breaks another rule of its field, told in the words of the schema library (Zod)',
  message: ({ reason }) => reason,
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ reason: string; found: string }>;

// The rules our schemas add to types; `found` is the value as written.

export const notADate = {
  code: 'not-a-date',
  title: 'a date not written `YYYY-MM-DD`',
  message: () => 'expected a date written YYYY-MM-DD',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const noSuchDay = {
  code: 'no-such-day',
  title: 'a date that does not exist in the calendar, such as `2026-02-30`',
  message: () => 'this day does not exist in the calendar',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const notAWholeNumber = {
  code: 'not-a-whole-number',
  title: 'a number that must be whole (a phase order) is out of range',
  message: () => 'expected a whole number',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const negativeAmount = {
  code: 'negative-amount',
  title: 'points, person-days or a cost below 0',
  message: () => 'must be 0 or more',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const emptyText = {
  code: 'empty-text',
  title: 'a text field (a title, a name) that is empty',
  message: () => 'must not be empty',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const invalidId = {
  code: 'invalid-id',
  title: 'an id or a reference with characters an id cannot hold',
  message: () => 'an id holds letters, digits, ".", "_" and "-" only, and starts with a letter or digit',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const invalidLevelName = {
  code: 'invalid-level-name',
  title: 'a visibility level that is not lower-case letters, digits and `-`',
  message: () => 'a visibility level is lower-case letters, digits and "-"',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const invalidStatusId = {
  code: 'invalid-status-id',
  title: 'a workflow status id that is not lower-case letters, digits and `-`',
  message: () => 'a status id is lower-case letters, digits and "-"',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const unknownCurrency = {
  code: 'unknown-currency',
  title: 'a currency that is not an ISO 4217 code',
  message: () => 'expected an ISO 4217 currency code such as EUR, CHF or USD',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const invalidIdPrefix = {
  code: 'invalid-id-prefix',
  title: 'an `idPrefix` that is not letters and digits',
  message: () => 'expected letters and digits, such as ST',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const notAWebAddress = {
  code: 'not-a-web-address',
  title: 'an address that is not an `https://` or `http://` URL',
  message: ({ example }) => `expected a web address starting with https:// or http://, such as ${example}`,
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ example: string; found: string }>;

export const invalidBasePath = {
  code: 'invalid-base-path',
  title: 'the `base` of a view that does not start with `/`',
  message: () => 'expected a path starting with "/"',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const invalidAccentColour = {
  code: 'invalid-accent-colour',
  title: 'a theme accent that is not a hex colour',
  message: () => 'expected a hex colour such as #2f7d32',
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ found: string }>;

export const listedTwice = {
  code: 'listed-twice',
  title: 'a visibility level or a workflow status listed twice',
  message: ({ value }) => `"${value}" is listed twice`,
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ value: string; found: string }>;

export const phaseEndsBeforeStart = {
  code: 'phase-ends-before-start',
  title: 'a phase whose `end` is before its `start`',
  message: ({ start }) => `the phase ends before it starts (${start})`,
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ start: string; found: string }>;

export const updatedBeforeCreated = {
  code: 'updated-before-created',
  title: 'a story whose `updated` date is before its `created` date',
  message: ({ created }) => `updated before it was created (${created})`,
  found: ({ found }) => found,
} satisfies ProblemDefinition<{ created: string; found: string }>;

// Checks across files (src/validation/).

export const duplicateId = {
  code: 'duplicate-id',
  title: 'two entries of a collection with the same id (ignoring case and Unicode forms)',
  message: ({ id, firstId, firstFile }) =>
    `the id "${id}" is already used by ${firstFile}${
      firstId === id
        ? ''
        : firstId.toLowerCase() === id.toLowerCase()
          ? ' (ids that differ only in case are the same)'
          : ` ("${firstId}" looks the same but is written with other Unicode characters)`
    }`,
  hint: 'ids are unique per collection; rename the file or set another id',
} satisfies ProblemDefinition<{ id: string; firstId: string; firstFile: string }>;

export const duplicatePhaseOrder = {
  code: 'duplicate-phase-order',
  title: 'two phases with the same `order`',
  message: ({ order, otherId, otherFile }) => `order ${order} is already used by phase "${otherId}" (${otherFile})`,
  hint: 'give each phase its own order',
} satisfies ProblemDefinition<{ order: number; otherId: string; otherFile: string }>;

export const unknownReference = {
  code: 'unknown-reference',
  title: 'a reference (phase, epic, stakeholder, dependency) to an id that no entry has',
  message: ({ kind, id }) => `no ${kind} has the id "${id}"`,
  // The valid ids, when there are few enough to read (stakeholders, phases), and no near miss.
  expected: ({ id, candidates }) =>
    didYouMean(id, candidates) || candidates.length === 0 || candidates.length > 20 ? undefined : `one of ${candidates.join(', ')}`,
  hint: ({ id, candidates }) => didYouMean(id, candidates),
} satisfies ProblemDefinition<{ kind: string; id: string; candidates: readonly string[] }>;

export const duplicateTeamMember = {
  code: 'duplicate-team-member',
  title: "a stakeholder listed twice in one phase's `team`",
  message: ({ stakeholder, first }) => `stakeholder "${stakeholder}" is already in the team (team.${first})`,
  hint: () => 'give each stakeholder one entry, with all its roles and person-days',
} satisfies ProblemDefinition<{ stakeholder: string; first: number }>;

export const selfDependency = {
  code: 'self-dependency',
  title: 'a story that depends on itself',
  message: () => 'a story cannot depend on itself',
} satisfies ProblemDefinition;

export const dependencyCycle = {
  code: 'dependency-cycle',
  title: 'stories that depend on each other in a cycle (the message prints it)',
  message: ({ cycle }) => `dependency cycle: ${cycle.join(' → ')}`,
  hint: 'remove one of these dependencies',
} satisfies ProblemDefinition<{ cycle: readonly string[] }>;

export const levelTextInField = {
  code: 'level-text-in-field',
  title: 'a `:::level` written in a frontmatter field, where it restricts nothing',
  message: ({ level }) => `":::${level}" restricts nothing in a field: the whole field is shown wherever the item is`,
  found: ({ text }) => text.trim().slice(0, 120),
  hint: ({ level }) => `set the item's or the entry's visibility, or move the text into a ":::${level}" block of the body`,
} satisfies ProblemDefinition<{ level: string; text: string }>;
