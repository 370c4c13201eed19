import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { projectRoot, runScript } from '../../helpers/run-script.ts';

// The workflows are templates that `backlog-docs init` writes into a product owner's repository;
// this repository has none of its own (its CI is .ci/run).
const folder = join(projectRoot, 'templates', 'init', '.github', 'workflows');
const names = readdirSync(folder).sort();
const workflows = Object.fromEntries(names.map((name) => [name, parse(readFileSync(join(folder, name), 'utf8'))]));
const steps = (workflow: {
  jobs: Record<string, { steps?: { name?: string; uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
}) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

describe('the GitHub workflows that init writes', () => {
  test('are the three templates, written byte for byte', () => {
    expect(names).toEqual(['backlog-review-comment.yml', 'backlog-review.yml', 'deploy.yml']);
    const work = mkdtempSync(join(tmpdir(), 'backlog-docs-workflows-'));
    try {
      expect(runScript('init', [], { cwd: work }).status).toBe(0);
      expect(readdirSync(join(work, '.github', 'workflows')).sort()).toEqual(names);
      for (const name of names)
        expect(readFileSync(join(work, '.github', 'workflows', name)).equals(readFileSync(join(folder, name))), name).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('run the backlog-docs that the repository installs, with npm ci, and no script of this repository', () => {
    expect(existsSync(join(projectRoot, '.github', 'workflows'))).toBe(false);
    for (const [name, workflow] of Object.entries(workflows)) {
      const run = steps(workflow)
        .map((step) => step.run ?? '')
        .join('\n');
      expect(run, name).not.toMatch(/npm run|node bin\//);
      for (const command of run.match(/npx [^\n]*/g) ?? []) expect(command, name).toMatch(/^npx --no backlog-docs (check|build|diff)\b/);
    }
    for (const name of ['backlog-review.yml', 'deploy.yml']) {
      const run = steps(workflows[name]).map((step) => step.run ?? '');
      expect(run, name).toContain('npm ci --no-audit --no-fund');
      expect(steps(workflows[name]).find((step) => step.uses?.startsWith('actions/setup-node'))?.with, name).toEqual({
        'node-version': 24,
        cache: 'npm',
      });
    }
  });
});

describe('the GitHub workflows keep to the trust model', () => {
  test('no workflow runs pull-request code with the base repository rights', () => {
    for (const [name, workflow] of Object.entries(workflows)) expect(Object.keys(workflow.on), name).not.toContain('pull_request_target');
  });

  test('the review of a pull request has a read-only token and uploads its report', () => {
    const review = workflows['backlog-review.yml'];
    expect(Object.keys(review.on)).toEqual(['pull_request']);
    expect(review.permissions).toEqual({ contents: 'read' });
    const run = steps(review)
      .map((step) => step.run ?? '')
      .join('\n');
    expect(run).toContain('npx --no backlog-docs check');
    expect(run).toContain('npx --no backlog-docs diff --base "$BASE_SHA" > review/report.md || [ $? -eq 1 ]');
  });

  test('the workflow that comments never checks out or runs the pull request', () => {
    const comment = workflows['backlog-review-comment.yml'];
    expect(Object.keys(comment.on)).toEqual(['workflow_run']);
    expect(
      steps(comment)
        .map((step) => step.uses)
        .filter(Boolean),
    ).toEqual(['actions/download-artifact@v4']);
    expect(
      steps(comment)
        .map((step) => step.run ?? '')
        .join('\n'),
    ).not.toMatch(/npm|node |checkout/);
  });

  test('the Pages site holds the first listed view at its root and each other one in its folder', () => {
    const layout = steps(workflows['deploy.yml']).find((step) => step.name === 'Lay out the Pages site, one folder per view')!.run!;
    const work = mkdtempSync(join(tmpdir(), 'backlog-docs-pages-'));
    try {
      for (const view of ['public', 'client', 'team']) {
        mkdirSync(join(work, 'dist', view), { recursive: true });
        writeFileSync(join(work, 'dist', view, 'index.html'), view);
      }
      execFileSync('bash', ['-euo', 'pipefail', '-c', layout], { cwd: work, env: { ...process.env, PAGES_VIEWS: 'public client' } });
      expect(readFileSync(join(work, '_site', 'index.html'), 'utf8')).toBe('public');
      expect(readFileSync(join(work, '_site', 'client', 'index.html'), 'utf8')).toBe('client');
      expect(existsSync(join(work, '_site', 'team'))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('main builds every view and deploys the public one to GitHub Pages', () => {
    const deploy = workflows['deploy.yml'];
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(deploy.permissions).toEqual({ contents: 'read' });
    expect(
      steps(deploy)
        .map((step) => step.run)
        .filter(Boolean),
    ).toContain('npx --no backlog-docs build');
    expect(steps(deploy).find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: '_site' });
    expect(deploy.env.PAGES_VIEWS).toBe('public');
    // Every view of the starter backlog is deployed or kept: public on Pages, the others as artifacts.
    const artifacts = steps(deploy).flatMap((step) => (step.uses?.startsWith('actions/upload-artifact') ? [String(step.with?.path)] : []));
    const starterViews = readdirSync(join(projectRoot, 'templates', 'init', 'content', 'views')).map(
      (file) => `dist/${file.replace(/\.yaml$/, '')}`,
    );
    expect(['dist/public', ...artifacts].sort()).toEqual(starterViews.sort());
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  test('main is rebuilt every day, dated at the start of the UTC day, so a rebuild that day is identical', () => {
    const deploy = workflows['deploy.yml'];
    expect(deploy.on.schedule).toHaveLength(1);
    expect(deploy.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const build: { run?: string }[] = deploy.jobs.build.steps;
    const dating = build.findIndex((step) => step.run?.includes('SOURCE_DATE_EPOCH'));
    expect(dating).toBeGreaterThanOrEqual(0);
    expect(dating).toBeLessThan(build.findIndex((step) => step.run === 'npx --no backlog-docs build'));

    // Run the step as GitHub's runner would, and read back the date it sets for the next steps.
    const folder = mkdtempSync(join(tmpdir(), 'backlog-docs-workflow-'));
    try {
      const githubEnv = join(folder, 'env');
      const dayStart = (milliseconds: number) => Math.floor(milliseconds / 86_400_000) * 86_400;
      const before = dayStart(Date.now());
      execFileSync('bash', ['-e', '-c', build[dating].run!], { env: { ...process.env, GITHUB_ENV: githubEnv } });
      const after = dayStart(Date.now());
      const epoch = Number(/^SOURCE_DATE_EPOCH=(\d+)$/m.exec(readFileSync(githubEnv, 'utf8'))?.[1]);
      expect([before, after]).toContain(epoch);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
