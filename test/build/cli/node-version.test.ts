import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cliPath } from '../../helpers/run-script.ts';

const tooOld = /^backlog-docs needs Node\.js 22\.12 or later; this is Node\.js (\d+\.\d+\.\d+)\.\n$/;

describe('the command on a Node.js older than the package supports', () => {
  test('says which version it needs and which it found, in one line, and exits 1', () => {
    // The version this process reports, changed before the command's first line runs.
    const olderVersion = "data:text/javascript,Object.defineProperty(process,'versions',{value:{...process.versions,node:'20.11.1'}})";
    const result = spawnSync(process.execPath, ['--import', olderVersion, cliPath, 'check'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(tooOld);
    expect(tooOld.exec(result.stderr)![1]).toBe('20.11.1');
  });

  // These machines' own Node is 20: the real thing, where it is there.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find(
    (path) => existsSync(path) && Number(execFileSync(path, ['-p', 'process.versions.node.split(".")[0]']).toString()) < 22,
  );
  test.skipIf(!systemNode)('the same with a real Node.js 20', () => {
    const result = spawnSync(systemNode!, [cliPath, 'build'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(tooOld);
  });
});
