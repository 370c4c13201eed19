import type { MdastNode, MdastPluginDefinition, MdastVisitorContext, Position } from 'satteri';
import {
  inlineLevelDirective,
  levelBlockClosedByInner,
  levelBlockInCode,
  levelBlockInHtml,
  levelBlockInMdxExpression,
  levelBlockNeverClosed,
  levelBlockReadAsText,
  levelBlockWithLabel,
  strayBlockCloser,
  twoColonLevelDirective,
  unknownLevelBlock,
} from '../problems/catalogue/bodies.ts';
import type { ContentProblemCode } from '../problems/catalogue/index.ts';
import type { ProblemAtLine } from '../problems/content-problem.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';
import { stripMermaidComments } from '../diagrams/mermaid-comments.ts';
import { reachOf } from '../model/visibility-reach.ts';
import { isOneWellFormedComment } from './html-comments.ts';
import { invisibleCharactersIn, isLevelCloser, levelOpenerIn } from './level-directive-text.ts';

/**
 * `:::level` blocks restrict part of a body to a visibility level (SPEC §1). They are the
 * `containerDirective` nodes of the body's own syntax tree (./body-syntax.ts): the tree that is
 * rendered is the tree that is checked, so nothing else decides where a block starts or ends.
 */

export interface LevelBlockReport {
  /** The levels the body's blocks name: views that differ only in others see the same body. */
  levels: Set<string>;
  /** Whether the tree holds any directive at all: without one, levelBlocksPlugin has nothing to do. */
  hasDirectives: boolean;
  /** Mistakes, at 1-based lines of the body. */
  problems: ProblemAtLine[];
}

/** What these checks read of an mdast node, whatever its type. */
interface Node {
  type: string;
  name?: string;
  value?: string;
  alt?: string;
  children?: Node[];
  position?: Position;
  /** How a node of our own becomes HTML (Sätteri's `data.hName`, `data.hProperties`). */
  data?: { hName: string; hProperties: Record<string, string | string[]> };
}

