import { oneLine } from '../text/one-line.ts';
import type { MermaidSyntaxError } from './mermaid-syntax.ts';

/** What Mermaid's two kinds of parsers attach to their errors: Jison's `hash`, Langium's `result`. */
interface MermaidError {
  name?: string;
  message?: string;
  hash?: { text?: string; expected?: string[] };
  result?: {
    lexerErrors?: { line?: number; message: string }[];
    parserErrors?: { message: string; token: { image: string; startLine?: number } }[];
  };
}

/**
 * A Mermaid parse error told to the person who wrote the diagram: the line in their source (Mermaid
 * counts from the text it keeps after dropping a front matter and leading blank lines, and points
 * past the end when a diagram stops early) and what was found there, without Mermaid's grammar
 * token names. Undefined when the error says nothing about the source: a browser global missing
 * in Node means the diagram cannot be checked here, not that it is wrong.
 */
export function describeMermaidFailure(error: unknown, source: string): MermaidSyntaxError | undefined {
  if (error instanceof ReferenceError) return undefined;
  const failure = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as MermaidError;
  const message = String(failure.message ?? '');
  const lineOf = sourceLines(source);

  const jison = /^(Parse|Lexical) error on line (\d+)/.exec(message);
  if (jison) {
    const line = lineOf(Number(jison[2]));
    if (jison[1] === 'Lexical') return { line, message: 'Mermaid does not recognise the text on this line' };
    return { line, message: unexpected(failure.hash?.text, failure.hash?.expected ?? []) };
  }

  const langium = [
    ...(failure.result?.lexerErrors ?? []).map((lexer) => ({
      line: lexer.line,
      found: /->(.*?)<-/s.exec(lexer.message)?.[1],
      expected: [] as string[],
    })),
    ...(failure.result?.parserErrors ?? []).map((parser) => ({
      line: parser.token.startLine,
      found: parser.token.image,
      expected: [/Expecting token of type '([^']+)'/.exec(parser.message)?.[1] ?? ''],
    })),
  ];
  if (langium.length > 0) {
    const first = langium.reduce((earliest, next) => ((next.line ?? Infinity) < (earliest.line ?? Infinity) ? next : earliest));
    return {
      line: first.line === undefined || Number.isNaN(first.line) ? undefined : lineOf(first.line),
      message: unexpected(first.found, first.expected),
    };
  }

  if (failure.name === 'UnknownDiagramError' || message.startsWith('No diagram type detected')) {
    const lines = source.split('\n');
    const first = lines.findIndex((line) => line.trim() !== '');
    if (first === -1) return { message: 'the diagram is empty' };
    return { line: first + 1, message: `unknown diagram type "${oneLine(lines[first].trim().split(/\s/)[0], 120)}"` };
  }

  const date = /^Invalid date:(.*)/.exec(message)?.[1];
  if (date !== undefined) {
    const line = source.split('\n').findIndex((text) => text.includes(date));
    return { line: line === -1 ? undefined : line + 1, message: `"${oneLine(date, 120)}" is not a date in the gantt's dateFormat` };
  }

  // Mermaid's own words from a diagram's checks (e.g. "Trying to inactivate an inactive participant (Bob)").
  return { message: oneLine(message.split('\n')[0].replace(/^Parsing failed:\s*/, ''), 120) || 'Mermaid cannot read this diagram' };
}

/**
 * Maps a line of the text Mermaid parsed to the source's: front matter and leading blank lines
 * are dropped before parsing (Mermaid matches front matter up to its last `---` line), and a
 * diagram that stops early is reported on a line past its end.
 */
function sourceLines(source: string): (parsedLine: number) => number {
  const dropped = /^(?:[ \t]*---[ \t]*\n[\s\S]*\n[ \t]*---[ \t]*(?=\n|$))?\s*/.exec(source)![0];
  const droppedLines = dropped.split('\n').length - 1;
  const lines = source.split('\n');
  const lastWritten = lines.findLastIndex((line) => line.trim() !== '') + 1;
  return (parsedLine) => Math.max(1, Math.min(parsedLine + droppedLines, lastWritten));
}

function unexpected(found: string | undefined, expected: string[]): string {
  if (!found) return 'the diagram stops before it is complete (a bracket, a quote or a block left open?)';
  const what = found === '\n' ? 'unexpected end of line' : `unexpected "${oneLine(found, 120)}"`;
  // Token names such as 'NODE_STRING' mean nothing to a reader; punctuation such as ':' does.
  const readable = expected.map((name) => name.replace(/^'|'$/g, '')).filter((name) => name !== '');
  return readable.length > 0 && readable.length <= 3 && readable.every((name) => /^[^\w\s]+$/.test(name))
    ? `${what}, expected ${readable.map((name) => `"${name}"`).join(' or ')}`
    : what;
}
