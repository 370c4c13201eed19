// The content folder, its files and their YAML: what stops a file from being read at all.
// Codes are permanent: never renamed or reused; the words may change (../problem-definition.ts).
import type { ProblemDefinition } from '../problem-definition.ts';

export const contentFolderMissing = {
  code: 'content-folder-missing',
  title: 'the content folder does not exist (at the compared commit, for diff)',
  message: ({ at }) => (at === undefined ? 'the content folder does not exist' : `the content folder does not exist at ${at}`),
  hint: 'pass the folder that holds project.yaml with --content DIR',
} satisfies ProblemDefinition<{ at?: string }>;

export const projectFileMissing = {
  code: 'project-file-missing',
  title: 'the content folder has no project.yaml',
  message: () => 'project.yaml is missing',
  hint: 'create it with at least "name: <your product>"',
} satisfies ProblemDefinition;

export const projectFileNotAFile = {
  code: 'project-file-not-a-file',
  title: 'project.yaml is a folder or something else that is not a file',
  message: () => 'project.yaml is not a file',
  hint: 'replace it with a file holding at least "name: <your product>"',
} satisfies ProblemDefinition;

export const noView = {
  code: 'no-view',
  title: 'the content has no view, so no site to build',
  message: () => 'there is no view, so there is no site to build',
  hint: 'add views/<id>.yaml with a title and a level, or run: backlog-docs new view "Team"',
} satisfies ProblemDefinition;

export const fileNameNotAnId = {
  code: 'file-name-not-an-id',
  title: 'a file without an `id` field has a name that cannot be an id',
  message: ({ id }) => `the file name "${id}" cannot be used as an id`,
  hint: 'rename the file with letters, digits, ".", "_" and "-" only',
} satisfies ProblemDefinition<{ id: string }>;

export const wrongFileKind = {
  code: 'wrong-file-kind',
  title: 'a Markdown file among YAML files, or the other way round: it is not read',
  message: ({ collection, kind }) => `${collection} are ${kind === 'yaml' ? 'YAML' : 'Markdown'} files; this one is not read`,
  hint: ({ extensions }) => `use the extension ${extensions.join(' or ')}`,
} satisfies ProblemDefinition<{ collection: string; kind: 'yaml' | 'markdown'; extensions: readonly string[] }>;

export const brokenSymlink = {
  code: 'broken-symlink',
  title: 'a symbolic link whose target does not exist',
  message: () => 'this symbolic link leads nowhere',
  hint: 'remove the link or restore its target',
} satisfies ProblemDefinition;

export const symlinkOutOfContent = {
  code: 'symlink-out-of-content',
  title: 'a symbolic link that leads out of the content folder',
  message: () => 'this symbolic link leads out of the content folder',
  hint: 'copy the file into the content folder instead of linking to it',
} satisfies ProblemDefinition;

export const notUtf8 = {
  code: 'not-utf-8',
  title: 'a file that is not UTF-8 text',
  message: () => 'the file is not valid UTF-8',
  hint: 'save the file as UTF-8',
} satisfies ProblemDefinition;

export const tomlFrontmatter = {
  code: 'toml-frontmatter',
  title: 'frontmatter written as TOML (`+++`)',
  message: () => 'TOML frontmatter (+++) is not supported',
  hint: 'write the frontmatter as YAML between --- lines',
} satisfies ProblemDefinition;

export const noFrontmatter = {
  code: 'no-frontmatter',
  title: 'a Markdown file that does not start with `---` frontmatter',
  message: () => 'the file has no frontmatter',
  hint: 'start the file with a line "---", the YAML fields, and another "---"',
} satisfies ProblemDefinition;

export const unclosedFrontmatter = {
  code: 'unclosed-frontmatter',
  title: 'frontmatter without its closing `---`',
  message: () => 'the frontmatter opened on line 1 is never closed',
  hint: 'end the frontmatter with a line "---"',
} satisfies ProblemDefinition;

export const frontmatterClosedWithDots = {
  code: 'frontmatter-closed-with-dots',
  title: 'frontmatter closed with `...` instead of `---`',
  message: () => 'the frontmatter is closed with "..." instead of "---"',
  hint: 'close it with "---"',
} satisfies ProblemDefinition;

export const duplicateYamlKey = {
  code: 'duplicate-yaml-key',
  title: 'a key written twice in the same YAML mapping',
  message: ({ key }) => `the key "${key}" is written twice in the same mapping`,
} satisfies ProblemDefinition<{ key: string | undefined }>;

export const invalidYaml = {
  code: 'invalid-yaml',
  title: 'text that is not valid YAML (the YAML parser says why)',
  message: ({ reason }) => `invalid YAML: ${reason}`,
} satisfies ProblemDefinition<{ reason: string }>;

export const yamlAliasBomb = {
  code: 'yaml-alias-bomb',
  title: 'YAML aliases that expand into too much data',
  message: () => 'aliases (*name) expand into too much data; write the values out instead',
} satisfies ProblemDefinition;

export const notAMapping = {
  code: 'not-a-mapping',
  title: 'a YAML file or frontmatter that is not a mapping of keys to values',
  message: () => 'expected a mapping of keys to values at the top',
  hint: 'write one "key: value" per line',
} satisfies ProblemDefinition;
