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
    writeFileSync(join(out, 'client', 'index.html'), '<meta name="generator" content="backlog-docs">');
    new BuiltSites(cache, out).save(new Map([['client', 'k1']]));
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(true);
    expect(new BuiltSites(cache, out).isCurrent('client', 'k2')).toBe(false);
    expect(new BuiltSites(cache, join(scratch, 'elsewhere')).isCurrent('client', 'k1')).toBe(false);
    rmSync(join(out, 'client'), { recursive: true });
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(false);
  });

  test('a folder that is not a site backlog-docs built is built again', () => {
    const cache = join(scratch, 'cache-3');
    const out = join(scratch, 'out-3');
    mkdirSync(join(out, 'client'), { recursive: true });
    writeFileSync(join(out, 'client', 'index.html'), '<p>Made by hand</p>');
    new BuiltSites(cache, out).save(new Map([['client', 'k1']]));
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(false);
  });

  test('a site replaced by hand (another view copied over it) is built again, and so is any site when the record is unreadable', () => {
    const cache = join(scratch, 'cache-2');
    const out = join(scratch, 'out-2');
    mkdirSync(join(out, 'client'), { recursive: true });
    writeFileSync(join(out, 'client', 'index.html'), '<meta name="generator" content="backlog-docs"> client');
    new BuiltSites(cache, out).save(new Map([['client', 'k1']]));
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(true);
    writeFileSync(join(out, 'client', 'index.html'), '<meta name="generator" content="backlog-docs"> team');
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(false);
    writeFileSync(join(cache, 'built-sites.json'), '{ not json');
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(false);
    writeFileSync(join(cache, 'built-sites.json'), 'null');
    expect(new BuiltSites(cache, out).isCurrent('client', 'k1')).toBe(false);
  });

  test('any file of the site edited, added or removed after the build makes it built again', () => {
    const cache = join(scratch, 'cache-4');
    const out = join(scratch, 'out-4');
    mkdirSync(join(out, 'client', 'stories', 'st-1'), { recursive: true });
    writeFileSync(join(out, 'client', 'index.html'), '<meta name="generator" content="backlog-docs">');
    const story = join(out, 'client', 'stories', 'st-1', 'index.html');
    writeFileSync(story, '<p>Public text</p>');
    const sites = new BuiltSites(cache, out);
    sites.save(new Map([['client', 'k1']]));
    expect(sites.isCurrent('client', 'k1')).toBe(true);
    writeFileSync(story, '<p>Hidden text!</p>');
    expect(sites.isCurrent('client', 'k1')).toBe(false);
    sites.save(new Map([['client', 'k1']]));
    writeFileSync(join(out, 'client', 'extra.html'), 'copied in');
    expect(sites.isCurrent('client', 'k1')).toBe(false);
  });

  test('views about to be replaced are forgotten, the others kept, and other output folders untouched', () => {
    const cache = join(scratch, 'cache-5');
    const [one, two] = [join(scratch, 'out-5a'), join(scratch, 'out-5b')];
    for (const out of [one, two])
      for (const view of ['client', 'team']) {
        mkdirSync(join(out, view), { recursive: true });
        writeFileSync(join(out, view, 'index.html'), '<meta name="generator" content="backlog-docs">');
      }
    new BuiltSites(cache, one).save(
      new Map([
        ['client', 'c'],
        ['team', 't'],
      ]),
    );
    new BuiltSites(cache, two).save(new Map([['client', 'c']]));
    new BuiltSites(cache, one).forget(['team']);
    expect(new BuiltSites(cache, one).isCurrent('team', 't')).toBe(false);
    expect(new BuiltSites(cache, one).isCurrent('client', 'c')).toBe(true);
    expect(new BuiltSites(cache, two).isCurrent('client', 'c')).toBe(true);
  });
});
