import { existsSync } from 'node:fs';

/**
 * The Chromium that pre-renders diagrams: BACKLOG_DOCS_CHROMIUM if set (`none` turns pre-rendering
 * off), else the usual system locations. Undefined when there is none.
 */
export function findChromiumForDiagrams(env = process.env): string | undefined {
  const chosen = env.BACKLOG_DOCS_CHROMIUM;
  if (chosen === 'none') return undefined;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find((path) => existsSync(path));
}
