import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { projectRoot, runScript } from './run-script.ts';

/** Builds the example backlog (content/) into a fresh folder, once per test file; returns the folder. */
export function buildExampleSites(env: Record<string, string | undefined> = {}): string {
  const out = mkdtempSync(join(tmpdir(), 'backlog-docs-example-'));
  const build = runScript('build', ['--content', join(projectRoot, 'content'), '--out', out], {
    env: { SOURCE_DATE_EPOCH: '1795392000', ...env },
  });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
  return out;
}
