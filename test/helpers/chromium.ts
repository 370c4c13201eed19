import { findChromium as findProductChromium, launchChromium } from '../../src/browser/chromium.ts';

export { launchChromium };

/**
 * The Chromium the product would use (src/browser/chromium.ts: BACKLOG_DOCS_CHROMIUM, else the
 * system's), with the rule for tests: without one, browser tests are skipped loudly, and where
 * BACKLOG_DOCS_REQUIRE_CHROMIUM is set (CI) a missing Chromium fails instead.
 */
export function findChromium(): string | undefined {
  const found = findProductChromium();
  if (!found && process.env.BACKLOG_DOCS_REQUIRE_CHROMIUM)
    throw new Error('Chromium is required here but none was found (install it, or set BACKLOG_DOCS_CHROMIUM to its path)');
  if (!found)
    console.warn(
      "\n*** No Chromium found: browser tests are SKIPPED. Install Debian's chromium, or set BACKLOG_DOCS_CHROMIUM to its path. ***\n",
    );
  return found;
}
