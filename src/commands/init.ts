import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineCommand } from '../cli/command.ts';
import { reportRefusal } from '../cli/report-problems.ts';
import { folderWithoutDir } from '../problems/catalogue/usage.ts';
import { filesInTheWay } from '../problems/catalogue/refusals.ts';
import { refusalOf } from '../problems/refusal.ts';
import { usageError } from '../problems/usage-error.ts';
import { displayPath } from '../scaffold/content-context.ts';
import { initBacklog } from '../scaffold/init-backlog.ts';

export const initCommand = defineCommand<{ dir: string }>({
  name: 'init',
  summary: 'Start a backlog: example content, the GitHub workflows and .gitignore lines.',
  usage: '[--dir DIR]',
  description: 'Writes nothing at all when any of its files is already there; .gitignore is only appended to.',
  options: { dir: { type: 'string', value: 'DIR', default: '.', description: 'the folder to start the backlog in' } },
  positionals: true,
  async run({ options, positionals, cwd }) {
    if (positionals.length > 0) throw usageError(folderWithoutDir, { folder: positionals[0] });
    const dir = resolve(cwd, options.dir);
    const result = initBacklog(dir);
    if ('inTheWay' in result)
      return reportRefusal(refusalOf(filesInTheWay, { paths: result.inTheWay.map((path) => displayPath(path, cwd)) }));
    const where = (path: string) => displayPath(join(dir, path), cwd);
    const contentFiles = result.written.filter((file) => file.startsWith('content/'));
    console.log(
      [
        `Started a backlog in ${where('content')}/ (${contentFiles.length} files to make your own), with GitHub workflows in ${where('.github/workflows')}/.`,
        ...(result.ignoreLinesAdded.length > 0 ? [`Added ${result.ignoreLinesAdded.join(' and ')} to ${where('.gitignore')}.`] : []),
        '',
        'What next:',
        ...nextSteps(dir, cwd),
      ].join('\n'),
    );
    return 0;
  },
});

/** The steps from here to a published site, leaving out those already done. */
function nextSteps(dir: string, cwd: string): string[] {
  return [
    ...(dir === cwd ? [] : [`  cd ${displayPath(dir, cwd)}`]),
    ...(dependsOnBacklogDocs(dir) ? [] : ['  npm install --save-dev backlog-docs   install it here; the workflows run this version']),
    '  npx backlog-docs check                validate the backlog, after every edit',
    '  npx backlog-docs build                build one site per view into dist/',
    '  npx backlog-docs preview              look at the sites',
    ...(isInGitRepository(dir) ? [] : ['  git init -b main                      the workflows deploy from the main branch']),
    '  git add -A && git commit -m "Start the backlog"',
    '  git push                              then on GitHub, Settings → Pages → Source: GitHub Actions,',
    '                                        and set site and base in content/views/public.yaml',
  ];
}

function dependsOnBacklogDocs(dir: string): boolean {
  const path = join(dir, 'package.json');
  if (!existsSync(path)) return false;
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Partial<Record<'dependencies' | 'devDependencies', Record<string, string>>>;
    return Boolean(manifest.devDependencies?.['backlog-docs'] ?? manifest.dependencies?.['backlog-docs']);
  } catch {
    return false;
  }
}

function isInGitRepository(dir: string): boolean {
  for (let folder = dir; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return true;
    if (dirname(folder) === folder) return false;
  }
}
