/**
 * Text inside an HTML element (`<p>…</p>`, `<pre>…</pre>`, an inline SVG's `<tspan>`): `&`, `<` and
 * `>` become character references, so the text can neither open a tag nor start a reference.
 * Quotes are left as they are: they mean nothing in text. For attribute values see ./attribute.ts.
 */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The text that escaped HTML stands for, as the Markdown renderer writes it (`&lt;`, `&gt;`,
 * `&quot;`, `&#39;`, `&amp;`); `&amp;` last, so `&amp;lt;` reads as `&lt;`, not `<`.
 */
export function unescapeHtml(html: string): string {
  return html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}
