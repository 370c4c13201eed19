import { resolve } from 'node:path';
import type { Backlog } from '../model/backlog.ts';
import { findRepositoryRoot } from '../git/repository.ts';
import { loadBacklog } from '../loading/load-backlog.ts';
import { sortProblems, type ContentProblem } from '../problems/content-problem.ts';
import { renderBacklog } from '../rendering/render-backlog.ts';
import type { RenderedBacklog } from '../model/rendered-backlog.ts';
import { findLevelTextInFields } from '../validation/level-text-in-fields.ts';
import { findWarnings } from '../validation/warnings.ts';

/**
 * Everything `check` reports and the first step of every build, so a check that passes means a
 * build that does not stop on the content: read and validate every file, then render every body
 * (level blocks, images, links, MDX), and refuse `:::level` text in fields. Bodies of the files that loaded are checked even when other
 * files have problems, so all problems are listed at once.
 */
export async function checkBacklog(
  contentDir: string,
): Promise<{ backlog?: Backlog; rendered?: RenderedBacklog; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const checked = await validateBacklog(contentDir);
  return { ...checked, warnings: checked.backlog ? findWarnings(checked.backlog) : [] };
}

/** `checkBacklog` without the warnings, which only `check` prints: what builds start from. */
export async function validateBacklog(
  contentDir: string,
): Promise<{ backlog?: Backlog; rendered?: RenderedBacklog; problems: ContentProblem[] }> {
  const root = resolve(contentDir);
  const loaded = loadBacklog(contentDir);
  const readable = loaded.backlog ?? loaded.readable;
  if (!readable) return { problems: loaded.problems };
  const rendering = await renderBacklog(readable, root, findRepositoryRoot(root));
  const problems = sortProblems([...loaded.problems, ...findLevelTextInFields(readable), ...rendering.problems]);
  if (problems.length > 0) return { problems };
  return { backlog: loaded.backlog, rendered: rendering.rendered, problems };
}
