import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturesDir } from '../../helpers/fixture-content.ts';
import { cliPath } from '../../helpers/run-script.ts';

// The live preview as a product owner runs it: `backlog-docs dev`, a page, an edit that breaks the
// content, the fix.
describe('the dev preview', () => {
  let work: string;
  let server: ChildProcess;
  let url: string;
  let output = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'backlog-docs-dev-'));
    cpSync(join(fixturesDir, 'leaks'), join(work, 'content'), { recursive: true });
    // Vitest's NODE_ENV=test would make Astro's dev server serve nothing.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name !== 'GITHUB_ACTIONS' && name !== 'NODE_ENV' && !name.startsWith('VITEST')),
    );
    // A port of its own: other tests may serve on the default one meanwhile.
    const port = await freePort();
    server = spawn(process.execPath, [cliPath, 'dev', '--view', 'client', '--port', String(port)], {
      cwd: work,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' },
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no dev server address in:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const address = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(stripVTControlCharacters(output));
        if (address) {
          clearTimeout(timer);
          resolve(address[0]);
        }
      };
      server.stdout!.on('data', read);
      server.stderr!.on('data', read);
      server.on('exit', (code) => reject(new Error(`dev exited with ${code}:\n${output}`)));
    });
  }, 120_000);

  afterAll(() => {
    server?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  /** The page once the server has the content as last edited (it re-reads on file events). */
  async function pageUntil(path: string, done: (html: string) => boolean): Promise<string> {
    let html = '';
    for (let attempt = 0; attempt < 60; attempt++) {
      html = await (await fetch(new URL(path, url))).text();
      if (done(html)) return html;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return html;
  }

  test('serves the view without Astro’s toolbar; a broken edit shows on the page and clears when fixed', async () => {
    const story = join(work, 'content', 'stories', 'LK-3.md');
    const page = await pageUntil('stories/lk-3/', (html) => html.includes('CLIENT_STORY_OK'));
    expect(page).toContain('CLIENT_STORY_OK');
    expect(page).not.toContain('class="preview-problems"');
    expect(page).not.toContain('dev-toolbar');

    const written = readFileSync(story, 'utf8');
    writeFileSync(story, written.replace('status: ready', 'stauts: ready'));
    const broken = await pageUntil('stories/lk-3/', (html) => html.includes('class="preview-problems"'));
    expect(broken).toContain('role="alert"');
    expect(broken).toMatch(/content\/stories\/LK-3\.md:\d+:1 {2}stauts {2}unknown key &quot;stauts&quot;/);
    // The last valid content stays on show meanwhile.
    expect(broken).toContain('CLIENT_STORY_OK');

    writeFileSync(story, written);
    const fixed = await pageUntil('stories/lk-3/', (html) => !html.includes('class="preview-problems"'));
    expect(fixed).not.toContain('class="preview-problems"');
    expect(output).toContain('unknown key "stauts"');
  }, 120_000);

  test('an edit to one story shows on its page; a story added gets its page, and loses it when deleted', async () => {
    const story = join(work, 'content', 'stories', 'LK-3.md');
    writeFileSync(story, `${readFileSync(story, 'utf8')}\nA sentence added in review.\n`);
    expect(await pageUntil('stories/lk-3/', (html) => html.includes('A sentence added in review.'))).toContain(
      'A sentence added in review.',
    );

    const added = join(work, 'content', 'stories', 'LK-9.md');
    writeFileSync(added, '---\ntitle: Added while previewing\nstatus: ready\npriority: must\nvisibility: client\n---\nADDED_STORY_OK\n');
    expect(await pageUntil('stories/lk-9/', (html) => html.includes('ADDED_STORY_OK'))).toContain('ADDED_STORY_OK');
    rmSync(added);
    expect(await pageUntil('stories/lk-9/', (html) => !html.includes('ADDED_STORY_OK'))).not.toContain('ADDED_STORY_OK');
  }, 120_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
