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
  return chromium.launch({ executablePath, headless: true, args: chromiumFlags });
}

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A Chromium that can be killed outright, whatever its pages are doing, and the browser it serves. */
export interface KillableChromium {
  browser: Browser;
  kill(): Promise<void>;
}

/**
 * Like `launchChromium`, in one process (no renderer, GPU or zygote processes of its own): about
 * 430 MiB rather than 1 GiB for a page of Mermaid. A page in a loop holds the one renderer
 * thread, and with it every other page and a graceful close: hence `kill`.
 */
export async function launchSingleProcessChromium(executablePath: string): Promise<KillableChromium> {
  const server = await chromium.launchServer({
    executablePath,
    headless: true,
    args: [...chromiumFlags, '--single-process', '--no-zygote'],
  });
  try {
    return { browser: await chromium.connect(server.wsEndpoint()), kill: () => server.kill() };
  } catch (error) {
    await server.kill();
    throw error;
  }
}
