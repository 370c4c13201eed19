import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createMermaidRenderer } from '../../../src/mermaid/mermaid-renderer.ts';
import { findChromium } from '../../helpers/chromium.ts';

const scratch = mkdtempSync(join(tmpdir(), 'reproducible-drawings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const chromiumPath = findChromium();

// Diagrams Mermaid draws with Math.random: a class diagram's lines and a git graph's commit ids.
const classDiagram = ['classDiagram', '  Farm <|-- Cooperative', '  Farm : +int hectares', '  Farm : +harvest() Crop'].join('\n');
const gitGraph = ['gitGraph', '  commit', '  branch trials', '  commit', '  checkout main', '  merge trials'].join('\n');
const flowchart = ['flowchart LR', '  A[Plot] --> B[Silo]'].join('\n');

/** The drawings of a fresh build (no cache) that draws `before` first. */
async function drawFresh(name: string, before: string[]): Promise<string[]> {
  const renderer = await createMermaidRenderer(chromiumPath!, join(scratch, name));
  try {
    for (const source of before) await renderer.render(source, 'body');
    return [await renderer.render(classDiagram, 'body'), await renderer.render(gitGraph, 'body')];
  } finally {
    await renderer.close();
  }
}

// Two builds of the same commit are byte-identical (SPEC), the first after a clean checkout too.
describe.skipIf(!chromiumPath)('drawings at build time', () => {
  test('are the same in two builds from an empty cache, whatever was drawn before them', async () => {
    const first = await drawFresh('one', []);
    const second = await drawFresh('two', [flowchart, gitGraph.replaceAll('trials', 'pilots')]);
    expect(first[0]).toContain('<svg');
    expect(second).toEqual(first);
  }, 120_000);
});
