import { escapeMarkdown } from '../escaping/markdown.ts';

/**
 * Titles and texts in a review comment: on one line, shortened, and plain text whatever they hold
 * (src/escaping/markdown.ts).
 */
const maxLength = 200;

/** Plain text on one line: Markdown punctuation escaped, mentions defused, long text shortened. */
export function inlineText(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  const characters = [...single];
  return escapeMarkdown(
    characters.length > maxLength
      ? `${characters
          .slice(0, maxLength - 1)
          .join('')
          .trimEnd()}…`
      : single,
  );
}

/** Quoted text: “…”. */
export function quoted(text: string): string {
  return `“${inlineText(text)}”`;
}
