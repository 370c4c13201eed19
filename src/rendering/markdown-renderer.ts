import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';

/**
 * Astro's own Markdown processor (Sätteri), used directly so every body is rendered once per build
 * for all views, before any view is projected. Code is highlighted for light and dark themes;
 * `mermaid` blocks are left as code for the diagram step.
 */
export async function createMarkdownRenderer(): Promise<(markdown: string) => Promise<string>> {
  const processor = await createSatteriMarkdownProcessor({
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  });
  return async (markdown) => restorePlainImages((await processor.render(markdown, { frontmatter: {} })).code);
}

/**
 * Sätteri marks local images for Astro's image pipeline (`<img __ASTRO_IMAGE_="{json}">`); we
 * publish them ourselves (see local-images.ts), so they become plain `<img src alt>` again.
 */
function restorePlainImages(html: string): string {
  return html.replace(/<img __ASTRO_IMAGE_="([^"]*)">/g, (_whole, json: string) => {
    const image = JSON.parse(unescapeAttribute(json)) as { src: string; alt?: string; title?: string };
    const attribute = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeAttribute(value)}"`);
    return `<img${attribute('src', image.src)}${attribute('alt', image.alt ?? '')}${attribute('title', image.title)}>`;
  });
}

function unescapeAttribute(value: string): string {
  return value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
