import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BuiltSites, siteKey } from '../../../src/build/site-reuse.ts';
import type { ViewData } from '../../../src/model/view-data.ts';

const scratch = mkdtempSync(join(tmpdir(), 'site-reuse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const data = (title: string) => ({ view: { id: 'client', title } }) as unknown as ViewData;

describe('sites kept from the last build', () => {
  test("a site's key changes with its data, its assets' bytes and the toolchain", () => {
    const asset = join(scratch, 'map.png');
    writeFileSync(asset, 'one');
    const key = siteKey(data('Client'), [asset], 'tools');
    expect(siteKey(data('Client'), [asset], 'tools')).toBe(key);
    expect(siteKey(data('Client site'), [asset], 'tools')).not.toBe(key);
    expect(siteKey(data('Client'), [asset], 'other tools')).not.toBe(key);
    writeFileSync(asset, 'two');
    expect(siteKey(data('Client'), [asset], 'tools')).not.toBe(key);
  });

  test('a view is current only with the same key, for the same output folder, while its built site is there', () => {
    const cache = join(scratch, 'cache');
    const out = join(scratch, 'out');
    mkdirSync(join(out, 'client'), { recursive: true });
    new BuiltSites(cache, out).save(new Map([['client', 'k1']]));
    // Not a site backlog-docs built (no index.html with its generator mark): built again.
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(false);
    writeFileSync(join(out, 'client', 'index.html'), '<meta name="generator" content="backlog-docs">');
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(true);
    expect(new BuiltSites(cache, out).isCurrent('client', 'k2')).toBe(false);
    expect(new BuiltSites(cache, join(scratch, 'elsewhere')).isCurrent('client', 'k1')).toBe(false);
    rmSync(join(out, 'client'), { recursive: true });
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(false);
  });
});
