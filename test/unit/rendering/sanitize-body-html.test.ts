import { describe, expect, test } from 'vitest';
import { sanitizeBodyHtml } from '../../../src/rendering/sanitize-body-html.ts';

describe('a body stays in its box', () => {
  test('a style that draws over the page is dropped', () => {
    expect(sanitizeBodyHtml('<div style="position: fixed; inset: 0; z-index: 9999; background: white">Sign in again</div>')).toBe(
      '<div>Sign in again</div>',
    );
  });

  test('harmless text styles are kept, and the rest of the same style dropped', () => {
    expect(
      sanitizeBodyHtml(
        '<span style="color: #c00; font-weight: bold; position: absolute; top: 0; font-style: italic; text-decoration: underline line-through">late</span>',
      ),
    ).toBe('<span style="color:#c00;font-weight:bold;font-style:italic;text-decoration:underline line-through">late</span>');
    expect(sanitizeBodyHtml('<mark style="background-color: rgb(255, 240, 0)">x</mark>')).toBe(
      '<mark style="background-color:rgb(255, 240, 0)">x</mark>',
    );
  });

  test.each([
    ['a URL', 'background-color: url(https://tracker.example/pixel)', '<span>x</span>'],
    ['a variable of the page', 'color: var(--bg)', '<span>x</span>'],
    ['an expression', 'color: expression(alert(1))', '<span>x</span>'],
    ['a second rule after a closing brace', 'color: red} body {display: none', '<span style="color:red">x</span>'],
    ['a property name in capitals', 'COLOR: red', '<span>x</span>'],
  ])('a style with %s keeps nothing but harmless declarations', (_case, style, sanitized) => {
    expect(sanitizeBodyHtml(`<span style="${style}">x</span>`)).toBe(sanitized);
  });

  test("Sätteri's table alignment is kept", () => {
    expect(sanitizeBodyHtml('<table><tr><th style="text-align: center">a</th><td style="text-align: right">1</td></tr></table>')).toBe(
      '<table><tr><th style="text-align:center">a</th><td style="text-align:right">1</td></tr></table>',
    );
  });

  test("Shiki's light and dark colour variables are kept, with its font styles", () => {
    // As Shiki writes them with `defaultColor: false` (github-light and github-dark themes).
    const highlighted =
      '<pre class="astro-code astro-code-themes github-light github-dark" style="--shiki-light:#24292e;--shiki-dark:#e1e4e8;--shiki-light-bg:#fff;--shiki-dark-bg:#24292e; overflow-x: auto;" tabindex="0" data-language="md"><code><span class="line">' +
      '<span style="--shiki-light:#24292E;--shiki-light-font-style:italic;--shiki-dark:#E1E4E8;--shiki-dark-font-style:italic">*a*</span>' +
      '<span style="--shiki-light:#D73A49;--shiki-light-font-weight:bold;--shiki-dark:#F97583;--shiki-dark-font-weight:bold">**b**</span></span></code></pre>';
    const sanitized = sanitizeBodyHtml(highlighted);
    expect(sanitized).toContain('style="--shiki-light:#24292e;--shiki-dark:#e1e4e8;--shiki-light-bg:#fff;--shiki-dark-bg:#24292e"');
    expect(sanitized).toContain(
      '<span style="--shiki-light:#24292E;--shiki-light-font-style:italic;--shiki-dark:#E1E4E8;--shiki-dark-font-style:italic">*a*</span>',
    );
    expect(sanitized).toContain(
      '<span style="--shiki-light:#D73A49;--shiki-light-font-weight:bold;--shiki-dark:#F97583;--shiki-dark-font-weight:bold">**b**</span>',
    );
  });

  test('a Shiki variable holding anything but a colour is dropped', () => {
    expect(sanitizeBodyHtml('<span style="--shiki-light: url(https://tracker.example/); --shiki-dark: #fff">x</span>')).toBe(
      '<span style="--shiki-dark:#fff">x</span>',
    );
  });

  test('ids and names from a body are prefixed, so they cannot shadow page globals or elements', () => {
    expect(sanitizeBodyHtml('<a id="backlogDocsMermaid" name="backlogDocsMermaid">x</a><p id="content">y</p>')).toBe(
      '<a id="user-content-backlogDocsMermaid" name="user-content-backlogDocsMermaid">x</a><p id="user-content-content">y</p>',
    );
  });

  test('same-page links follow the prefixed ids; other links are left alone', () => {
    expect(
      sanitizeBodyHtml(
        '<h2 id="hello-world">Hello</h2><p><a href="#hello-world">up</a> <a href="#">top</a> <a href="https://example.com/#hello-world">out</a></p>',
      ),
    ).toBe(
      '<h2 id="user-content-hello-world">Hello</h2><p><a href="#user-content-hello-world">up</a> <a href="#">top</a> <a href="https://example.com/#hello-world">out</a></p>',
    );
  });

  test("Sätteri's footnotes are not prefixed twice, and their label stays referenced", () => {
    const footnotes =
      '<p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>' +
      '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1">' +
      '<p>Note. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p></li></ol></section>';
    const sanitized = sanitizeBodyHtml(footnotes);
    expect(sanitized).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="user-content-footnote-label">1</a>',
    );
    expect(sanitized).toContain('<h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>');
    expect(sanitized).toContain('<li id="user-content-fn-1">');
    expect(sanitized).toContain('<a href="#user-content-fnref-1"');
    expect(sanitized).not.toContain('user-content-user-content-');
  });

  test('a raw <pre class="mermaid"> is not drawn by the browser, and a quote names no source', () => {
    expect(sanitizeBodyHtml('<pre class="mermaid big">graph TD\nA-->B</pre>')).toBe('<pre class="big">graph TD\nA--&gt;B</pre>');
    expect(sanitizeBodyHtml('<blockquote cite="../stories/secret/S-1.md">q</blockquote>')).toBe('<blockquote>q</blockquote>');
  });

  test('a body cannot tell the search what to index or which filters exist', () => {
    expect(sanitizeBodyHtml('<p data-pagefind-filter="status:done" data-pagefind-ignore="all" data-note="kept">x</p>')).toBe(
      '<p data-note="kept">x</p>',
    );
  });

  test('task-list checkboxes stay inert and get no unprefixed id', () => {
    expect(sanitizeBodyHtml('<input type="checkbox" id="done" checked>')).toBe(
      '<input type="checkbox" id="user-content-done" checked disabled />',
    );
  });
});
