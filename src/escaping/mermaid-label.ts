/**
 * Text inside Mermaid sources. Titles are written by people and may hold anything; here they can
 * neither end a label, start a comment (`%%`) or a directive, split a gantt task (`:`, `;`, `#`)
 * nor inject markup. How long a label may be is the diagram's business (src/diagrams/mermaid-text.ts).
 */
const safe = /[\p{L}\p{N} .,'’()\-_/!?+*=@€$£]/u;

/** Every character outside a small safe set as a Mermaid entity code (`#35;`), which Mermaid draws as the character itself. */
export function escapeMermaidText(text: string): string {
  let out = '';
  for (const character of text) out += safe.test(character) ? character : entity(character);
  return out;
}

/**
 * An unquoted gantt task or section name: as `escapeMermaidText`, and its first character is always
 * an entity, so a title such as "click …", "section …" or "excludes …" cannot read as a keyword.
 */
export function escapeGanttName(text: string): string {
  const [first = ' ', ...rest] = text;
  return entity(first) + escapeMermaidText(rest.join(''));
}

/**
 * A quoted flowchart label. Without HTML labels Mermaid does not decode entity codes there, so
 * quotes, backticks and angle brackets (which end the label, start a Markdown string or a tag that
 * Mermaid's sanitiser would drop) become look-alikes, a zero-width space after `#`, `%` and `&`
 * keeps them from starting an entity or a comment, and a line break (which ends a statement)
 * becomes a space.
 */
export function escapeFlowchartLabel(text: string): string {
  return text.replace(/\s/g, ' ').replace(/"/g, '”').replace(/`/g, '‘').replace(/</g, '‹').replace(/>/g, '›').replace(/[#%&]/g, '$&\u200b');
}

function entity(character: string): string {
  return `#${character.codePointAt(0)};`;
}
