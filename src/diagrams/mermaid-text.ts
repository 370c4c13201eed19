/**
 * Safe text inside Mermaid sources. Titles are written by people and may hold anything; here
 * they can neither end a label, start a comment (`%%`), split a gantt task (`:`, `;`, `#`) nor
 * inject markup. Every character outside a small safe set becomes a Mermaid entity code
 * (`#35;`), which Mermaid draws as the character itself.
 */
const safe = /[\p{L}\p{N} .,'’()\-_/!?+*=@€$£]/u;
const maxLength = 70;

export function mermaidText(text: string): string {
  let out = '';
  for (const character of shorten(text)) out += safe.test(character) ? character : entity(character);
  return out;
}

/**
 * Text of a gantt task or section, which is unquoted: its first character is always an entity so
 * a title such as "click …", "section …" or "excludes …" cannot read as a gantt keyword.
 */
export function ganttText(text: string): string {
  const safeText = mermaidText(text);
  if (safeText.startsWith('#')) return safeText;
  const [first, ...rest] = [...safeText];
  return `${entity(first ?? ' ')}${rest.join('')}`;
}

/**
 * Text of a quoted flowchart label. Without HTML labels Mermaid does not decode entity codes
 * there, so quotes, backticks and angle brackets (which end the label, start a Markdown string
 * or a tag that Mermaid's sanitiser would drop) become look-alikes, and a zero-width space after
 * `#`, `%` and `&` keeps them from starting an entity or a comment.
 */
export function flowchartText(text: string): string {
  return shorten(text)
    .replace(/"/g, '”')
    .replace(/`/g, '‘')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[#%&]/g, '$&\u200b');
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return [...single].length > maxLength ? `${[...single].slice(0, maxLength - 1).join('').trimEnd()}…` : single;
}

function entity(character: string): string {
  return `#${character.codePointAt(0)};`;
}
