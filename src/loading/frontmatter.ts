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
export function splitFrontmatter(text: string): SplitMarkdown | { error: string; line: number; hint?: string } {
  const lines = text.split('\n');
  if (!fence.test(lines[0] ?? '')) {
    if (/^\+\+\+\s*$/.test(lines[0] ?? '')) {
      return { error: 'TOML frontmatter (+++) is not supported', line: 1, hint: 'write the frontmatter as YAML between --- lines' };
    }
    return { error: 'the file has no frontmatter', line: 1, hint: 'start the file with a line "---", the YAML fields, and another "---"' };
  }
  const close = lines.findIndex((line, index) => index > 0 && (fence.test(line) || /^\.\.\.\s*$/.test(line)));
  if (close === -1) {
    return { error: 'the frontmatter opened on line 1 is never closed', line: 1, hint: 'end the frontmatter with a line "---"' };
  }
  if (!fence.test(lines[close])) {
    return { error: 'the frontmatter is closed with "..." instead of "---"', line: close + 1, hint: 'close it with "---"' };
  }
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    frontmatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
