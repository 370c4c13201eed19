import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';

/**
 * What an SVG file would do once published. A site serves it from its own origin, where an SVG opened
 * at its URL is a document that runs scripts and fetches what it references, so anything active is
 * refused, never cleaned (a cleaner that misses one variant publishes it).
 *
 * The file is read the way a browser reads `image/svg+xml`: as namespaced XML, by a conforming XML
 * parser. An HTML parser would not do: it reads `<title><style><script>` as text where XML sees a
 * script element.
 */
export type SvgInspection =
  | { verdict: 'safe' }
  | { verdict: 'not svg' }
  | { verdict: 'not well-formed'; found: string }
  | { verdict: 'unsafe'; construct: string; found: string };

const svgNamespace = 'http://www.w3.org/2000/svg';
/** Namespaces whose elements a browser gives behaviour to inside an SVG document. */
const activeNamespaces = new Set(['http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML']);
const scriptElements = new Set(['script', 'handler']);
const animationElements = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);
const referenceAttributes = new Set(['href', 'src', 'ping']);

export function inspectSvg(bytes: Uint8Array): SvgInspection {
  const text = utf8TextOf(bytes);
  if (text === undefined) return { verdict: 'not svg' };

  const parser = new SaxesParser({ xmlns: true });
  const findings: { construct: string; found: string }[] = [];
  const flag = (construct: string, found: string) => findings.push({ construct, found: `line ${parser.line}: ${shortened(found)}` });
  let root: SaxesTagNS | undefined;
  const openStyles: string[] = [];

  parser.on('xmldecl', ({ version, encoding }) => {
    // Read otherwise than as UTF-8 XML 1.0, the file is not the one inspected here.
    if (version !== '1.0') flag(`XML version ${version}`, `<?xml version="${version}"?>`);
    if (encoding !== undefined && encoding.toLowerCase() !== 'utf-8')
      flag(`an encoding other than UTF-8 (${encoding})`, `encoding="${encoding}"`);
  });
  parser.on('doctype', (doctype) => flag('a DOCTYPE or ENTITY declaration', `<!DOCTYPE${doctype}>`));
  parser.on('processinginstruction', ({ target, body }) => flag('a processing instruction', `<?${target} ${body}?>`));
  parser.on('opentag', (tag) => {
    root ??= tag;
    for (const construct of elementConstructs(tag)) flag(construct, `<${tag.name}>`);
    for (const attribute of Object.values(tag.attributes)) {
      const construct = attributeConstruct(tag, attribute);
      if (construct !== undefined) flag(construct, `${attribute.name}="${attribute.value}"`);
    }
    if (tag.local.toLowerCase() === 'style') openStyles.push('');
  });
  const collectCss = (css: string) => {
    if (openStyles.length > 0) openStyles[openStyles.length - 1] += css;
  };
  parser.on('text', collectCss);
  parser.on('cdata', collectCss);
  parser.on('closetag', (tag) => {
    if (tag.local.toLowerCase() !== 'style') return;
    const css = openStyles.pop()!;
    const construct = cssConstruct(css);
    if (construct !== undefined) flag(construct, css.trim());
  });

  let error: string | undefined;
  try {
    parser.write(text).close();
  } catch (thrown) {
    error = (thrown as Error).message;
  }
  if (root === undefined || root.local !== 'svg' || root.uri !== svgNamespace) return { verdict: 'not svg' };
  if (findings.length > 0) return { verdict: 'unsafe', ...findings[0] };
  if (error !== undefined) return { verdict: 'not well-formed', found: error };
  return { verdict: 'safe' };
}

function elementConstructs(tag: SaxesTagNS): string[] {
  const name = tag.local.toLowerCase();
  const constructs: string[] = [];
  if (scriptElements.has(name)) constructs.push(`a script (<${tag.name}>)`);
  if (name === 'foreignobject') constructs.push('a foreignObject element');
  if (activeNamespaces.has(tag.uri)) constructs.push(`an HTML or MathML element (<${tag.name}>)`);
  const animated = Object.values(tag.attributes).find((attribute) => attribute.local === 'attributeName')?.value ?? '';
  if (animationElements.has(name) && /^(?:[^:]+:)?(?:href$|on)/i.test(animated.trim()))
    constructs.push(`an animation that sets ${animated.trim()}`);
  return constructs;
}

function attributeConstruct(tag: SaxesTagNS, attribute: SaxesAttributeNS): string | undefined {
  const name = attribute.local.toLowerCase();
  const value = attribute.value;
  if (name.startsWith('on')) return `an event attribute (${attribute.name})`;
  // The URL parser drops tabs and newlines, and the XML parser has already decoded entities.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  if (/(?:java|vb|live)script:/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) return `a javascript: URL (${attribute.name})`;
  if (referenceAttributes.has(name) && !value.startsWith('#')) {
    return tag.local.toLowerCase() === 'use'
      ? `a <use> of another file (${attribute.name})`
      : `a reference to something outside the file (${attribute.name})`;
  }
  if (attribute.name.toLowerCase() === 'xml:base') return 'an xml:base attribute';
  // Un-namespaced attributes are style and presentation attributes, which browsers read as CSS.
  return attribute.uri === '' ? cssConstruct(value) : undefined;
}

/** The first CSS construct that reaches outside the document, in a style attribute or element. */
function cssConstruct(css: string): string | undefined {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, ' ');
  // An escape can spell any of the names below (`u\72l(`): none is needed in an image.
  if (code.includes('\\')) return 'a CSS escape (\\)';
  if (/@import/i.test(code)) return 'a CSS @import';
  if (/url\(\s*(?!['"]?\s*#)/i.test(code)) return 'a CSS url() to outside the file';
  const loader = /(image-set|image|cross-fade|src|expression)\s*\(|-moz-binding|behavior\s*:/i.exec(code);
  if (loader) return `a CSS ${loader[1] ?? loader[0]}`;
  return undefined;
}

function utf8TextOf(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
