import { linkMarker } from '../model/body-markers.ts';

const markedLink = new RegExp(`<a\\b([^>]*?)\\shref="${linkMarker}([^"]*)"([^>]*)>([\\s\\S]*?)</a>`, 'g');

/**
 * A view's links between items, as rendering marked them (src/rendering/content-links.ts): to the
 * page of each target the view shows (`pageOf`), plain text for the others.
 */
export function resolveContentLinks(html: string, pageOf: (target: string) => string | undefined): string {
  if (!html.includes(linkMarker)) return html;
  return html.replace(markedLink, (_whole, before: string, target: string, after: string, text: string) => {
    const page = pageOf(target);
    return page === undefined ? text : `<a${before} href="${page}"${after}>${text}</a>`;
  });
}
