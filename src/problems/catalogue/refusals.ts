// What stops a command that was typed right, outside the content's problems: `new`, `init` and
// `import` refusing to write, `preview` finding nothing to serve, an import's input that cannot be read. The message, its hint, exit code 1.
// Codes are permanent: never renamed or reused; the words may change (../problem-definition.ts).
import type { RefusalDefinition } from '../problem-definition.ts';

export const noProjectFile = {
  code: 'no-project-file',
  title: '`new` in a folder without project.yaml',
  message: ({ folder }) => `there is no project.yaml in "${folder}"`,
  hint: 'pass the folder that holds project.yaml with --content DIR, or start a backlog with backlog-docs init',
} satisfies RefusalDefinition<{ folder: string }>;

export const projectHasProblems = {
  code: 'project-has-problems',
  title: '`new` or `import` with a project.yaml that does not validate',
  message: ({ folder }) => `${folder}/project.yaml has problems`,
  hint: 'run backlog-docs check and fix them first',
} satisfies RefusalDefinition<{ folder: string }>;

export const emptyTitle = {
  code: 'empty-title',
  title: '`new` with a title of white space only',
  message: () => 'the title is empty',
  hint: ({ kind, example }) => `backlog-docs new ${kind} "${example}"`,
} satisfies RefusalDefinition<{ kind: string; example: string }>;

export const titleGivesNoId = {
  code: 'title-gives-no-id',
  title: '`new` with a title that has no letter or digit to make an id of',
  message: ({ title }) => `the title "${title}" gives no id`,
  hint: 'the id is made of the letters a-z and digits of the title: use some',
} satisfies RefusalDefinition<{ title: string }>;

export const idTaken = {
  code: 'id-taken',
  title: '`new` with a title whose id another entry has',
  message: ({ kind, id, path }) => `there is already a ${kind} "${id}": ${path}`,
  hint: 'give the new one another title, or edit that file',
} satisfies RefusalDefinition<{ kind: string; id: string; path: string }>;

export const noSuchEntry = {
  code: 'no-such-entry',
  title: '`new story --phase ID` (or `--epic ID`) with an id that no entry has',
  message: ({ kind, id }) => `there is no ${kind} "${id}"`,
  hint: ({ kind, known }) => (known.length > 0 ? `use one of ${known.join(', ')}` : `create one first: backlog-docs new ${kind} "Title"`),
} satisfies RefusalDefinition<{ kind: string; id: string; known: readonly string[] }>;

export const fileExists = {
  code: 'file-exists',
  title: '`new` would write a file that exists',
  message: ({ path }) => `${path} already exists; nothing was written`,
  hint: 'nothing is ever overwritten: edit that file, or run the command again',
} satisfies RefusalDefinition<{ path: string }>;

export const filesInTheWay = {
  code: 'files-in-the-way',
  title: '`init` where some of the files it writes are already there',
  message: ({ paths }) => ['nothing was written: these are already there', ...paths.map((path) => `  ${path}`)].join('\n'),
  hint: 'init starts a new backlog; to add to this one, use backlog-docs new story|phase|epic|stakeholder|view "Title"',
} satisfies RefusalDefinition<{ paths: readonly string[] }>;

export const noBuiltSite = {
  code: 'no-built-site',
  title: '`preview --view ID` with no built site of that view',
  message: ({ id, out }) => `there is no built "${id}" site in ${out}/; run backlog-docs build first`,
} satisfies RefusalDefinition<{ id: string; out: string }>;

export const noBuiltSites = {
  code: 'no-built-sites',
  title: '`preview` with no built site in the output folder',
  message: ({ out }) => `there are no built sites in ${out}/; run backlog-docs build first`,
} satisfies RefusalDefinition<{ out: string }>;

export const notABuiltSite = {
  code: 'not-a-built-site',
  title: '`preview` of a folder whose pages backlog-docs did not build',
  message: ({ id, out }) => `${out}/${id}/index.html was not built by backlog-docs (it has no favicon link); run backlog-docs build first`,
} satisfies RefusalDefinition<{ id: string; out: string }>;

