import { escapeMarkdown } from '../escaping/markdown.ts';
import { oneLine } from '../text/one-line.ts';

/**
 * Titles and texts in a review comment: on one line, shortened, and plain text whatever they hold
 * (src/escaping/markdown.ts).
 */
const maxLength = 200;

/** Plain text on one line: Markdown punctuation escaped, mentions defused, long text shortened. */
export function inlineText(text: string): string {
  return escapeMarkdown(oneLine(text, maxLength));
}

/** Quoted text: “…”. */
export function quoted(text: string): string {
  return `“${inlineText(text)}”`;
}
