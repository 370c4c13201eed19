import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as nodeBuild from 'yaml';
import { listFiles } from '../../../src/build/sitemap.ts';
import { strictYamlOptions as options } from '../../../src/loading/strict-yaml.ts';

// src/loading/strict-yaml.ts parses with the yaml package's browser build, for speed: it must read
// every text as the Node build does, errors and the positions of every node included.
const require = createRequire(import.meta.url);
const browserBuild = require(join(dirname(require.resolve('yaml/package.json')), 'browser', 'dist', 'index.js')) as typeof nodeBuild;

const root = join(import.meta.dirname, '..', '..', '..');
const frontmatter = (text: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
const texts = [...listFiles(join(root, 'content')), ...listFiles(join(root, 'test'))]
  .filter((file) => /\.(ya?ml|mdx?)$/.test(file))
  .map((file) => {
    const text = readFileSync(file, 'utf8');
    return /\.ya?ml$/.test(file) ? text : frontmatter(text);
  })
  .filter((text): text is string => text !== undefined);

const tricky = [
  'title: a\ntitle: b\n',
  'a: &x [1, 2]\nb: *x\nc: *missing\n',
  'list: [a, b\nnext: 1\n',
  'date: 2024-13-45\nversion: 1.10\nflag: yes\nempty:\nnull: ~\n',
  'title: Story #12 # a comment\n',
  '? [a, b]\n: complex key\n',
  'binary: !!binary aGVsbG8=\n',
  'tagged: !custom value\n',
  '--- \none: 1\n---\ntwo: 2\n',
  '%YAML 1.2\n---\nx: 1\n',
  'text: |\n  line one\n  line two\nfolded: >-\n  one\n  two\n',
  "quoted: \"tab\\there \\u00e9\"\nsingle: 'it''s'\n",
  '\tindented: with a tab\n',
  'a:\n  - b: 1\n   c: 2\n',
  'x: "unterminated\n',
  'key: [1, {a: 2}, [3]]\n',
  'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
  'base: &base { level: public }\nstory:\n  <<: *base\n  level: internal\n',
  'title: one\r\nlevel: client\r\n',
  '\uFEFFtitle: with a byte order mark\n',
  'level: public\nlevel: internal\n',
];

/** A `!!binary` value is a Buffer from one build and a Uint8Array from the other: the same bytes. */
function bytesAsLists(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: [...value] };
  if (Array.isArray(value)) return value.map(bytesAsLists);
  if (value instanceof Map) return new Map([...value].map(([key, entry]) => [key, bytesAsLists(entry)]));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, bytesAsLists(entry)]));
  return value;
}

/** What a parse comes to: the value, every error and warning with its code and position. */
function outcome(yaml: typeof nodeBuild, text: string) {
  const document = yaml.parseDocument(text, options);
  const problems = (list: readonly { code: string; pos: [number, number]; message: string }[]) =>
    list.map(({ code, pos, message }) => ({ code, pos, message }));
  let value: unknown;
  try {
    value = bytesAsLists(document.toJS({ maxAliasCount: options.maxAliasCount }));
  } catch (error) {
    value = { threw: String(error) };
  }
  const ranges: unknown[] = [];
  yaml.visit(document, (_, node) => void ranges.push((node as { range?: unknown } | null)?.range));
  return { value, ranges, errors: problems(document.errors), warnings: problems(document.warnings) };
}

describe("the yaml package's browser build, which strict YAML parses with", () => {
  test('is another build than the one Node resolves, and the content and test files are there to compare on', () => {
    expect(browserBuild.parseDocument).not.toBe(nodeBuild.parseDocument);
    expect(texts.length).toBeGreaterThan(50);
  });

  test.each([...texts, ...tricky].map((text) => [text.slice(0, 40).replaceAll('\n', '⏎'), text]))(
    'reads %j as the Node build does',
    (_, text) => {
      expect(outcome(browserBuild, text)).toEqual(outcome(nodeBuild, text));
    },
  );
});
