/**
 * `:::level` container directives restrict a block of a body to a visibility level (SPEC §1).
 * We read them ourselves, before any Markdown rendering, so that a view never renders a block it
 * must not show. Fenced code is skipped: a code sample may show the syntax.
 */
export interface BodySegment {
  /** Visibility level of the block, or undefined for unrestricted text. */
  level?: string;
  text: string;
  /** 1-based line of the segment's first line in the body. */
  line: number;
}

export interface LevelBlockProblem {
  line: number;
  message: string;
  found?: string;
  hint?: string;
}

const opener = /^ {0,3}:::+\s*([^\s{]*)(.*)$/;
const closer = /^ {0,3}:::+\s*$/;
const codeFence = /^ {0,3}(`{3,}|~{3,})/;
// A directive inside a quote, a list item or indented: Markdown would nest it there, where we do
// not look for blocks, so it is refused rather than published.
const nestedDirective = /^(?:\s*>|\s*(?:[-*+]|\d+[.)])(?=\s)|\s)*\s*:::/;

export function splitBodyByLevel(
  body: string,
  levels: readonly string[],
): { segments: BodySegment[]; problems: LevelBlockProblem[] } {
  const lines = body.split('\n');
  const segments: BodySegment[] = [];
  const problems: LevelBlockProblem[] = [];
  let current: { level?: string; lines: string[]; line: number; openedAt: number } = { lines: [], line: 1, openedAt: 0 };
  let codeFenceMarker: string | undefined;

  const flush = (nextLine: number, level?: string, openedAt = 0) => {
    if (current.lines.some((line) => line.trim() !== '')) {
      segments.push({ level: current.level, text: current.lines.join('\n'), line: current.line });
    }
    current = { level, lines: [], line: nextLine, openedAt };
  };

  lines.forEach((text, index) => {
    const lineNumber = index + 1;
    const fence = codeFence.exec(text);
    if (codeFenceMarker !== undefined) {
      if (fence && fence[1][0] === codeFenceMarker[0] && fence[1].length >= codeFenceMarker.length && text.trim() === fence[1]) {
        codeFenceMarker = undefined;
      }
      current.lines.push(text);
      return;
    }
    if (fence) {
      codeFenceMarker = fence[1];
      current.lines.push(text);
      return;
    }
    if (closer.test(text)) {
      if (current.level === undefined) {
        problems.push({ line: lineNumber, message: 'a ":::" closes a block that was never opened', hint: 'remove it, or open the block with ":::internal" (or another level)' });
      } else {
        flush(lineNumber + 1);
      }
      return;
    }
    const open = opener.exec(text);
    if (!open && nestedDirective.test(text)) {
      problems.push({
        line: lineNumber,
        message: 'a ":::" block must start a line of its own, outside quotes, lists and indentation',
        found: text.trim(),
        hint: 'move the block out to the left margin; to show the syntax, put it in a fenced code block',
      });
      return;
    }
    if (open) {
      const name = open[1];
      if (current.level !== undefined) {
        problems.push({ line: lineNumber, message: `a block cannot open inside the ":::${current.level}" block opened on line ${current.openedAt}`, hint: 'close the first block with ":::" before opening another' });
        return;
      }
      if (!levels.includes(name)) {
        problems.push({
          line: lineNumber,
          message: name ? `":::${name}" is not a visibility level` : 'a ":::" block needs a visibility level',
          found: name || '(nothing)',
          hint: `use one of ${levels.map((level) => `:::${level}`).join(', ')}`,
        });
      }
      if (open[2].trim() !== '') {
        problems.push({ line: lineNumber, message: `":::${name}" takes nothing after the level`, found: open[2].trim() });
      }
      // Even a misnamed block is treated as a block (of the most restricted kind) so nothing leaks.
      flush(lineNumber + 1, levels.includes(name) ? name : levels[levels.length - 1], lineNumber);
      return;
    }
    current.lines.push(text);
  });

  if (current.level !== undefined) {
    problems.push({ line: current.openedAt, message: `the ":::${current.level}" block is never closed`, hint: 'end the block with a line ":::"' });
  }
  flush(lines.length + 1);
  return { segments, problems };
}
