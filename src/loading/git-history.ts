import { runGit as git } from './run-git.ts';

/** The top folder of the git repository holding `folder`, or undefined outside git. */
export function findRepositoryRoot(folder: string): string | undefined {
  try {
    return git(folder, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
}
