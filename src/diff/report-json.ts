import type { ContentProblem } from '../problems/content-problem.ts';
import type { BacklogDiff } from './backlog-diff.ts';

/** What a report is made of, whatever its format. */
export interface DiffReport {
  base: { ref: string; commit: string };
  /** `ref` and `commit` are null for the working tree. */
  head: { ref: string | null; commit: string | null };
  /** The view the comparison is restricted to, if any. */
  view: { id: string; title: string } | null;
  projectName?: string;
  /** ISO 4217 code of the head's currency, for costs. */
  currency?: string;
  /** Things the reader should know about the comparison itself (a base that could not be read). */
  notes: string[];
  /** Content problems of the head; when there are any, there is no diff. */
  problems: ContentProblem[];
  diff: BacklogDiff | null;
}

/**
 * `backlog-docs diff --format json`: a stable shape for bots (documented in the README). Keys are
 * only ever added; `version` changes if one is removed or changes meaning.
 */
export interface DiffReportJson extends Omit<DiffReport, 'projectName' | 'currency' | 'problems'> {
  format: 'backlog-docs-diff';
  version: 1;
  project: { name: string; currency: string } | null;
  problems: ProblemJson[];
  summary: DiffSummary | null;
}

/** A content problem for bots: match on `code` (permanent, listed in the README), never on the words. */
export interface ProblemJson {
  file: string;
  line?: number;
  column?: number;
  field: string;
  code: ContentProblem['code'];
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

export interface DiffSummary {
  stories: { added: number; removed: number; renamed: number; moved: number; changed: number; statusChanges: number };
  phases: { added: number; removed: number; changed: number };
  epics: { added: number; removed: number; changed: number };
  stakeholders: { added: number; removed: number; changed: number };
  roadmapChanged: boolean;
  /** Views (sites) whose content changes, and those that show something they did not (new views included). */
  viewsChanged: string[];
  viewsWithNewlyVisibleContent: string[];
}

export function renderJsonReport(report: DiffReport): string {
  const json: DiffReportJson = {
    format: 'backlog-docs-diff',
    version: 1,
    base: report.base,
    head: report.head,
    view: report.view,
    project:
      report.projectName !== undefined && report.currency !== undefined ? { name: report.projectName, currency: report.currency } : null,
    notes: report.notes,
    problems: report.problems.map(problemJson),
    summary: report.diff && summariseDiff(report.diff),
    diff: report.diff,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The keys of a problem in one order, whichever step found it. */
function problemJson({ file, line, column, field, code, message, expected, found, hint }: ContentProblem): ProblemJson {
  return { file, line, column, field, code, message, expected, found, hint };
}

export function summariseDiff(diff: BacklogDiff): DiffSummary {
  const counts = (items: { added: unknown[]; removed: unknown[]; changed: unknown[] }) => ({
    added: items.added.length,
    removed: items.removed.length,
    changed: items.changed.length,
  });
  return {
    stories: {
      ...counts(diff.stories),
      renamed: diff.stories.changed.filter((story) => story.renamedFrom).length,
      moved: diff.stories.changed.filter((story) => story.moved).length,
      statusChanges: diff.stories.changed.filter((story) => story.changes.some((change) => change.field === 'status')).length,
    },
    phases: counts(diff.phases),
    epics: counts(diff.epics),
    stakeholders: counts(diff.stakeholders),
    roadmapChanged: diff.roadmap.before !== diff.roadmap.after,
    viewsChanged: diff.views.filter((view) => view.state !== 'unchanged').map((view) => view.id),
    viewsWithNewlyVisibleContent: diff.views
      .filter((view) => view.state === 'added' || view.nowVisible.length > 0 || mayShowMore(view.definition))
      .map((view) => view.id),
  };
}

/** Whether a view's new definition may show more than before (a level or filter change may). */
export function mayShowMore(definition: BacklogDiff['views'][number]['definition']): boolean {
  return definition.some((change) => {
    if (change.field === 'level') return true;
    if (change.field.startsWith('show.')) return (change as { to: boolean }).to;
    return true;
  });
}
