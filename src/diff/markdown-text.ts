/**
 * Safe Markdown for review comments. Titles and texts are written by people and may hold
 * anything; in a comment they must stay plain text: no emphasis, links, images, HTML, table
 * breaks or @mentions that notify someone.
 */
const markup = /[\\`*_{}[\]()<>&|~!#]/g;
const maxLength = 200;

/** Plain text on one line: Markdown punctuation escaped, mentions defused, long text shortened. */
export function inlineText(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  const characters = [...single];
  const short = characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('').trimEnd()}…` : single;
  // A zero-width space after "@" keeps "@name" from notifying a GitHub user.
  return short.replace(markup, '\\$&').replaceAll('@', '@\u200b');
}

/** Quoted text: “…”. */
export function quoted(text: string): string {
  return `“${inlineText(text)}”`;
}

/** A code span that no backtick inside can end. */
export function codeSpan(text: string): string {
  const single = text.replace(/\s+/g, ' ');
  const fence = '`'.repeat(longestBacktickRun(single) + 1);
  return fence.length > 1 ? `${fence} ${single} ${fence}` : `${fence}${single}${fence}`;
}

/** A fenced code block that no line inside can close. */
export function codeBlock(language: string, text: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
}
