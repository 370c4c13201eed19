/**
 * The form a story id takes in the search index, and a query is put in to look it up: case-folded,
 * without the separators people skip when they type an id (`par12`, `PAR 12`, `par-12`).
 */
export function idSearchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s._-]+/g, '');
}

/** Whether a query is shaped like a story id (letters, at most one separator, digits), so it is looked up as one first. */
export function looksLikeAnId(query: string): boolean {
  return /^\p{L}+[\s._-]?\d+$/u.test(query.normalize('NFKC').trim());
}
