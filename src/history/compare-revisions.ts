import { relative, resolve, sep } from 'node:path';
import { diffBacklogs } from '../diff/diff-backlogs.ts';
import type { DiffReport } from '../diff/report-json.ts';
import { locateContent, resolveCommit } from '../git/repository.ts';
import { loadBacklog, type LoadResult } from '../loading/load-backlog.ts';
import { problemAt, type ContentProblem } from '../problems/content-problem.ts';
import { contentFolderMissing } from '../problems/catalogue/content-files.ts';
import { notInGitRepository, unknownRevision, unknownView } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';
import { loadRevision } from './load-revision.ts';
import { openRevisionFolder } from './revision-folder.ts';

export interface CompareOptions {
  /** The content folder (in the working tree), inside the git repository to read. */
  contentDir: string;
  /** Revision of the base: a branch, tag, hash or `HEAD~1`. */
  base: string;
  /** Revision of the head; default: the working tree. */
  head?: string;
  /** Compare only what this view can see. */
  view?: string;
  cwd?: string;
  /**
   * The problems `check` finds in the working tree (bodies rendered: images, links, MDX, level
   * blocks), when the head is the working tree: the loader alone does not see those.
   */
  headProblems?: ContentProblem[];
}

/**
 * `backlog-docs diff`: loads the head (the working tree, or a commit) and the base commit through the
 * same loader, then diffs them. The head is validated first: its problems are the report. A base
 * without content, or with problems, is compared as an empty backlog, with a note saying so.
 * A mistake in the command (no repository, unknown revision or view) is a UsageError, thrown.
 */
export function compareRevisions(options: CompareOptions): { report: DiffReport } {
  const cwd = options.cwd ?? process.cwd();
  const contentRoot = resolve(cwd, options.contentDir);
  const location = locateContent(contentRoot);
  if (!location) throw usageError(notInGitRepository, { folder: options.contentDir });
  const baseCommit = resolveCommit(location, options.base);
  if (!baseCommit) throw usageError(unknownRevision, { side: 'base', ref: options.base });
  const headCommit = options.head === undefined ? undefined : resolveCommit(location, options.head);
  if (options.head !== undefined && !headCommit) throw usageError(unknownRevision, { side: 'head', ref: options.head });

  const report: DiffReport = {
    base: { ref: options.base, commit: baseCommit },
    head: { ref: options.head ?? null, commit: headCommit ?? null },
    view: null,
    notes: [],
    problems: [],
    diff: null,
  };
  const folder = openRevisionFolder(location);
  try {
    const head = headCommit
      ? revisionOrProblem(loadRevision(folder, headCommit, { contentRoot, cwd }), contentRoot, cwd, options.head!)
      : loadBacklog(contentRoot, { cwd });
    if (!head.backlog) return { report: { ...report, problems: head.problems } };
    if (options.headProblems?.length) return { report: { ...report, problems: options.headProblems } };
    report.projectName = head.backlog.project.name;
    report.currency = head.backlog.project.currency;

    if (options.view !== undefined) {
      const view = head.backlog.views.find((candidate) => candidate.id === options.view);
      if (!view) throw usageError(unknownView, { id: options.view, views: head.backlog.views.map((candidate) => candidate.id) });
      report.view = { id: view.id, title: view.data.title };
    }

    const base = loadRevision(folder, baseCommit, { contentRoot, cwd });
    if (base.absent) report.notes.push(`There is no content folder at ${options.base}: everything is new.`);
    else if (!base.backlog)
      report.notes.push(
        `The content at ${options.base} has ${base.problems.length} content problem(s), so it is compared as if it were empty.`,
      );
    return { report: { ...report, diff: diffBacklogs(base.backlog, head.backlog, { view: options.view }) } };
  } finally {
    folder.close();
  }
}

function revisionOrProblem(result: LoadResult & { absent?: true }, contentRoot: string, cwd: string, ref: string): LoadResult {
  if (!result.absent) return result;
  const file = relative(cwd, contentRoot).split(sep).join('/') || '.';
  return { problems: [problemAt({ file, field: '' }, contentFolderMissing, { at: ref })] };
}
