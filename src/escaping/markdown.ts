/**
 * Markdown that stays plain text (GitHub's flavour, for review comments). Titles and texts are
 * written by people and may hold anything; in a comment they must stay text: no emphasis, links,
 * images, HTML, table breaks or @mentions that notify someone.
 */
const markup = /[\\`*_{}[\]()<>&|~!#]/g;

/** Text inside a line: Markdown punctuation backslash-escaped, mentions defused, line breaks as spaces. */
export function escapeMarkdown(text: string): string {
  // A zero-width space after "@" keeps "@name" from notifying a GitHub user.
  return text.replace(/\s/g, ' ').replace(markup, '\\$&').replaceAll('@', '@\u200b');
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
