import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The Chromium backlog-docs drives (diagrams at build time; the tests drive the same one):
 * BACKLOG_DOCS_CHROMIUM if set (`none` turns it off), else the usual system locations. Undefined
 * when there is none.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const chosen = env.BACKLOG_DOCS_CHROMIUM;
  if (chosen === 'none') return undefined;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find((path) =>
    existsSync(path),
  );
}

/**
 * Headless, with the flags that work on these machines (no sandbox in containers, no GPU, nothing
 * that calls home). Playwright gives each launch a fresh, temporary profile, so no run sees
 * another's cookies, cache or settings, and it removes that profile on close.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
