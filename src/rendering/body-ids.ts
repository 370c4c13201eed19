/**
 * Ids and names written in a body live in their own namespace, as on code hosts: an `id` or `name`
 * equal to a page global (`window.backlogDocsMermaid`) or a page element would otherwise shadow it.
 * The prefix holds hyphens, so a prefixed id can never be read as a JavaScript identifier.
 */
const bodyIdPrefix = 'user-content-';

/** Attributes that hold space-separated ids of the same page. */
const idListAttributes = [
  'aria-describedby',
  'aria-labelledby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-flowto',
  'aria-errormessage',
  'aria-activedescendant',
];

/**
 * The attributes of one body element with its ids, names and same-page links moved into the body's
 * namespace, so heading anchors and footnotes keep working. Sätteri already prefixes footnote ids:
 * an id that has the prefix keeps it once.
 */
export function attributesWithBodyIds(attributes: Record<string, string>): Record<string, string> {
  const moved = { ...attributes };
  for (const name of ['id', 'name']) {
    if (moved[name]) moved[name] = inBody(moved[name]);
  }
  for (const name of idListAttributes) {
    if (moved[name]) moved[name] = moved[name].split(/\s+/).filter(Boolean).map(inBody).join(' ');
  }
  const fragment = moved.href?.trim();
  if (fragment?.startsWith('#') && fragment.length > 1) moved.href = `#${inBody(fragment.slice(1))}`;
  return moved;
}

function inBody(id: string): string {
  return id.startsWith(bodyIdPrefix) ? id : `${bodyIdPrefix}${id}`;
}