export const portInUse = {
  code: 'port-in-use',
  title: '`preview` on a port something else uses',
  message: ({ port, host }) => `port ${port} on ${host} is in use; stop what uses it, or pass another with --port N`,
} satisfies RefusalDefinition<{ port: number; host: string }>;

export const cannotListen = {
  code: 'cannot-listen',
  title: '`preview` cannot listen on the address or port (the system says why)',
  message: ({ port, host, reason }) => `cannot listen on ${host} port ${port}: ${reason}`,
} satisfies RefusalDefinition<{ port: number; host: string; reason: string }>;

// `import`: an input that cannot be read is told at its file and line, and nothing is written.

type InputAt = { file: string; line?: number; reason: string };
const at = ({ file, line }: InputAt) => (line === undefined ? file : `${file}:${line}`);

export const inputNotFound = {
  code: 'input-not-found',
  title: '`import` of a file or folder that does not exist',
  message: (input) => `${at(input)}  ${input.reason}; nothing was written`,
} satisfies RefusalDefinition<InputAt>;

export const notABacklogMdFolder = {
  code: 'not-a-backlog-md-folder',
  title: '`import backlog-md` of a folder that is not a Backlog.md folder',
  message: (input) => `${at(input)}  ${input.reason}; nothing was written`,
  hint: 'name the folder that holds backlog/ (or the backlog/ folder itself), with tasks/ and config.yml',
} satisfies RefusalDefinition<InputAt>;

export const unreadableTaskFile = {
  code: 'unreadable-task-file',
  title: '`import backlog-md` of a task, milestone or config.yml file that cannot be read',
  message: (input) => `${at(input)}  ${input.reason}; nothing was written`,
  hint: 'fix that file (Backlog.md would not read it either), then import again',
} satisfies RefusalDefinition<InputAt>;

export const malformedCsv = {
  code: 'malformed-csv',
  title: '`import jira` of a file that is not well-formed CSV',
  message: (input) => `${at(input)}  ${input.reason}; nothing was written`,
  hint: 'export the issues again from Jira (Export → CSV, all fields), without editing the file',
} satisfies RefusalDefinition<InputAt>;

export const notAJiraExport = {
  code: 'not-a-jira-export',
  title: '`import jira` of a CSV file without the columns of a Jira export',
  message: (input) => `${at(input)}  ${input.reason}; nothing was written`,
  hint: 'export the issues from Jira with Export → CSV (all fields): it has "Issue key" and "Summary" columns',
} satisfies RefusalDefinition<InputAt>;

export const malformedJson = {
  code: 'malformed-json',
  title: '`import github` of a file that is not valid JSON',
  message: (input) => `${at(input)}  ${input.reason}; nothing was written`,
} satisfies RefusalDefinition<InputAt>;

export const notAGithubIssueList = {
  code: 'not-a-github-issue-list',
  title: '`import github` of JSON that is not the output of `gh issue list --json`',
  message: (input) => `${at(input)}  ${input.reason}; nothing was written`,
  hint: 'gh issue list --state all --limit 10000 --json number,title,body,state,labels,milestone,assignees,createdAt,updatedAt,closedAt > issues.json',
} satisfies RefusalDefinition<InputAt>;

export const alreadyImported = {
  code: 'already-imported',
  title: '`import` into a folder that already holds an import from that source, without `--update`',
  message: ({ folder, source }) => `${folder} already holds an import from ${source}; nothing was written`,
  hint: 'run the same command with --update: it updates what came from the source and keeps your edits',
} satisfies RefusalDefinition<{ folder: string; source: string }>;

export const importWouldOverwrite = {
  code: 'import-would-overwrite',
  title: '`import` would write over files that an earlier import did not write',
  message: ({ paths }) =>
    ['nothing was written: these files are already there, and no import wrote them', ...paths.map((path) => `  ${path}`)].join('\n'),
  hint: 'move them away, or import into another folder with --content DIR',
} satisfies RefusalDefinition<{ paths: readonly string[] }>;
