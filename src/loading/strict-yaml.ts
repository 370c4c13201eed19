import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Yaml from 'yaml';
import { duplicateYamlKey, invalidYaml, yamlAliasBomb } from '../problems/catalogue/content-files.ts';
import type { ProblemAtLine } from '../problems/content-problem.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';
import { positionAt } from './source-text.ts';

// The package's browser build, the same code as its Node build but for two debugging switches the
// Node build reads from process.env on every token and every document (about 0.3 µs a read): a
// quarter of a story's parse, and 7 to 10 % of `check` at 10,000 stories (paired runs). Its other
// differences: a `!!binary` value is a Uint8Array rather than a Node Buffer (no field takes
// either), and its warnings (a collection used as a key) go to console.warn. Node's resolution of
// the package picks the Node build, so the file is required by path, without top-level await
// (a CommonJS user of the library can still require it). A version of the package that moved the
// file is read with its Node build. test/unit/loading/yaml-builds.test.ts compares the two.
const require = createRequire(import.meta.url);
const browserBuild = join(dirname(require.resolve('yaml/package.json')), 'browser', 'dist', 'index.js');
const { isMap, isPair, isScalar, isSeq, parseDocument } = require(existsSync(browserBuild) ? browserBuild : 'yaml') as typeof Yaml;

/**
 * YAML read strictly and the same way everywhere (site and scripts): the core schema keeps dates
 * and version-like numbers as written, duplicate keys are errors, and alias expansion is capped so
 * an alias bomb cannot exhaust memory.
 */
export const strictYamlOptions = { schema: 'core', uniqueKeys: true, maxAliasCount: 50, prettyErrors: false } as const;

export function parseStrictYaml(text: string): { data: unknown } | { errors: ProblemAtLine[] } {
  const document = parseDocument(text, strictYamlOptions);
  const errors = document.errors
    .map((error) => yamlError(text, error.pos[0], describeYamlError(text, error.code, error.pos[0], error.message)))
    // One mistake often trips several parser errors on the same line: the first says it best.
    .filter((error, index, all) => all.findIndex((other) => other.line === error.line) === index);
  if (errors.length > 0) return { errors };
  try {
    return { data: document.toJS({ maxAliasCount: strictYamlOptions.maxAliasCount }) ?? {} };
  } catch {
    // toJS throws when aliases expand beyond the cap (an "alias bomb"): report it on the first alias.
    const firstAlias = text.search(/\*[^\s,\]}]/);
    return { errors: [yamlError(text, Math.max(0, firstAlias), describeProblem(yamlAliasBomb))] };
  }
}

/** Position of the node at `path` (or of the deepest ancestor that exists); key position for keys. */
export function locateYamlPath(text: string, path: readonly PropertyKey[], atKey = false): { line: number; column: number } {
  const document: Yaml.Document = parseDocument(text, strictYamlOptions);
  let node: unknown = document.contents;
  let offset = document.contents?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Yaml.Node;
      offset = (atKey || !pair.value ? keyNode.range?.[0] : (pair.value as Yaml.Node).range?.[0]) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      offset = (node as Yaml.Node).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return positionAt(text, offset);
}

function yamlError(text: string, offset: number, problem: ProblemText<ProblemAtLine['code']>): ProblemAtLine {
  return { ...problem, ...positionAt(text, offset) };
}

function describeYamlError(text: string, code: string, offset: number, message: string) {
  if (code === 'DUPLICATE_KEY') return describeProblem(duplicateYamlKey, { key: /^[^:\n]*/.exec(text.slice(offset))?.[0].trim() });
  // The library's messages end with a source excerpt; keep the first line.
  return describeProblem(invalidYaml, { reason: message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') });
}
