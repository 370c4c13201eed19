/**
 * The `style` declarations a body may keep: a few that change how text looks, never where anything
 * is drawn (a `position: fixed` overlay over the page) or what is fetched (`url()`). Values must
 * match whole: no function but numeric `rgb()`/`hsl()`, so no `url()`, `var()` or `expression()`.
 */
const colour = /^(?:#[0-9a-f]{3,8}|[a-z]+|(?:rgb|hsl)a?\([\d\s.,%/+-]+\))$/i;
const textAlign = /^(?:left|right|center|justify|start|end)$/i;
const fontWeight = /^(?:normal|bold|bolder|lighter|[1-9]00)$/i;
const fontStyle = /^(?:normal|italic|oblique)$/i;
const textDecoration = /^(?:none|(?:underline|overline|line-through)(?:\s+(?:underline|overline|line-through))*)$/i;

/** In sanitize-html's `allowedStyles` form: property, then the patterns its value may match. */
export const allowedBodyStyles: Record<string, RegExp[]> = {
  // Sätteri writes table column alignment this way.
  'text-align': [textAlign],
  color: [colour],
  'background-color': [colour],
  'font-weight': [fontWeight],
  'font-style': [fontStyle],
  'text-decoration': [textDecoration],
  // Shiki, with `defaultColor: false`, writes each theme's colours and font styles as variables,
  // which the site's CSS picks by the light or dark theme.
  ...Object.fromEntries(
    ['light', 'dark'].flatMap((theme) => [
      [`--shiki-${theme}`, [colour]],
      [`--shiki-${theme}-bg`, [colour]],
      [`--shiki-${theme}-font-style`, [fontStyle]],
      [`--shiki-${theme}-font-weight`, [fontWeight]],
      [`--shiki-${theme}-text-decoration`, [textDecoration]],
    ]),
  ),
};
