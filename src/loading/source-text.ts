import { notUtf8 } from '../problems/catalogue/content-files.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';

/**
 * Decodes a content file. Files must be UTF-8 (a wrong encoding would publish garbled text);
 * a byte-order mark is dropped and CRLF line endings are read as LF.
 */
export function decodeContentFile(bytes: Uint8Array): { text: string } | { error: ProblemText<typeof notUtf8.code> } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { error: describeProblem(notUtf8) };
  }
  return { text: text.replace(/\r\n?/g, '\n') };
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
