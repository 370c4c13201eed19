import sanitizeHtml from 'sanitize-html';

/**
 * Content is trusted like code but published to outsiders (SPEC §2): scripts, event-handler
 * attributes, `javascript:` URLs and HTML comments never reach a page. Everything Markdown and the
 * syntax highlighter produce is kept.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img', 'picture', 'source', 'figure', 'figcaption', 'details', 'summary', 'input', 'del', 'ins', 'kbd', 'mark', 'sub', 'sup', 'video', 'audio', 'track',
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
    blockquote: ['cite'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster', 'srcset'],
  allowProtocolRelative: false,
  // Only task-list checkboxes are inputs in rendered Markdown; keep them inert.
  transformTags: {
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
  },
};

export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, options);
}