// Nodes that hold blocks: their own text is their children's, checked one by one.
const blockContainers = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);
const codeFence = /^\s*(`{3,}|~{3,})/;

/**
 * Finds every `:::level` block of a parsed body, and every problem a block could hide behind: a
 * directive that is not a level, one with a label or attributes, one never closed, and any text
 * that reads like a level block where the parser saw none (in a paragraph, code, HTML or an MDX
 * expression; after an invisible character). Such text would be published, so it is an error.
 */
export function inspectLevelBlocks(tree: MdastNode, source: string, levels: readonly string[]): LevelBlockReport {
  const report: LevelBlockReport = { levels: new Set(), hasDirectives: holdsDirective(tree as unknown as Node), problems: [] };
  const sourceOf = (node: Node) => source.slice(node.position!.start.offset, node.position!.end.offset);
  const visit = (node: Node) => {
    if (node.type === 'containerDirective') checkBlock(node, sourceOf(node), levels, report);
    else if (node.type === 'leafDirective' && levels.includes(node.name!.toLowerCase())) {
      // `::internal` reads like a restriction, and would be published.
      report.problems.push({
        line: node.position!.start.line,
        ...describeProblem(twoColonLevelDirective, { name: node.name!, line: firstLine(sourceOf(node)) }),
      });
      return;
    } else if (!blockContainers.has(node.type)) {
      // An HTML comment is never published (the sanitiser drops it): it may hide anything.
      if (!(node.type === 'html' && isOneWellFormedComment(node.value!))) checkText(node, sourceOf(node), levels, report.problems);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as unknown as Node);
  return report;
}

function holdsDirective(node: Node): boolean {
  return node.type.endsWith('Directive') || (node.children ?? []).some(holdsDirective);
}

function checkBlock(node: Node, text: string, levels: readonly string[], report: LevelBlockReport) {
  const line = node.position!.start.line;
  const name = node.name!;
  if (levels.includes(name)) report.levels.add(name);
  else report.problems.push({ line, ...describeProblem(unknownLevelBlock, { name, levels }) });
  const lines = text.split('\n');
  const extra = lines[0].replace(/^:+/, '').slice(name.length).trim();
  if (extra !== '') report.problems.push({ line, ...describeProblem(levelBlockWithLabel, { name, extra }) });
  // Closed by a fence of its own: after its last child, not the fence that closed a block inside it.
  const start = node.position!.start.offset!;
  const last = node.children?.at(-1);
  const tail = text.slice(last ? last.position!.end.offset! - start : lines[0].length);
  if (/\n[\s>]*:{3,}\s*$/.test(tail)) return;
  if (last?.type === 'containerDirective') {
    const colons = ':'.repeat((/^:+/.exec(lines[0])?.[0].length ?? 3) + 1);
    report.problems.push({ line, ...describeProblem(levelBlockClosedByInner, { name, inner: last.name!, colons }) });
  } else {
    report.problems.push({ line, ...describeProblem(levelBlockNeverClosed, { name }) });
  }
}

/** A node the parser did not read as a block: no line of it may look like one. */
function checkText(node: Node, text: string, levels: readonly string[], problems: ProblemAtLine[]) {
  const start = node.position!.start.line;
  const lines = text.split('\n');
  const openers = lines.flatMap((line, index) => {
    const level = levelOpenerIn(line, levels);
    return level === undefined ? [] : [{ line: start + index, ...explainLookalike(node, text, line, level) }];
  });
  problems.push(...openers);
  if (openers.length > 0) return;
  // A ":::" that closes nothing; beside a look-alike opener it is the same mistake, told once. In
  // code it hides nothing: a block cut short or never closed is told at its opening line.
  if (node.type === 'code') return;
  lines.forEach((line, index) => {
    if (isLevelCloser(line)) problems.push({ line: start + index, ...describeProblem(strayBlockCloser, { line, container: node.type }) });
  });
  // Entities and other escapes are decoded in the text a reader gets: check that text too.
  if (!text.includes('&') && !text.includes('\\')) return;
  const level = levelOpenerIn(textOf(node), levels);
  if (level !== undefined) problems.push({ line: start, ...explainLookalike(node, text, textOf(node), level) });
}

function explainLookalike(node: Node, text: string, line: string, level: string): ProblemText<ContentProblemCode> {
  const found = { level, line: line.trim() };
  if (node.type === 'code') {
    const fence = codeFence.exec(text)?.[1];
    const closed = fence !== undefined && text.split('\n').length > 1 && text.trimEnd().endsWith(fence);
    return describeProblem(levelBlockInCode, { ...found, unclosedFence: fence !== undefined && !closed ? fence : undefined });
  }
  if (node.type === 'html') return describeProblem(levelBlockInHtml, found);
  if (node.type.startsWith('mdx')) return describeProblem(levelBlockInMdxExpression, found);
  // The inline form, `:internal[a price]`, which is a text directive: nothing restricts it.
  if (!line.includes(':::')) return describeProblem(inlineLevelDirective, found);
  return describeProblem(levelBlockReadAsText, { ...found, invisible: invisibleCharactersIn(line) });
}

/** The text a reader would get from a node: its values and image descriptions, decoded. */
function textOf(node: Node): string {
  return [node.value, node.alt, ...(node.children ?? []).map(textOf)].filter(Boolean).join('');
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

/**
 * Renders only the blocks of the `shown` levels: a hidden block is removed from the tree, a shown
 * one replaced by its content, or, given the project's levels to mark it with (`markedWith`: the
 * team's rendering only, issue 13), by its content in a box that names its level. Leaf and text
 * directives that are not blocks (`10:30` reads as a text directive `:30` once directives are on)
 * become their source text again, as they would be without directives. The outermost directive
 * does the work for what it holds: the parser drops changes queued on nodes inside one already
 * replaced.
 */
export function levelBlocksPlugin(shown: ReadonlySet<string>, markedWith?: readonly string[]): MdastPluginDefinition {
  const transform = (node: Node, context: MdastVisitorContext): Node[] => {
    if (node.type === 'containerDirective') {
      if (!shown.has(node.name!)) return [];
      const content = node.children!.flatMap((child) => transform(child, context));
      return markedWith ? [markedBlock(node.name!, markedWith, content)] : content;
    }
    if (node.type === 'textDirective' || node.type === 'leafDirective') return [asSourceText(node, context)];
    return [node.children ? { ...node, children: node.children.flatMap((child) => transform(child, context)) } : node];
  };
  const replace = (directive: unknown, context: MdastVisitorContext) => {
    const node = directive as Node;
    if (!insideDirective(node, context)) context.replaceNode(directive as MdastNode, transform(node, context));
  };
  return { name: 'level-blocks', options: { position: true }, containerDirective: replace, leafDirective: replace, textDirective: replace };
}

/** `<div class="level-block restricted" data-visibility="client"><p class="level-badge">client</p>…</div>` */
function markedBlock(level: string, levels: readonly string[], content: Node[]): Node {
  const element = (hName: string, hProperties: Record<string, string | string[]>, children: Node[]): Node => ({
    type: 'levelBlock',
    data: { hName, hProperties },
    children,
  });
  const badge = element('p', { className: ['level-badge'] }, [{ type: 'text', value: level }]);
  return element('div', { className: ['level-block', reachOf(level, levels)], 'data-visibility': level }, [badge, ...content]);
}

function asSourceText(node: Node, context: MdastVisitorContext): Node {
  const value = context.source.slice(node.position!.start.offset, node.position!.end.offset);
  return node.type === 'leafDirective' ? { type: 'paragraph', children: [{ type: 'text', value }] } : { type: 'text', value };
}

function insideDirective(node: Node, context: MdastVisitorContext): boolean {
  const parentOf = (child: Node) => context.parent(child as unknown as MdastNode) as unknown as Node | undefined;
  for (let parent = parentOf(node); parent; parent = parentOf(parent)) {
    if (parent.type.endsWith('Directive')) return true;
  }
  return false;
}

/**
 * The body's source as a view's readers can see it, for comparisons between commits (src/diff/):
 * the blocks of levels not `shown` cut out, with the fence lines of the others, and the notes no
 * page shows (HTML and MDX comments, Mermaid `%%` comments), so editing those changes nothing.
 * Found on the same tree the sites render.
 */
export function visibleSource(source: string, tree: MdastNode, shown: ReadonlySet<string>): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const cut = (start: number, end: number, text = '') => edits.push({ start, end, text });
  const collect = (node: Node) => {
    const [start, end] = [node.position!.start.offset!, node.position!.end.offset!];
    if (node.type === 'containerDirective') {
      if (!shown.has(node.name!)) return cut(start, end);
      const firstLineEnd = source.indexOf('\n', start);
      const lastLineStart = source.lastIndexOf('\n', end - 1) + 1;
      cut(start, firstLineEnd === -1 || firstLineEnd > end ? end : firstLineEnd);
      for (const child of node.children ?? []) collect(child);
      if (lastLineStart > firstLineEnd && /^[\s>]*:{3,}\s*$/.test(source.slice(lastLineStart, end))) cut(lastLineStart, end);
      return;
    }
    if (node.type === 'html' && node.value!.includes('<!--')) return cut(start, end, node.value!.replace(/<!--[\s\S]*?-->/g, ''));
    if (node.type.startsWith('mdx') && node.type.endsWith('Expression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? ''))
      return cut(start, end);
    if (node.type === 'code' && (node as { lang?: string }).lang === 'mermaid')
      return cut(start, end, `mermaid\n${stripMermaidComments(node.value!)}`);
    for (const child of node.children ?? []) collect(child);
  };
  collect(tree as unknown as Node);
  let text = '';
  let at = 0;
  for (const edit of edits) {
    text += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return (text + source.slice(at)).trim();
}
