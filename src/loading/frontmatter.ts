import { frontmatterClosedWithDots, noFrontmatter, tomlFrontmatter, unclosedFrontmatter } from '../problems/catalogue/content-files.ts';
import type { ProblemAtLine } from '../problems/content-problem.ts';
import { describeProblem } from '../problems/problem-text.ts';

/** A Markdown file cut into its YAML frontmatter and its body, with where each starts. */
export interface SplitMarkdown {
  frontmatter: string;
  /** 1-based line of the first frontmatter line (the one after the opening fence). */
  frontmatterLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

const fence = /^---[ \t]*$/;

/**
 * Splits `---` fenced frontmatter from the body. Every entry needs frontmatter (the title is
 * required), so a missing or unclosed fence is a problem, as is another fence style that other
 * tools accept (`+++` TOML, `...` as a closer) and we would misread.
 */
export function splitFrontmatter(text: string): SplitMarkdown | { error: ProblemAtLine } {
  const lines = text.split('\n');
  if (!fence.test(lines[0] ?? '')) {
    if (/^\+\+\+\s*$/.test(lines[0] ?? '')) {
      return { error: { line: 1, ...describeProblem(tomlFrontmatter) } };
    }
    return { error: { line: 1, ...describeProblem(noFrontmatter) } };
  }
  const close = lines.findIndex((line, index) => index > 0 && (fence.test(line) || /^\.\.\.\s*$/.test(line)));
  if (close === -1) {
    return { error: { line: 1, ...describeProblem(unclosedFrontmatter) } };
  }
  if (!fence.test(lines[close])) {
    return { error: { line: close + 1, ...describeProblem(frontmatterClosedWithDots) } };
  }
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    frontmatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
