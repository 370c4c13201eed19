import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createMermaidRenderer } from '../../../src/mermaid/mermaid-renderer.ts';

const cache = mkdtempSync(join(tmpdir(), 'kept-drawings-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

// A build warms Chromium only when it will draw every diagram: when no drawing is kept.
test('a renderer keeps drawings only once one is in its cache (its own page does not count), and starts no Chromium to tell', async () => {
  const absent = join(cache, 'no-chromium-here');
  const first = await createMermaidRenderer(absent, cache);
  expect(first.keepsDrawings).toBe(false);
  const again = await createMermaidRenderer(absent, cache);
  expect(again.keepsDrawings).toBe(false);
  writeFileSync(join(cache, 'a1b2.svg'), '<svg></svg>');
  const later = await createMermaidRenderer(absent, cache);
  expect(later.keepsDrawings).toBe(true);
  await Promise.all([first.close(), again.close(), later.close()]);
});
