import { describe, expect, test } from 'vitest';
import { findMermaidSyntaxError } from '../../../src/mermaid/mermaid-syntax.ts';

const lines = (...text: string[]) => text.join('\n');

const valid = {
  gantt: lines(
    'gantt',
    '  title Field trials',
    '  dateFormat YYYY-MM-DD',
    '  section Trials',
    '  Sowing :a1, 2026-03-02, 10d',
    '  Harvest :after a1, 5d',
  ),
  flowchart: lines('flowchart LR', '  A[Farmer saves an operation] --> B[(Phone database)]', '  B --> C{Network?}', '  C -- no --> B'),
  sequence: lines('sequenceDiagram', '  participant P as Phone', '  P->>Server: send operations', '  Server-->>P: acknowledged'),
  pie: lines('pie title Crops', '  "Wheat" : 42', '  "Maize" : 58'),
};

// Each broken on its third line, in the way people do: a task without its colon, a mistyped
// arrow, a message without its colon, a slice without its colon.
const invalid = {
  gantt: lines('gantt', '  dateFormat YYYY-MM-DD', '  Sowing a1, 2026-03-02, 10d', '  Harvest :after a1, 5d'),
  flowchart: lines('flowchart LR', '  A --> B', '  B -->> C', '  C --> D'),
  sequence: lines('sequenceDiagram', '  P->>Server: send', '  Server-->>P acknowledged'),
  pie: lines('pie title Crops', '  "Wheat" : 42', '  "Maize" 58'),
};

describe('the Mermaid syntax check, in plain Node', () => {
  test.each(Object.entries(valid))('a valid %s passes', async (_, source) => {
    expect(await findMermaidSyntaxError(source)).toBeUndefined();
  });

  test.each(Object.entries(invalid))('an invalid %s is reported at its line, in words', async (_, source) => {
    const error = await findMermaidSyntaxError(source);
    expect(error).toBeDefined();
    expect(error!.line).toBe(3);
    expect(error!.message).not.toMatch(/Expecting|NODE_STRING|NEWLINE|\bat .*:\d+|\n/);
    expect(error!.message.length).toBeLessThan(120);
  });

  test('messages say what was found, and what was expected when it is punctuation', async () => {
    expect(await findMermaidSyntaxError(invalid.pie)).toEqual({ line: 3, message: 'unexpected "58", expected ":"' });
    expect(await findMermaidSyntaxError(invalid.gantt)).toEqual({ line: 3, message: 'unexpected end of line' });
    expect(await findMermaidSyntaxError(invalid.flowchart)).toEqual({ line: 3, message: 'unexpected ">"' });
  });

  test('a diagram that stops early is reported at its last written line', async () => {
    expect(await findMermaidSyntaxError(lines('flowchart LR', '  A --> B', '  B --> C[Not closed', '', ''))).toEqual({
      line: 3,
      message: 'the diagram stops before it is complete (a bracket, a quote or a block left open?)',
    });
  });

  test('an impossible gantt date, which Mermaid reads only when drawing, is found too', async () => {
    expect(await findMermaidSyntaxError(lines('gantt', '  dateFormat YYYY-MM-DD', '  Sowing :a1, 2026-13-45, 10d'))).toEqual({
      line: 3,
      message: `"2026-13-45" is not a date in the gantt's dateFormat`,
    });
  });

  test('an unknown diagram type is named', async () => {
    expect(await findMermaidSyntaxError(lines('', 'flowchat LR', '  A --> B'))).toEqual({
      line: 2,
      message: 'unknown diagram type "flowchat"',
    });
    expect(await findMermaidSyntaxError('  \n')).toEqual({ message: 'the diagram is empty' });
  });

  test('lines count from the source, whatever Mermaid drops before parsing', async () => {
    const broken = lines('flowchart LR', '  A --> B', '  B --> C[Not closed');
    expect((await findMermaidSyntaxError(lines('%% a comment', '%%{init: {"theme": "dark"}}%%', '', broken)))!.line).toBe(6);
    expect((await findMermaidSyntaxError(lines('---', 'title: Sync', '---', broken)))!.line).toBe(6);
    expect(
      (await findMermaidSyntaxError(lines('flowchart LR', '  %% a comment', '  A --> B %% another', '  B --> C[Not closed')))!.line,
    ).toBe(4);
  });

  test('comments are checked the way they are published: trailing ones pass, `%%` in a label is refused', async () => {
    expect(
      await findMermaidSyntaxError(
        lines('gantt', '  dateFormat YYYY-MM-DD', '  Sowing :a1, 2026-03-02, 10d %% CANARY', '  Harvest :after a1, 5d'),
      ),
    ).toBeUndefined();
    expect(await findMermaidSyntaxError(lines('pie', '  "Wheat" : 42 %% CANARY'))).toBeUndefined();
    expect(await findMermaidSyntaxError(lines('flowchart LR', '  A["100%% sure"] --> B'))).toMatchObject({ line: 2 });
  });

  test('a diagram that takes too long is a problem, and the next check still works', async () => {
    const big = lines('flowchart LR', ...Array.from({ length: 3000 }, (_, index) => `  N${index} --> N${index + 1}`));
    expect(await findMermaidSyntaxError(big, 1)).toEqual({ message: 'Mermaid took more than 0.001 s to read this diagram' });
    expect(await findMermaidSyntaxError(valid.flowchart)).toBeUndefined();
  });

  test('checks a diagram in a few milliseconds', async () => {
    const sources = Array.from({ length: 200 }, (_, index) =>
      [...Object.values(valid), ...Object.values(invalid)][index % 8].replace('B', `B${index}`),
    );
    await findMermaidSyntaxError(valid.flowchart);
    const started = performance.now();
    await Promise.all(sources.map((source) => findMermaidSyntaxError(source)));
    const each = (performance.now() - started) / sources.length;
    expect(each).toBeLessThan(25);
  });
});
