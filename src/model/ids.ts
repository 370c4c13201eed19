/**
 * An entry id as written in files and references: letters (any script, accents included), digits,
 * `.`, `_` and `-`, starting with a letter or digit. It becomes a URL segment, so no spaces or slashes.
 */
export const entryIdPattern = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u;

/**
 * The form ids are compared in: Unicode-normalised (NFKC, so "é" typed two ways or a ligature are
 * one id) and case-folded, because ids become case-insensitive URL segments.
 */
export function idKey(id: string): string {
  return id.normalize('NFKC').toLowerCase();
}
