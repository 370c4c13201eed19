import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system Chromium, or undefined (CI sets BACKLOG_DOCS_REQUIRE_CHROMIUM so a missing one fails there). */
export function findChromium(): string | undefined {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found && process.env.BACKLOG_DOCS_REQUIRE_CHROMIUM) throw new Error('Chromium is required here but none was found');
  if (!found) console.warn('\n*** No Chromium found: browser tests are SKIPPED. Install Debian\'s chromium to run them. ***\n');
  return found;
}

/** Headless, with the flags that work on these machines; Playwright gives each launch a fresh profile. */
export async function launchChromium(executablePath: string): Promise<Browser> {
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
