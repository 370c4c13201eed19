import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { projectRoot } from './helpers/run-script.ts';

const folder = join(projectRoot, '.github', 'workflows');
const workflows = Object.fromEntries(readdirSync(folder).map((name) => [name, parse(readFileSync(join(folder, name), 'utf8'))]));
const steps = (workflow: { jobs: Record<string, { steps?: { uses?: string; run?: string }[] }> }) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

describe('the GitHub workflows keep to the trust model', () => {
  test('no workflow runs pull-request code with the base repository rights', () => {
    for (const [name, workflow] of Object.entries(workflows)) expect(Object.keys(workflow.on), name).not.toContain('pull_request_target');
  });

  test('the review of a pull request has a read-only token and uploads its report', () => {
    const review = workflows['backlog-review.yml'];
    expect(Object.keys(review.on)).toEqual(['pull_request']);
    expect(review.permissions).toEqual({ contents: 'read' });
    const run = steps(review).map((step) => step.run ?? '').join('\n');
    expect(run).toContain('npm run check');
    expect(run).toContain('npm run --silent diff -- --base "$BASE_SHA"');
  });

  test('the workflow that comments never checks out or runs the pull request', () => {
    const comment = workflows['backlog-review-comment.yml'];
    expect(Object.keys(comment.on)).toEqual(['workflow_run']);
    expect(steps(comment).map((step) => step.uses).filter(Boolean)).toEqual(['actions/download-artifact@v4']);
    expect(steps(comment).map((step) => step.run ?? '').join('\n')).not.toMatch(/npm|node |checkout/);
  });

  test('main builds every view and deploys the public one to GitHub Pages', () => {
    const deploy = workflows['deploy.yml'];
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(deploy.permissions).toEqual({ contents: 'read' });
    expect(steps(deploy).map((step) => step.run).filter(Boolean)).toContain('npm run build');
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  test('main is rebuilt every day, dated at the start of the UTC day, so a rebuild that day is identical', () => {
    const deploy = workflows['deploy.yml'];
    expect(deploy.on.schedule).toHaveLength(1);
    expect(deploy.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const build: { run?: string }[] = deploy.jobs.build.steps;
    const dating = build.findIndex((step) => step.run?.includes('SOURCE_DATE_EPOCH'));
    expect(dating).toBeGreaterThanOrEqual(0);
    expect(dating).toBeLessThan(build.findIndex((step) => step.run === 'npm run build'));

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
