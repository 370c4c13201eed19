/**
 * The lines every scaffold writes: a field, filled in or commented out, with its valid values in
 * an aligned comment, so a new file shows the whole format and stays valid as written.
 */
export function field(text: string, comment?: string): string {
  return comment ? `${text.padEnd(30)} # ${comment}` : text;
}

/** The ids a reference may take, as a comment: a few of them when there are many. */
export function oneOf(ids: readonly string[]): string {
  if (ids.length === 0) return 'none yet';
  return ids.length > 8 ? `${ids.slice(0, 8).join(' | ')} | …` : ids.join(' | ');
}

/** A reference field: set when a value was given, else commented out with an id that exists. */
export function referenceField(key: string, value: string | undefined, ids: readonly string[]): string {
  return value ? field(`${key}: ${value}`, oneOf(ids)) : field(`# ${key}: ${ids[0] ?? `<${key} id>`}`, oneOf(ids));
}

/** The visibility line: commented out, saying what unset means (fail closed: the project's default). */
export function visibilityField(levels: readonly string[], defaultVisibility: string): string {
  return field(`# visibility: ${defaultVisibility}`, `${levels.join(' | ')}; unset means ${defaultVisibility}`);
}

/** A title, name or other text written as a one-line YAML string that needs no further quoting. */
export function yamlText(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' ').trim());
}
