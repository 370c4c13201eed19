import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExampleSites } from '../../helpers/built-example.ts';
import { runRefusedPreview, startPreview, type RunningPreview } from '../../helpers/preview-process.ts';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Sends `path` exactly as written (fetch would resolve `..` and `%2e%2e` before sending). */
function get(siteUrl: string, path: string, method = 'GET'): Promise<Answer> {
  const { hostname, port } = new URL(siteUrl);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('backlog-docs preview', () => {
  let out: string;
  let preview: RunningPreview;
  let client: string;
  const secret = 'SECRET_BESIDE_THE_SITES';

  beforeAll(async () => {
    out = buildExampleSites();
    // Beside the sites, where a path that climbs out of a site's folder would find it.
    writeFileSync(join(out, 'secret.txt'), secret);
    preview = await startPreview(['--out', out, '--port', '0']);
    client = preview.urls.client;
  }, 60_000);

  afterAll(async () => {
    await preview?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  test('prints one URL per view, on 127.0.0.1, each on its own port and under its base', () => {
    expect(Object.keys(preview.urls)).toEqual(['client', 'public', 'team']);
    expect(client).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/client\/$/);
    expect(preview.urls.public).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(preview.urls.team).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/team\/$/);
    expect(new Set(Object.values(preview.urls).map((url) => new URL(url).port)).size).toBe(3);
  });

  test('serves a folder its index.html: the overview and a story page', async () => {
    const index = await get(client, '/client/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toBe(readFileSync(join(out, 'client', 'index.html'), 'utf8'));
    const story = await get(client, '/client/stories/par-21/');
    expect(story.status).toBe(200);
    expect(story.body).toContain('Link harvest trailers to a silo lot at intake');
  });

  test('adds the slash of a folder by a redirect, keeping the query', async () => {
    expect(await get(client, '/client')).toMatchObject({ status: 301, headers: { location: '/client/' } });
    expect(await get(client, '/client/stories/par-21?from=test')).toMatchObject({
      status: 301,
      headers: { location: '/client/stories/par-21/?from=test' },
    });
  });

  test("answers a missing path with the site's 404.html and status 404, and lists no folder", async () => {
    const notFoundPage = readFileSync(join(out, 'client', '404.html'), 'utf8');
    for (const path of ['/client/no-such-page/', '/client/_astro/']) {
      const missing = await get(client, path);
      expect(missing.status, path).toBe(404);
      expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(missing.body, path).toBe(notFoundPage);
    }
    // Each site has its own port: another view's base is not found here.
    expect((await get(client, '/team/')).status).toBe(404);
  });

  test('no path, plain or percent-encoded, leaves the site folder', async () => {
    const attempts: [string, string][] = [
      [client, '/client/../secret.txt'],
      [client, '/client/%2e%2e/secret.txt'],
      [client, '/client/%2E%2E%2Fsecret.txt'],
      [client, '/client/..%2f..%2f..%2f..%2fetc/passwd'],
      [client, '/client/%2e%2e/public/index.html'],
      [preview.urls.public, '/%2e%2e/secret.txt'],
      [preview.urls.public, '/..%5csecret.txt'],
    ];
    for (const [site, path] of attempts) {
      const answer = await get(site, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain(secret);
      expect(answer.body, path).not.toContain('root:');
    }
    expect((await get(client, '/client/%00')).status).toBe(400);
  });

  test('sends the Content-Type a static host sends, Pagefind files included', async () => {
    const pagefind = join(out, 'client', 'pagefind');
    const meta = readdirSync(pagefind).find((name) => name.endsWith('.pf_meta'))!;
    const css = readdirSync(join(out, 'client', '_astro')).find((name) => name.endsWith('.css'))!;
    const expected: Record<string, string> = {
      [`/client/_astro/${css}`]: 'text/css; charset=utf-8',
      '/client/pagefind/pagefind.js': 'text/javascript; charset=utf-8',
      '/client/pagefind/pagefind-entry.json': 'application/json; charset=utf-8',
      [`/client/pagefind/${meta}`]: 'application/octet-stream',
      '/client/pagefind/wasm.en.pagefind': 'application/octet-stream',
      '/client/favicon.svg': 'image/svg+xml; charset=utf-8',
      '/client/changes/rss.xml': 'application/xml; charset=utf-8',
    };
    for (const [path, type] of Object.entries(expected)) {
      const answer = await get(client, path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toBe(type);
    }
  });

  test('answers HEAD with the headers alone, and refuses other methods', async () => {
    const head = await get(client, '/client/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(readFileSync(join(out, 'client', 'index.html')).length));
    expect(head.body).toBe('');
    expect((await get(client, '/client/no-such-page/', 'HEAD')).status).toBe(404);
    expect(await get(client, '/client/', 'POST')).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
  });

  test('serves only the view asked for', async () => {
    const one = await startPreview(['--out', out, '--view', 'team', '--port', '0']);
    try {
      expect(Object.keys(one.urls)).toEqual(['team']);
      expect((await get(one.urls.team, '/team/')).status).toBe(200);
    } finally {
      await one.stop();
    }
  });

  test('a port in use: one clear line, exit 1', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const refused = await runRefusedPreview(['--out', out, '--view', 'client', '--port', String(port)]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toBe(`port ${port} on 127.0.0.1 is in use; stop what uses it, or pass another with --port N\n`);
      expect(refused.stdout).toBe('');
    } finally {
      busy.close();
    }
  });

  test('sites not built yet: says to build first, exit 1', async () => {
    expect(await runRefusedPreview(['--out', join(out, 'nothing-here')])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('run backlog-docs build first'),
    });
    expect(await runRefusedPreview(['--out', out, '--view', 'board'])).toMatchObject({
      status: 1,
      stderr: `there is no built "board" site in ${out}/; run backlog-docs build first\n`,
    });
  });

  test('usage mistakes exit 2', async () => {
    for (const args of [['--port', 'eighty'], ['--port', '70000'], ['--out', out, '--port', '65534'], ['--host', ''], ['stray']]) {
      const refused = await runRefusedPreview(args);
      expect(refused.status, args.join(' ')).toBe(2);
      expect(refused.stderr, args.join(' ')).toMatch(/^backlog-docs preview: .* \(see "backlog-docs preview --help"\)\n$/);
    }
  });
});
