import { readdirSync, readFileSync } from 'node:fs';
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
});
