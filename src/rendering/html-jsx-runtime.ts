/**
 * A JSX runtime that builds HTML text, for MDX bodies: the site needs their HTML once, at build
 * time, not components in a browser. Text is escaped; attribute values that are not text, numbers
 * or `true` (functions, objects) are dropped, since HTML cannot hold them.
 */
import { escapeAttribute } from '../escaping/attribute.ts';
import { escapeHtml } from '../escaping/html.ts';

export const Fragment = Symbol('Fragment');

/** HTML already built by this runtime, so it is not escaped again. */
interface Html {
  html: string;
}

type Child = Html | string | number | boolean | null | undefined | Child[];
type Component = (props: Record<string, unknown>) => Html;

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

// Typed as the compiler calls it: element names, Fragment or components, with their props.
export function jsx(type: unknown, props: unknown): Html {
  if (typeof type === 'function') return (type as Component)(props as Record<string, unknown>);
  const { children, ...attributes } = props as Record<string, unknown>;
  const inner = toHtml(children as Child);
  if (type === Fragment) return { html: inner };
  const text = Object.entries(attributes)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number' || value === true)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
  const name = String(type);
  return { html: voidElements.has(name) ? `<${name}${text}>` : `<${name}${text}>${inner}</${name}>` };
}

export const jsxs = jsx;

export function toHtml(node: Child): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (Array.isArray(node)) return node.map(toHtml).join('');
  if (typeof node === 'object') return node.html;
  return escapeHtml(String(node));
}
