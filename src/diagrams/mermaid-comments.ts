/**
 * Mermaid reads `%%` as a comment up to the end of its line wherever it starts (after a gantt
 * task, a pie slice, an edge), and `%%{` as a directive that can change its configuration, up to
 * `}%%` or, unclosed, to the end of the source, across lines. Both are removed before a written
 * diagram is published or checked, even inside a quoted label where Mermaid would have shown
 * them: when in doubt, strip.
 */
const commentOrDirective = /%%\{[\s\S]*?(?:\}%%|$)|%%[^\n]*/g;

/**
 * The source as published: comments and directives gone, and the lines they emptied too, so
 * deleting a comment from the content changes nothing in the site.
 */
export function stripMermaidComments(source: string): string {
  return linesWithoutComments(source)
    .filter((line) => !(line.hadComment && line.text === ''))
    .map((line) => line.text)
    .join('\n');
}

/** The same text with every line kept, emptied where it was all comment: Mermaid's line numbers are the source's. */
export function blankMermaidComments(source: string): string {
  return linesWithoutComments(source)
    .map((line) => line.text)
    .join('\n');
}

function linesWithoutComments(source: string): { text: string; hadComment: boolean }[] {
  const commented = new Set<number>();
  let line = 0;
  let counted = 0;
  const kept = source.replace(commentOrDirective, (match: string, offset: number) => {
    line += newlinesIn(source.slice(counted, offset));
    const spanned = newlinesIn(match);
    for (let index = line; index <= line + spanned; index++) commented.add(index);
    line += spanned;
    counted = offset + match.length;
    return '\n'.repeat(spanned);
  });
  return kept
    .split('\n')
    .map((text, index) => (commented.has(index) ? { text: text.trimEnd(), hadComment: true } : { text, hadComment: false }));
}

function newlinesIn(text: string): number {
  return text.split('\n').length - 1;
}
