import { readFileSync } from 'node:fs';
import { splitFrontmatter } from './frontmatter.ts';
import { decodeContentFile } from './source-text.ts';
import { locateYamlPath, parseStrictYaml } from './strict-yaml.ts';

/** A file's parsed YAML (the whole file, or a Markdown file's frontmatter) and its body. */
export interface EntrySource {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  locate: (path: readonly PropertyKey[], atKey?: boolean) => { line: number; column: number };
}

export interface SourceProblem {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

/** Reads one entry file strictly: UTF-8, `---` fences for Markdown, strict YAML, a mapping at the top. */
export function readEntrySource(path: string, kind: 'yaml' | 'markdown'): EntrySource | { problems: SourceProblem[] } {
  const decoded = decodeContentFile(readFileSync(path));
  if ('error' in decoded) return { problems: [{ line: 1, column: 1, message: decoded.error, hint: 'save the file as UTF-8' }] };

  let yamlText = decoded.text;
  let yamlLine = 1;
  let body = '';
  let bodyLine = 1;
  if (kind === 'markdown') {
    const split = splitFrontmatter(decoded.text);
    if ('error' in split) return { problems: [{ line: split.line, column: 1, message: split.error, hint: split.hint }] };
    ({ frontmatter: yamlText, frontmatterLine: yamlLine, body, bodyLine } = split);
  }

  const parsed = parseStrictYaml(yamlText);
  if ('errors' in parsed) {
    return { problems: parsed.errors.map((error) => ({ ...error, line: error.line + yamlLine - 1 })) };
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { problems: [{ line: yamlLine, column: 1, message: 'expected a mapping of keys to values at the top', hint: 'write one "key: value" per line' }] };
  }
  return {
    data: parsed.data as Record<string, unknown>,
    body,
    bodyLine,
    locate(fieldPath, atKey) {
      const position = locateYamlPath(yamlText, fieldPath, atKey);
      return { line: position.line + yamlLine - 1, column: position.column };
    },
  };
}
