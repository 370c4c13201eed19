import { dirname, resolve } from 'node:path';
import { linkToNoEntry } from '../problems/catalogue/bodies.ts';
import type { ContentProblemCode } from '../problems/catalogue/index.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';
import { filePathOfAddress, isRelativeAddress } from './relative-address.ts';

/**
 * Relative links between content files (`[see](../stories/PAR-12.md)`). A body is rendered once
 * for all views, so such a link first becomes a marker naming its target (`stories/par-12`); each
 * view's projection then makes it a link to the item's page when the view shows the item, and
 * plain text when it does not (resolveContentLinks), so no site names a file path or a hidden id.
 */
export const linkMarker = 'backlog-link:';

/** A relative link that is not published, and why. */
export type RefusedLink = ProblemText<ContentProblemCode> & { href: string };

const anchor = /<a\b([^>]*?)\shref="([^"]*)"([^>]*)>/g;

/**
 * Marks the relative links of a rendered, sanitised body. `targets` maps the absolute path of every
 * entry file to its marker target (`stories/par-12`). A relative link to anything else (a missing
 * file, a file that is no entry) would be a broken link or publish a path: it is refused.
 */
export function markContentLinks(html: string, entryPath: string, targets: ReadonlyMap<string, string>): { html: string; refused: RefusedLink[] } {
  const refused: RefusedLink[] = [];
  const marked = html.replace(anchor, (whole, before: string, href: string, after: string) => {
    if (!isRelativeAddress(href)) return whole;
    const target = targets.get(resolve(dirname(entryPath), filePathOfAddress(href)));
    if (target === undefined) {
      refused.push({ href, ...describeProblem(linkToNoEntry, { href }) });
      return whole;
    }
    return `<a${before} href="${linkMarker}${target}"${after}>`;
  });
  return { html: marked, refused };
}

const markedLink = new RegExp(`<a\\b([^>]*?)\\shref="${linkMarker}([^"]*)"([^>]*)>([\\s\\S]*?)</a>`, 'g');

/** A view's links: to the page of each target it shows (`pageOf`), plain text for the others. */
export function resolveContentLinks(html: string, pageOf: (target: string) => string | undefined): string {
  if (!html.includes(linkMarker)) return html;
  return html.replace(markedLink, (_whole, before: string, target: string, after: string, text: string) => {
    const page = pageOf(target);
    return page === undefined ? text : `<a${before} href="${page}"${after}>${text}</a>`;
  });
}
