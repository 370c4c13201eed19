import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findChromium } from '../../../src/browser/chromium.ts';

const folder = mkdtempSync(join(tmpdir(), 'backlog-docs-chromium-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('finding Chromium', () => {
  test('BACKLOG_DOCS_CHROMIUM names it, or turns it off with "none"', () => {
    const binary = join(folder, 'chromium');
    writeFileSync(binary, '');
    expect(findChromium({ BACKLOG_DOCS_CHROMIUM: binary })).toBe(binary);
    expect(findChromium({ BACKLOG_DOCS_CHROMIUM: 'none' })).toBeUndefined();
  });

  test('a BACKLOG_DOCS_CHROMIUM that names no file finds none, rather than another one', () => {
    expect(findChromium({ BACKLOG_DOCS_CHROMIUM: join(folder, 'missing') })).toBeUndefined();
  });
});
