/**
 * Addresses in a rendered body that name a file of the content folder: relative ones. Anything
 * with a scheme (`https:`, `mailto:`, our own markers), a site path (`/about/`) or a fragment or
 * query alone (`#notes`) is left to the browser.
 */
export function isRelativeAddress(address: string): boolean {
  return address !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(address);
}

/** The file path a relative address names, without query or fragment; a malformed %-escape is kept as written (and then names no file). */
export function filePathOfAddress(address: string): string {
  const path = address.replaceAll('&amp;', '&').replace(/[?#].*$/s, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
