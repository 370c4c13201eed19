import { Document, isMap, isScalar, parseDocument, visit } from 'yaml';
import { splitFrontmatter } from '../loading/frontmatter.ts';
import type { RecordedEntry } from './import-record.ts';

const yamlOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A new entry file: YAML frontmatter (short lists and estimates on one line), then the body. */
export function entryText(fields: Record<string, unknown>, body: string): string {
  const document = new Document(fields);
  compactCollections(document);
  return `---\n${document.toString(yamlOptions)}---\n${body === '' ? '' : `\n${body}\n`}`;
}

/** What an update did to one field or a body: applied from the source, or a hand edit kept over it. */
export interface MergeOutcome {
  text: string;
  /** Fields the source changed and that were updated. */
  updated: string[];
  /** Fields (and `body`) edited by hand that the source also changed: the hand edit was kept. */
  keptEdits: string[];
}

/**
 * A file an earlier import wrote, brought up to date with the source: a field (or the body) the
 * source changed since then is updated, unless it was edited here too, then the edit is kept and
 * said. What the source did not change, and everything added by hand (fields, `:::` blocks, text
 * after the imported body), stays as it is. Undefined when the file's frontmatter cannot be read.
 */
export function mergeEntryText(
  current: string,
  previous: RecordedEntry,
  fields: Record<string, unknown>,
  body: string,
): MergeOutcome | undefined {
  const split = splitFrontmatter(current);
  if ('error' in split) return undefined;
  const document = parseDocument(split.frontmatter, { schema: 'core', uniqueKeys: true });
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const now = (document.toJS() ?? {}) as Record<string, unknown>;
  const updated: string[] = [];
  const keptEdits: string[] = [];
  for (const key of new Set([...Object.keys(previous.fields), ...Object.keys(fields)])) {
    const before = previous.fields[key];
    const next = fields[key];
    if (same(before, next)) continue;
    if (!same(now[key], before)) {
      if (!same(now[key], next)) keptEdits.push(key);
      continue;
    }
    if (next === undefined) document.delete(key);
    else document.set(key, document.createNode(next));
    updated.push(key);
  }
  compactCollections(document);

  let text = split.body.replace(/^\n/, '').replace(/\n$/, '');
  const imported = previous.body.trim();
  if (imported !== body.trim()) {
    const written = text.trim();
    if (written === imported) {
      text = body;
      updated.push('body');
    } else if (written.startsWith(imported)) {
      // Text added after what the source gave (a `:::internal` block, notes) stays after it.
      text = `${body}${written.slice(imported.length)}`;
      updated.push('body');
    } else {
      keptEdits.push('body');
    }
  }
  const frontmatter = document.toString(yamlOptions);
  return { text: `---\n${frontmatter}---\n${text.trim() === '' ? '' : `\n${text.trim()}\n`}`, updated, keptEdits };
}

/** Lists of plain values and small mappings (an estimate) on one line, as people write them. */
function compactCollections(document: Document): void {
  visit(document, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item)) && String(node).length <= 100) node.flow = true;
    },
    Map(_, node, path) {
      if (path.length > 1 && node.items.every((pair) => isScalar(pair.value))) node.flow = true;
    },
  });
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
