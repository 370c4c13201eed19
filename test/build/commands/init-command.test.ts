import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { starterFiles } from '../../../src/scaffold/init-backlog.ts';
import { hashTree } from '../../helpers/built-files.ts';
import { projectRoot, runScript } from '../../helpers/run-script.ts';

const templates = join(projectRoot, 'templates', 'init');
const made: string[] = [];
afterAll(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** An empty throwaway folder, as a product owner's new repository is. */
function emptyFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'backlog-docs-init-'));
  made.push(folder);
  return folder;
}

describe('backlog-docs init', () => {
  test('writes the starter backlog and the workflows, byte for byte, ignores the output, and says what next', () => {
    const work = emptyFolder();
    const init = runScript('init', [], { cwd: work });
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Started a backlog in content/ (12 files to make your own)');
    expect(init.stdout).toContain('git init -b main');
    expect(init.stdout).toContain('npm install --save-dev backlog-docs');
    for (const step of ['npx backlog-docs check', 'npx backlog-docs build', 'npx backlog-docs preview', 'git commit', 'git push', 'Pages'])
      expect(init.stdout).toContain(step);

    const files = Object.keys(hashTree(work)).sort();
    expect(files).toEqual([...starterFiles(), '.gitignore'].sort());
    expect(files).toEqual(
      expect.arrayContaining([
        'content/project.yaml',
        '.github/workflows/deploy.yml',
        '.github/workflows/backlog-review.yml',
        '.github/workflows/backlog-review-comment.yml',
      ]),
    );
    for (const file of starterFiles()) expect(readFileSync(join(work, file)).equals(readFileSync(join(templates, file))), file).toBe(true);
    expect(readFileSync(join(work, '.gitignore'), 'utf8')).toBe('dist/\nnode_modules/\n');
  });

  test('the starter content uses every story field, and passes check and build', () => {
    const work = emptyFolder();
    expect(runScript('init', [], { cwd: work }).status).toBe(0);
    const stories = ['CO-1', 'CO-2', 'CO-3'].map((id) => readFileSync(join(work, 'content/stories', `${id}.md`), 'utf8')).join('\n');
    for (const key of [
      'as',
      'want',
      'soThat',
      'status',
      'priority',
      'rank',
      'phase',
      'epic',
      'stakeholders',
      'dependsOn',
      'estimate',
      'acceptance',
      'feedback',
      'owner',
      'tags',
      'visibility',
      'links',
    ]) {
      expect(stories, key).toMatch(new RegExp(`^${key}:`, 'm'));
    }
    expect(stories).toMatch(/^ {2}- [A-Z].*$/m);
    expect(stories).toMatch(/^ {2}- \{ text: .*, done: true \}$/m);
    expect(stories).toMatch(/^:::internal$/m);

    const check = runScript('check', [], { cwd: work });
    expect(check.stdout).toMatch(/^✓ Callout: 3 views, 2 phases, 1 epic, 2 stakeholders, 3 stories\. No problems/);
    expect(check.status).toBe(0);

    // One view keeps the test quick; check has already validated what every view is built from.
    const build = runScript('build', ['--view', 'public'], { cwd: work });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(existsSync(join(work, 'dist/public/index.html'))).toBe(true);
    expect(existsSync(join(work, 'dist/public/stories/co-1/index.html'))).toBe(true);
    // Stories above the public level are not on the public site.
    expect(existsSync(join(work, 'dist/public/stories/co-2'))).toBe(false);
  }, 180_000);

  test('--dir is relative to the current folder, and is made when missing', () => {
    const work = emptyFolder();
    const init = runScript('init', ['--dir', 'farm/backlog'], { cwd: work });
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Started a backlog in farm/backlog/content/');
    expect(init.stdout).toContain('cd farm/backlog');
    expect(existsSync(join(work, 'farm/backlog/content/project.yaml'))).toBe(true);
    expect(existsSync(join(work, 'content'))).toBe(false);
  });

  test('appends to an existing .gitignore only the lines it lacks', () => {
    const work = emptyFolder();
    writeFileSync(join(work, '.gitignore'), '/node_modules\n*.log');
    expect(runScript('init', [], { cwd: work }).stdout).toContain('Added dist/ to .gitignore.');
    expect(readFileSync(join(work, '.gitignore'), 'utf8')).toBe('/node_modules\n*.log\ndist/\n');
  });

  test('leaves out the steps already done: installing backlog-docs, making a git repository', () => {
    const work = emptyFolder();
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'backlog', devDependencies: { 'backlog-docs': '^0.1.0' } }));
    mkdirSync(join(work, '.git'));
    const init = runScript('init', [], { cwd: work });
    expect(init.status).toBe(0);
    expect(init.stdout).not.toContain('npm install');
    expect(init.stdout).not.toContain('git init');
    expect(init.stdout).toContain('git commit');
  });

  test('refuses to overwrite anything: it writes nothing and lists the files in the way', () => {
    const work = emptyFolder();
    mkdirSync(join(work, 'content'));
    mkdirSync(join(work, '.github/workflows'), { recursive: true });
    writeFileSync(join(work, 'content/project.yaml'), 'name: My own backlog\n');
    writeFileSync(join(work, '.github/workflows/deploy.yml'), 'name: My own deploy\n');
    const before = hashTree(work);

    const init = runScript('init', [], { cwd: work });
    expect(init.status).toBe(1);
    expect(init.stdout).toBe('');
    expect(init.stderr).toBe(
      [
        'nothing was written: these are already there',
        '  .github/workflows/deploy.yml',
        '  content/project.yaml',
        '    hint      init starts a new backlog; to add to this one, use backlog-docs new story|phase|epic|stakeholder|view "Title"',
        '',
      ].join('\n'),
    );
    expect(hashTree(work)).toEqual(before);
  });

  test('a file where init needs a folder is in the way too', () => {
    const work = emptyFolder();
    writeFileSync(join(work, 'content'), 'not a folder');
    const init = runScript('init', [], { cwd: work });
    expect(init.status).toBe(1);
    expect(init.stderr).toContain('\n  content\n');
    expect(existsSync(join(work, '.github'))).toBe(false);
  });

  test('a folder given without --dir is a usage mistake', () => {
    const init = runScript('init', ['backlog'], { cwd: emptyFolder() });
    expect(init.status).toBe(2);
    expect(init.stderr).toBe(
      'backlog-docs init: name the folder with --dir: backlog-docs init --dir backlog (see "backlog-docs init --help")\n',
    );
  });
});
