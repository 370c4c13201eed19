// The library behind the `backlog-docs` command, for scripts and bots: read and validate a backlog,
// project it for one view, and compare two backlogs.
export { loadBacklog, type LoadOptions, type LoadResult } from './loading/load-backlog.ts';
export type { Backlog, Entry } from './model/backlog.ts';
export { projectBacklogForView, type ProjectionOptions } from './projection/project-backlog.ts';
export type { ViewData } from './model/view-data.ts';
export { diffBacklogs, type DiffOptions } from './diff/diff-backlogs.ts';
export type { BacklogDiff } from './diff/backlog-diff.ts';
export { renderBacklog } from './rendering/render-backlog.ts';
export type { RenderedBacklog } from './model/rendered-backlog.ts';
export { checkBacklog } from './build/check-backlog.ts';
export { formatContentProblem, type ContentProblem } from './problems/content-problem.ts';
export type { ContentProblemCode, UsageErrorCode } from './problems/catalogue/index.ts';
export { UsageError } from './problems/usage-error.ts';
