import { runGit as git } from './run-git.ts';

/** Where a content folder sits in its git repository. */
export interface ContentLocation {
  /** Top folder of the repository. */
  repository: string;
  /** The content folder inside it, with forward slashes; '' when it is the top folder. */
  path: string;
}

/** The top folder of the git repository holding `folder`, or undefined outside git. */
export function findRepositoryRoot(folder: string): string | undefined {
  try {
    return git(folder, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
}

/** The repository holding `contentRoot` and the folder's path inside it; undefined outside git. */
export function locateContent(contentRoot: string): ContentLocation | undefined {
  const repository = findRepositoryRoot(contentRoot);
  if (repository === undefined) return undefined;
  try {
    return { repository, path: git(contentRoot, ['rev-parse', '--show-prefix']).trim().replace(/\/$/, '') };
  } catch {
    return undefined;
  }
}

/** The commit a revision (branch, tag, hash, `HEAD~2`) names, or undefined when it names none. */
export function resolveCommit(location: ContentLocation, revision: string): string | undefined {
  try {
    return git(location.repository, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).trim();
  } catch {
    return undefined;
  }
}
