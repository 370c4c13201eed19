import { dirname, resolve } from 'node:path';
import { linkMarker } from '../model/body-markers.ts';
import { linkToNoEntry } from '../problems/catalogue/bodies.ts';
import type { ContentProblemCode } from '../problems/catalogue/index.ts';
import { describeProblem, type ProblemText } from '../problems/problem-text.ts';
import { filePathOfAddress, isRelativeAddress } from './relative-address.ts';

/** A relative link that is not published, and why. */
export type RefusedLink = ProblemText<ContentProblemCode> & { href: string };

const anchor = /<a\b([^>]*?)\shref="([^"]*)"([^>]*)>/g;

/**
 * Marks the relative links between content files (`[see](../stories/PAR-12.md)`) of a rendered,
 * sanitised body, each as a marker naming its target; each view's projection makes it a link to the
 * item's page when the view shows the item, plain text when it does not. `targets` maps the absolute
 * path of every entry file to its marker target (`stories/par-12`). A relative link to anything else (a missing
 * file, a file that is no entry) would be a broken link or publish a path: it is refused.
 */
export function markContentLinks(
  html: string,
  entryPath: string,
  targets: Pick<ReadonlyMap<string, string>, 'get'>,
): { html: string; refused: RefusedLink[] } {
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
