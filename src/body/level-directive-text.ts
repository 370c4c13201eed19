import { levelTextLeftInPage } from '../problems/catalogue/bodies.ts';
import { closestMatch } from '../problems/did-you-mean.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';

/**
 * Text that reads like the opening of a `:::level` block. The parser decides where blocks are;
 * this only recognises the look of one in text that the parser did NOT take as a block (a
 * paragraph, code, HTML, rendered pages), which is where a leak would hide. Case, white space and
 * invisible characters are ignored, so `\u200b:::Internal` and `::: internal` are caught too.
 */

// Zero-width and other invisible format characters (soft hyphen, joiners, marks, BOM, fillers).
// Some combine with the character before them: each is matched on its own, which is the point.
/* eslint-disable no-misleading-character-class */
const formatCharacters =
  '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0';
const invisible = new RegExp(`[\\s${formatCharacters}]`, 'gu');
// What an author may not know is there: the characters above, and spaces other than the plain one.
const unexpected = new RegExp(`[\\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000${formatCharacters}]`, 'gu');
/* eslint-enable no-misleading-character-class */

/** Text with invisible characters and white space removed, lower-cased: what a reader "sees". */
function visibleCharacters(text: string): string {
  return text.replace(invisible, '').toLowerCase();
}

/** The level whose opening `text` contains (`:::` then a level name or a near miss, or `:level[`), if any. */
export function levelOpenerIn(text: string, levels: readonly string[]): string | undefined {
  if (!text.includes(':')) return undefined;
  const seen = visibleCharacters(text);
  // `:internal[a price]` reads like an inline restriction: it is one, as far as this is concerned.
  const inline = levels.find((name) => seen.includes(`:${name}[`));
  if (inline !== undefined) return inline;
  for (let at = seen.indexOf(':::'); at !== -1; at = seen.indexOf(':::', at + 1)) {
    const after = seen.slice(at).replace(/^:+/, '');
    // A near miss counts: a typo such as `:::interal` in code or text is still a block meant.
    const level =
      levels.find((name) => after.startsWith(name)) ??
      levels.find((name) => [-1, 0, 1].some((more) => closestMatch(after.slice(0, name.length + more), [name])));
    if (level !== undefined) return level;
  }
  return undefined;
}

/** Whether a line, once invisible characters are removed, is only a closing fence `:::`. */
export function isLevelCloser(line: string): boolean {
  // As a table row, a heading, a quote or in HTML: `| ::: |`, `# :::`, `<div>:::</div>`.
  return line.includes(':::') && /^:{3,}$/.test(visibleCharacters(line.replace(/<[^>]*>/g, '')).replace(/[#|>*+-]/g, ''));
}

/** The invisible characters in `text`, as code points (`U+200B`), for a hint. */
export function invisibleCharactersIn(text: string): string[] {
  return [...new Set(text.match(unexpected) ?? [])].map(
    (character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

// Code shows syntax on purpose; scripts and styles are not text a reader sees.
const notText = /<(pre|code|script|style|template)\b[\s\S]*?<\/\1\s*>/gi;
const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  nbsp: '\u00a0',
  zerowidthspace: '\u200b',
  shy: '\u00ad',
};

/**
 * The level whose opening a page's text holds, outside `<pre>`, `<code>`, scripts and styles: the
 * last guard before a site is written (SPEC §2). Entities are decoded and tags dropped, so the
 * text is what a reader (or the search index) gets.
 */
export function levelOpenerInHtml(html: string, levels: readonly string[]): { level: string; text: string } | undefined {
  if (!html.includes(':') && !html.includes('&')) return undefined;
  const text = decodeEntities(html.replace(notText, ' ').replace(/<[^>]*>/g, ''));
  for (const line of text.split('\n')) {
    const level = levelOpenerIn(line, levels);
    if (level !== undefined) return { level, text: line.trim().slice(0, 120) };
  }
  return undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal ?? hex) return String.fromCodePoint(Number.parseInt((decimal ?? hex)!, decimal ? 10 : 16) % 0x110000);
    return namedEntities[name!.toLowerCase()] ?? whole;
  });
}

/** The problem the guard reports: it should never fire, so it says what to do when it does. */
export function levelTextLeftInHtml(
  viewLevel: string,
  found: { level: string; text: string },
): ProblemText<typeof levelTextLeftInPage.code> {
  return describeProblem(levelTextLeftInPage, { viewLevel, ...found });
}
