import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashTree } from '../helpers/built-files.ts';
import { projectRoot } from '../helpers/run-script.ts';

// A product owner's own repository, with backlog-docs installed from the tarball `npm pack` makes,
// as it would be from the registry: nothing of this checkout is reachable from there.
let work: string;
let project: string;
let installed: string;
let packageFiles: Record<string, string>;

const git = (...args: string[]) => execFileSync('git', args, { cwd: project, encoding: 'utf8', env: { ...process.env, ...gitIdentity } });
const gitIdentity = {
  GIT_AUTHOR_NAME: 'PO',
  GIT_AUTHOR_EMAIL: 'po@example.org',
  GIT_COMMITTER_NAME: 'PO',
  GIT_COMMITTER_EMAIL: 'po@example.org',
};
const { GITHUB_ACTIONS: _, SOURCE_DATE_EPOCH: __, ...environment } = process.env;
/** `npx backlog-docs …` in the project, as its owner types it. */
const npx = (...args: string[]) =>
  spawnSync('npx', ['--no-install', 'backlog-docs', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...environment, ASTRO_TELEMETRY_DISABLED: '1' },
  });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'backlog-docs-package-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const tarball = join(work, packed[0].filename);
  project = join(work, 'farm-backlog');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'farm-backlog', private: true }, null, 2));
  git('init', '--quiet', '--initial-branch=main');
  execFileSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  installed = join(project, 'node_modules', 'backlog-docs');
  packageFiles = hashTree(installed);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('backlog-docs installed from its tarball in a product owner’s repository', () => {
  test('the package ships compiled JavaScript for the command and the library, and no tests or example', () => {
    const files = Object.keys(packageFiles);
    expect(files).toContain('bin/backlog-docs.js');
    expect(files).toContain('lib/cli.js');
    expect(files).toContain('lib/index.d.ts');
    expect(files.some((file) => file.startsWith('test/') || file.startsWith('content/'))).toBe(false);
    expect(existsSync(join(projectRoot, 'lib'))).toBe(false);
  });

  test('init, check, build, new story, a commit and diff work from the project folder', () => {
    const init = npx('init');
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(readFileSync(join(project, '.gitignore'), 'utf8')).toContain('dist/');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'Start the backlog');

    const check = npx('check');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^✓ .* No problems/);

    const story = npx('new', 'story', 'Export the spraying register');
    expect(story.status).toBe(0);
    const storyPath = story.stdout.trim();
    expect(storyPath).toMatch(/^content\/stories\/.+\.md$/);
    expect(existsSync(join(project, storyPath))).toBe(true);

    const build = npx('build');
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const views = readdirSync(join(project, 'dist')).sort();
    expect(views).toEqual(['client', 'public', 'team']);
    for (const view of views) expect(existsSync(join(project, 'dist', view, 'index.html')), view).toBe(true);
    const teamStory = readdirSync(join(project, 'dist', 'team', 'stories'));
    expect(teamStory.length).toBeGreaterThan(3);

    git('add', '-A');
    git('commit', '--quiet', '-m', 'A new story');
    const diff = npx('diff', '--base', 'HEAD~1');
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain('Export the spraying register');
  }, 300_000);

  test('nothing was written inside the installed package, and the project holds only its own files', () => {
    expect(hashTree(installed)).toEqual(packageFiles);
    const status = git('status', '--porcelain', '--ignored');
    expect(
      status
        .split('\n')
        .filter((line) => line.startsWith('!!'))
        .sort(),
    ).toEqual(['!! dist/', '!! node_modules/']);
  });
});
