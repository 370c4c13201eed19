import sanitizeHtml from 'sanitize-html';
import { attributesWithBodyIds } from './body-ids.ts';
import { allowedBodyStyles } from './body-styles.ts';

/**
 * Content is trusted like code but published to outsiders (SPEC §2): scripts, event-handler
 * attributes, `javascript:` URLs and HTML comments never reach a page. Everything Markdown and the
 * syntax highlighter produce is kept. A body also stays in its box: its styles cannot draw over the
 * page (./body-styles.ts) and its ids cannot shadow the page's (./body-ids.ts).
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img',
    'picture',
    'source',
    'figure',
    'figcaption',
    'details',
    'summary',
    'input',
    'del',
    'ins',
    'kbd',
    'mark',
    'sub',
    'sup',
    'video',
    'audio',
    'track',
  ],
  allowedAttributes: {
    '*': ['id', 'class', 'title', 'lang', 'dir', 'role', 'tabindex', 'aria-*', 'data-*', 'style', 'align'],
    a: ['href', 'name', 'target', 'rel'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    source: ['src', 'srcset', 'type', 'media', 'sizes'],
    video: ['src', 'controls', 'width', 'height', 'poster', 'muted', 'loop', 'playsinline'],
    audio: ['src', 'controls', 'loop', 'muted'],
    track: ['src', 'kind', 'srclang', 'label', 'default'],
    input: ['type', 'checked', 'disabled'],
    ol: ['start', 'reversed', 'type'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    details: ['open'],
    time: ['datetime'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // No `cite`: readers never see it, and a relative one could name a hidden file.
  allowedSchemesAppliedToAttributes: ['href', 'src', 'poster', 'srcset'],
  allowProtocolRelative: false,
  allowedStyles: { '*': allowedBodyStyles },
  transformTags: {
    '*': (tagName, attribs) => ({ tagName, attribs: boxedAttributes(attribs) }),
    // Only task-list checkboxes are inputs in rendered Markdown; keep them inert.
    input: (tagName, attribs) => ({ tagName, attribs: boxedAttributes({ ...attribs, disabled: '' }) }),
  },
};

/**
 * Ids prefixed; no `data-pagefind-*` attribute (they tell the site's search what to index and which
 * filters exist, which is the site's business); and no `mermaid` class, which would have the
 * browser draw a raw `<pre class="mermaid">` past the diagram checks (comments, configuration):
 * only the diagram step writes that class.
 */
function boxedAttributes(attributes: Record<string, string>): Record<string, string> {
  const kept = Object.entries(attributes).filter(([name]) => !name.toLowerCase().startsWith('data-pagefind'));
  return attributesWithBodyIds(
    Object.fromEntries(kept.map(([name, value]) => [name, name === 'class' ? withoutClass(value, 'mermaid') : value])),
  );
}

function withoutClass(classes: string, unwanted: string): string {
  return classes
    .split(/\s+/)
    .filter((name) => name !== '' && name.toLowerCase() !== unwanted)
    .join(' ');
}

export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, options);
}
