/**
 * A value inside a double-quoted attribute (`name="…"`), in HTML and in inline SVG: `"` cannot end
 * it, and `&`, `<` and `>` become character references as in text (./html.ts), so an attribute
 * value and a text never disagree on what a title looks like.
 */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
