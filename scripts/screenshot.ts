// Screenshots of built pages for a person to look at:
//   node scripts/screenshot.ts --site dist/client --base /client/ --out /tmp/shots [--dark] [--phone] [--element CSS] path ...
// --element photographs only the first element the selector finds (a section of a long phone page).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseScriptCommand } from '../src/cli/parse-script-args.ts';
import { findChromium, launchChromium } from '../src/browser/chromium.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

const { values, positionals } = parseScriptCommand(
  'node scripts/screenshot.ts --site DIR [--base /B/] [--out DIR] [--dark] [--phone] [--no-js] [--element CSS] [path ...]',
  {
    site: { type: 'string' },
    base: { type: 'string', default: '/' },
    out: { type: 'string', default: '/tmp/backlog-docs-shots' },
    dark: { type: 'boolean' },
    phone: { type: 'boolean' },
    'no-js': { type: 'boolean' },
    element: { type: 'string' },
  },
  { required: { site: { what: 'the built site to photograph', value: 'DIR' } } },
);
const chromiumPath = findChromium();
// Not a usage mistake: this machine has no browser to take the screenshots with.
if (!chromiumPath) throw new Error('no Chromium found (install chromium, or set BACKLOG_DOCS_CHROMIUM)');
const server = await serveStatic({ [values.base]: values.site! });
const browser = await launchChromium(chromiumPath);
const context = await browser.newContext({
  viewport: values.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  colorScheme: values.dark ? 'dark' : 'light',
  javaScriptEnabled: !values['no-js'],
});
mkdirSync(values.out, { recursive: true });
for (const path of positionals.length ? positionals : ['']) {
  const page = await context.newPage();
  await page.goto(`${server.url}${values.base}${path}`);
  const name = `${(path || 'index').replaceAll('/', '_')}${values.dark ? '-dark' : ''}${values.phone ? '-phone' : ''}.png`;
  if (values.element)
    await page
      .locator(values.element)
      .first()
      .screenshot({ path: join(values.out, name) });
  else await page.screenshot({ path: join(values.out, name), fullPage: true });
  console.log(join(values.out, name));
}
await browser.close();
await server.close();
