import { describe, expect, test } from 'vitest';
import { blankMermaidComments, stripMermaidComments } from '../../../src/diagrams/mermaid-comments.ts';

const lines = (...text: string[]) => text.join('\n');

describe('comments in written diagrams', () => {
  test('whole comment lines and directive lines go', () => {
    expect(stripMermaidComments(lines('%% secret', '  %%{init: {"theme":"x"}}%%', 'flowchart LR', '  A --> B'))).toBe(
      lines('flowchart LR', '  A --> B'),
    );
  });

  test.each([
    [
      'a gantt task',
      lines('gantt', '  dateFormat YYYY-MM-DD', '  Task A :a1, 2026-01-01, 3d %% CANARY'),
      lines('gantt', '  dateFormat YYYY-MM-DD', '  Task A :a1, 2026-01-01, 3d'),
    ],
    [
      'a pie slice',
      lines('pie title Crops', '  "Wheat" : 42 %% CANARY', '  "Maize" : 58'),
      lines('pie title Crops', '  "Wheat" : 42', '  "Maize" : 58'),
    ],
    [
      'a flowchart edge',
      lines('flowchart LR', '  A --> B %% CANARY', '  B -->|ok| C%%CANARY'),
      lines('flowchart LR', '  A --> B', '  B -->|ok| C'),
    ],
    ['a sequence message', lines('sequenceDiagram', '  Alice->>Bob: hi %% CANARY'), lines('sequenceDiagram', '  Alice->>Bob: hi')],
  ])('a trailing comment after %s goes, the rest of its line stays', (_, source, published) => {
    expect(stripMermaidComments(source)).toBe(published);
  });

  test.each([
    ['on its own line', lines('%%{init: {"securityLevel":"loose"}}%%', 'flowchart LR', '  A --> B'), lines('flowchart LR', '  A --> B')],
    [
      'after the diagram type',
      lines('flowchart LR %%{init: {"securityLevel":"loose"}}%%', '  A --> B'),
      lines('flowchart LR', '  A --> B'),
    ],
    [
      'over several lines',
      lines('%%{', '  init: {', '    "securityLevel": "loose"', '  }', '}%%', 'flowchart LR', '  A --> B'),
      lines('flowchart LR', '  A --> B'),
    ],
    ['with a comment after it', lines('%%{init: {"securityLevel":"loose"}}%% %% CANARY', 'flowchart LR'), 'flowchart LR'],
  ])('an init directive goes %s', (_, source, published) => {
    expect(stripMermaidComments(source)).toBe(published);
    expect(stripMermaidComments(source)).not.toMatch(/securityLevel|%%|CANARY/);
  });

  test('an unclosed directive takes the rest of the source with it, as it does in Mermaid', () => {
    expect(stripMermaidComments(lines('flowchart LR', '  A --> B', '%%{init: {"securityLevel":"loose"}', '  B --> C'))).toBe(
      lines('flowchart LR', '  A --> B'),
    );
  });

  test('`%%` inside a label goes too: when in doubt, strip', () => {
    expect(stripMermaidComments(lines('flowchart LR', '  A["100%% CANARY"] --> B'))).toBe(lines('flowchart LR', '  A["100'));
  });

  test('deleting a comment from the content leaves the published source unchanged', () => {
    const commented = lines(
      'gantt',
      '  %% CANARY',
      '  Task A :a1, 2026-01-01, 3d   %% CANARY',
      '',
      '  %%{init: {"theme":"dark"}}%%',
      '  Task B :after a1, 2d',
    );
    const without = lines('gantt', '  Task A :a1, 2026-01-01, 3d', '', '  Task B :after a1, 2d');
    expect(stripMermaidComments(commented)).toBe(stripMermaidComments(without));
  });

  test('text without comments is untouched, single percent signs included', () => {
    const source = lines('gantt', '  axisFormat %b %Y', '', '  Task A :a1, 2026-01-01, 3d  ');
    expect(stripMermaidComments(source)).toBe(source);
  });

  test('the line-keeping form empties comment lines so Mermaid reports lines of the source', () => {
    const source = lines('%% CANARY', '%%{', 'init: {}', '}%%', 'flowchart LR', '  A --> B %% CANARY');
    expect(blankMermaidComments(source)).toBe(lines('', '', '', '', 'flowchart LR', '  A --> B'));
  });
});
