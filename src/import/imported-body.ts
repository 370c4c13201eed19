import type { MdastNode } from 'satteri';
import { parseBody } from '../body/body-syntax.ts';

/**
 * A body from the source made safe to publish as written here, so `check` passes on it:
 * - images of the source's `assets/` point at the copies in the content folder;
 * - other relative links and images, which name files of the source's repository and would be
 *   refused, keep their text only;
 * - colons that open or close a `:::` directive are broken (`::\:note`), so a note of the source
 *   can never restrict, or fail to restrict, a block here.
 * `notes` says what was changed, for the summary.
 */
export function importedBody(markdown: string, assets: ReadonlySet<string>): { markdown: string; notes: string[] } {
  const source = breakDirectiveColons(markdown.replace(/\r\n?/g, '\n').trim());
  const notes: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: MdastNode) => {
    const url = (node as { url?: string }).url;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (
      url !== undefined &&
      start !== undefined &&
      end !== undefined &&
      (node.type === 'image' || node.type === 'link' || node.type === 'definition')
    ) {
      const asset = assetOf(url, assets);
      const written = source.slice(start, end);
      if (asset !== undefined) {
        edits.push({ start, end, text: written.replace(url, `../${asset}`) });
      } else if (isRelative(url)) {
        notes.push(`a relative ${node.type === 'image' ? 'image' : 'link'} to "${url}" became text`);
        edits.push({ start, end, text: node.type === 'definition' ? '' : textOf(node, source) });
      }
      if (node.type !== 'definition') return;
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(parseBody(source, 'markdown'));
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { markdown: result, notes };
}

/** `::note`, `:::internal`, `:::` at the start of a line (in a quote or list item too) become text. */
export function breakDirectiveColons(markdown: string): string {
  return markdown.replace(/^([ \t>*+\-\d.]*)(:{2,})/gm, (_, before: string, colons: string) => `${before}${colons.slice(0, -1)}\\:`);
}

/** The copied asset an address names: Backlog.md writes `/assets/…`, `assets/…` or `../assets/…`. */
function assetOf(url: string, assets: ReadonlySet<string>): string | undefined {
  const path = /^(?:\/|(?:\.\.?\/)*)(?:backlog\/)?(assets\/[^?#]+)$/.exec(url)?.[1];
  if (path === undefined) return undefined;
  const decoded = safeDecode(path);
  return assets.has(decoded) ? decoded : undefined;
}

function isRelative(url: string): boolean {
  return url !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);
}

/** What a link shows, as written: the source of its children; an image's alt text. */
function textOf(node: MdastNode, source: string): string {
  if (node.type === 'image') return (node as { alt?: string }).alt ?? '';
  const children = (node as { children?: MdastNode[] }).children ?? [];
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  return first === undefined || last === undefined ? '' : source.slice(first, last);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
