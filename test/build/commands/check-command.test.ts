import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prepareBacklog, projectPreparedView } from '../../../src/build/prepare-backlog.ts';
import { loadBacklog } from '../../../src/loading/load-backlog.ts';
import { contentWithScenario, fixturesDir } from '../../helpers/fixture-content.ts';
import { projectRoot as root } from '../../helpers/run-script.ts';

const checkScript = join(root, 'bin', 'backlog-docs.js');

function runCheck(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const { GITHUB_ACTIONS: _, ...env } = process.env;
  const result = spawnSync(process.execPath, [checkScript, 'check', ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...env, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  test('passes on the example backlog with a one-line summary per collection, then its warnings', () => {
    const { status, stdout } = runCheck([]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^✓ Parcelle: 3 views, 5 phases, \d+ epics, \d+ stakeholders, \d+ stories\. No problems \(\d+\.\d\d s\)\.\n/);
    // The example's trial and consolidation phases are over budget, on purpose (issue 12).
    expect(stdout).toMatch(/\n⚠ 4 warnings in 2 files \(check --strict counts them as problems\)\n$/);
  });

  test('warnings leave the exit code at 0, fail with --strict, and become warning annotations', () => {
    const work = contentWithScenario(join(fixturesDir, 'warnings'));
    const relaxed = runCheck(['--content', 'content'], { cwd: work });
    expect(relaxed.status).toBe(0);
    expect(relaxed.stdout).toContain('content/stories/ST-3.md:9:5  acceptance.1  the story is "done" but 2 of its 3 acceptance criteria');
    expect(relaxed.stdout).toContain('⚠ 3 warnings in 2 files');
    const strict = runCheck(['--content', 'content', '--strict'], { cwd: work });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('✗ 3 problems in 2 files');
    const annotated = runCheck(['--content', 'content'], { cwd: work, env: { GITHUB_ACTIONS: 'true' } });
    expect(annotated.stdout).toMatch(
      /^::warning file=content\/phases\/p1\.md,line=6,col=33,title=budget\.cost%3A .*\[phase-over-budget\]::/m,
    );
    expect(runCheck(['--strict']).status).toBe(1);
  });

  test('lists every problem of every file at once and exits 1, without a stack trace', () => {
    const work = contentWithScenario(join(fixturesDir, 'problems', 'unknown-key'), join(fixturesDir, 'problems', 'impossible-date'));
    const { status, stdout, stderr } = runCheck(['--content', 'content'], { cwd: work });
    expect(status).toBe(1);
    expect(stdout).toContain('content/stories/ST-3.md:3:1  stauts  unknown key "stauts"');
    expect(stdout).toContain('content/phases/p2.md:4:8  start  this day does not exist in the calendar');
    expect(stdout).toContain('✗ 4 problems in 2 files');
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
    expect(stdout).not.toContain('::error');
  });

  test('reports what a build would refuse in bodies, with the same messages as the build', () => {
    const work = contentWithScenario();
    const story = (id: string, body: string) =>
      writeFileSync(join(work, 'content', 'stories', `${id}.md`), `---\ntitle: ${id}\nstatus: draft\npriority: could\n---\n${body}\n`);
    story('ST-3', '![A photo](./missing.png)');
    story('ST-4', 'See [the spec](./spec.pdf) and [the first story](./ST-1.md).');
    story('ST-5', 'Notes:\n\n```\n:::internal\nVendor quote.\n:::\n');
    story('ST-9', 'Plan:\n\n```mermaid\ngantt\n  title Plan\n  Pilot :a1, 2026-01-01 3d\n```');
    // Loaded entries and rendered bodies are checked in one run: a schema problem does not hide them.
    story('ST-6', '\u200b:::internal\nhidden\n:::');
    writeFileSync(join(work, 'content', 'stories', 'ST-7.md'), '---\ntitle: ST-7\nstauts: draft\npriority: could\n---\nBody.\n');
    writeFileSync(
      join(work, 'content', 'stories', 'ST-8.md'),
      '---\ntitle: "Plan :::internal only"\nstatus: draft\npriority: could\n---\nBody.\n',
    );
    const checked = runCheck(['--content', 'content'], { cwd: work });
    expect(checked.status).toBe(1);
    const problemLines = checked.stdout.split('\n').filter((line) => line.startsWith('content/'));
    expect(problemLines).toEqual([
      'content/stories/ST-3.md:6:1  the image "./missing.png" is not a file inside the content folder',
      'content/stories/ST-4.md:6:1  the link "./spec.pdf" does not point at a story, phase, epic or stakeholder file',
      'content/stories/ST-5.md:9:1  ":::internal" is inside a code block, so it would be published as code',
      'content/stories/ST-6.md:6:1  this looks like a ":::internal" block, but Markdown reads it as text, so it would be published',
      'content/stories/ST-7.md:2:1  status  "status" is required',
      'content/stories/ST-7.md:3:1  stauts  unknown key "stauts"',
      'content/stories/ST-8.md:2:8  title  ":::internal" restricts nothing in a field: the whole field is shown wherever the item is',
      'content/stories/ST-9.md:11:1  Mermaid cannot read this diagram: "a1" is not a date in the gantt\'s dateFormat',
    ]);
    const built = spawnSync(process.execPath, [checkScript, 'build', '--content', 'content', '--out', 'out'], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(built.status).toBe(1);
    expect(built.stdout.split('\n').filter((line) => line.startsWith('content/'))).toEqual(problemLines);
  }, 30_000);

  test('prints GitHub annotations too when run by GitHub Actions', () => {
    const work = contentWithScenario(join(fixturesDir, 'problems', 'unknown-key'));
    const { status, stdout } = runCheck(['--content', 'content'], { cwd: work, env: { GITHUB_ACTIONS: 'true' } });
    expect(status).toBe(1);
    expect(stdout).toContain('::error file=content/stories/ST-3.md,line=3,col=1,title=stauts%3A unknown key "stauts" [unknown-key]::');
  });

  test('a missing content folder is a content problem, exit 1', () => {
    const { status, stdout } = runCheck(['--content', 'no-such-folder']);
    expect(status).toBe(1);
    expect(stdout).toContain('no-such-folder:1:1  the content folder does not exist');
  });

  test('a missing project.yaml is reported with the other problems', () => {
    const work = contentWithScenario(join(fixturesDir, 'problems', 'missing-title'));
    execFileSync('rm', [join(work, 'content', 'project.yaml')]);
    const { status, stdout } = runCheck(['--content', 'content'], { cwd: work });
    expect(status).toBe(1);
    expect(stdout).toContain('content/project.yaml:1:1  project.yaml is missing');
    expect(stdout).toContain('content/stories/ST-3.md:2:1  title  "title" is required');
  });

  test('an unknown option is a usage error, exit 2', () => {
    const { status, stderr } = runCheck(['--contnet', 'x']);
    expect(status).toBe(2);
    expect(stderr).toBe('backlog-docs check: Unknown option \'--contnet\'; did you mean --content? (see "backlog-docs check --help")\n');
  });
});

describe('the example backlog', () => {
  const { backlog, problems } = loadBacklog(join(root, 'content'));

  test('is valid', () => {
    expect(problems).toEqual([]);
  });

  test('uses every story field somewhere', () => {
    const used = new Set(backlog!.stories.flatMap((story) => Object.keys(story.data)));
    for (const key of [
      'title',
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
      'created',
      'updated',
      'links',
    ]) {
      expect(used, key).toContain(key);
    }
    const bodies = backlog!.stories.map((story) => story.body).join('\n');
    expect(bodies).toMatch(/^:::internal$/m);
    expect(bodies).toMatch(/^:::client$/m);
  });

  test('has the three audiences and a mix of visibility levels', () => {
    expect(backlog!.views.map((view) => [view.id, view.data.level])).toEqual([
      ['client', 'client'],
      ['public', 'public'],
      ['team', 'internal'],
    ]);
    const levels = new Set(backlog!.stories.map((story) => story.data.visibility));
    expect([...levels].sort()).toEqual(['client', 'internal', 'public']);
  });
});

describe('history dates', () => {
  test('come from git when the story does not set them, never from file times', async () => {
    const work = contentWithScenario();
    execFileSync('git', ['init', '-q'], { cwd: work });
    execFileSync('git', ['add', '.'], { cwd: work });
    commitAt(work, '2026-03-02T09:00:00Z');
    writeFileSync(join(work, 'content', 'stories', 'ST-2.md'), '---\ntitle: Second story, edited\nstatus: draft\npriority: should\n---\n');
    commitAt(work, '2026-03-10T12:00:00Z', '-a');
    mkdirSync(join(work, 'content', 'stories', 'new'));
    writeFileSync(join(work, 'content', 'stories', 'new', 'ST-9.md'), '---\ntitle: Not committed\nstatus: draft\npriority: could\n---\n');

    const { prepared } = await prepareBacklog(join(work, 'content'));
    const byId = Object.fromEntries(
      projectPreparedView(prepared!, 'team').stories.map((story) => [story.id, [story.created, story.updated]]),
    );
    expect(byId).toEqual({
      'ST-1': ['2026-03-02', '2026-03-02'],
      'ST-2': ['2026-03-02', '2026-03-10'],
      'ST-9': [undefined, undefined],
    });
  });
});

function commitAt(cwd: string, date: string, ...extra: string[]) {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', ...extra, '-m', 'change'], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}
