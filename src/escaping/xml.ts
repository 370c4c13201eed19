/**
 * Text or an attribute value of a stand-alone XML document (the RSS feed, the sitemap): the five
 * characters XML predefines become its entities, so the text is safe in an element and inside
 * either kind of quotes. Inline SVG in a page is HTML, not XML: see ./html.ts and ./attribute.ts.
 */
export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}
