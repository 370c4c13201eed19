import { readFileSync } from 'node:fs';
import { notAMapping } from '../problems/catalogue/content-files.ts';
import type { ProblemAtLine } from '../problems/content-problem.ts';
import { describeProblem } from '../problems/problem-text.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { decodeContentFile } from './source-text.ts';
import { locateYamlPath, parseStrictYaml } from './strict-yaml.ts';

/** A file's parsed YAML (the whole file, or a Markdown file's frontmatter) and its body. */
export interface EntrySource {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  /** The YAML as written and the line it starts on: what `locate` reads. */
  yaml: YamlText;
  locate: Locate;
}

export interface YamlText {
  text: string;
  line: number;
}

type Locate = (path: readonly PropertyKey[], atKey?: boolean) => { line: number; column: number };

/** Where a field of this YAML is, in its file: parsed again when asked, for a message. */
export function locatorOf({ text, line }: YamlText): Locate {
  return (fieldPath, atKey) => {
    const position = locateYamlPath(text, fieldPath, atKey);
    return { line: position.line + line - 1, column: position.column };
  };
}

/** Reads one entry file strictly: UTF-8, `---` fences for Markdown, strict YAML, a mapping at the top. */
export function readEntrySource(path: string, kind: 'yaml' | 'markdown'): EntrySource | { problems: ProblemAtLine[] } {
  return parseEntrySource(readFileSync(path), kind);
}

/** The same for a file's bytes already read. */
export function parseEntrySource(bytes: Uint8Array, kind: 'yaml' | 'markdown'): EntrySource | { problems: ProblemAtLine[] } {
  const decoded = decodeContentFile(bytes);
  if ('error' in decoded) return { problems: [{ line: 1, column: 1, ...decoded.error }] };

  let yamlText = decoded.text;
  let yamlLine = 1;
  let body = '';
  let bodyLine = 1;
  if (kind === 'markdown') {
    const split = splitFrontmatter(decoded.text);
    if ('error' in split) return { problems: [{ column: 1, ...split.error }] };
    ({ frontmatter: yamlText, frontmatterLine: yamlLine, body, bodyLine } = split);
  }

  const parsed = parseStrictYaml(yamlText);
  if ('errors' in parsed) {
    return { problems: parsed.errors.map((error) => ({ ...error, line: error.line + yamlLine - 1 })) };
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { problems: [{ line: yamlLine, column: 1, ...describeProblem(notAMapping) }] };
  }
  const yaml = { text: yamlText, line: yamlLine };
  return { data: parsed.data as Record<string, unknown>, body, bodyLine, yaml, locate: locatorOf(yaml) };
}
