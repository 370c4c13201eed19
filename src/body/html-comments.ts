import type { MdastNode } from 'satteri';
import { malformedHtmlComment } from '../problems/catalogue/bodies.ts';
import type { ProblemAtLine } from '../problems/content-problem.ts';
import { describeProblem } from '../problems/problem-text.ts';

/**
 * HTML comments hold notes that are never published (the sanitiser drops them). A browser ends a
 * comment at the first `-->` or `--!>`, and at once after `<!-->`: a note written as
 * `<!-- a <!-- b --> c -->` or `<!-- x --!> y -->` shows its end. Such comments are refused.
 */
const wellFormed = /^<!--(?!>|->)(?:(?!<!--|--!>|-->)[\s\S])*-->$/;

/** Whether `html` is exactly one comment that every reader ends where its author did. */
export function isOneWellFormedComment(html: string): boolean {
  return wellFormed.test(html.trim());
}

/** The comments of a body's HTML that a browser would end early, at their lines. */
export function findMalformedComments(tree: MdastNode): ProblemAtLine[] {
  const problems: ProblemAtLine[] = [];
  const visit = (node: MdastNode & { value?: string; children?: MdastNode[] }) => {
    if (node.type === 'html' && node.value.includes('<!--')) {
      // Each comment as a browser ends it; a `-->` left after them was meant to end one of them.
      const comments = node.value.match(/<!--[\s\S]*?(?:-->|--!>|$)/g) ?? [];
      const bad =
        comments.find((comment) => !isOneWellFormedComment(comment)) ??
        (/--!?>/.test(node.value.replace(/<!--[\s\S]*?-->/g, '')) ? comments[0] : undefined);
      if (bad !== undefined) {
        problems.push({ line: node.position!.start.line, ...describeProblem(malformedHtmlComment, { comment: bad }) });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
