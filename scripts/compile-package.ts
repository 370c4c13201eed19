// `npm pack`'s prepack and postpack: compile src/ to lib/ for the tarball, then remove lib/ again,
// so a checkout never runs stale JavaScript (bin/backlog-docs.js prefers lib/ when it exists).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../lib', import.meta.url), { recursive: true, force: true });
if (!process.argv.includes('--clean')) {
  execFileSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
