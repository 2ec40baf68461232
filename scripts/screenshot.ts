/**
 * Screenshots of pages of the built site at desktop and phone width, for a person to look at.
 *   node scripts/screenshot.ts BASE_URL PATH… [--out DIR] [--dark] [--nojs]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/support/e2e/browser.ts';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : 'screenshots';
const [base, ...paths] = args.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
mkdirSync(out, { recursive: true });
const browser = await launch();
for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    colorScheme: flag('--dark') ? 'dark' : 'light',
    javaScriptEnabled: !flag('--nojs'),
  });
  const page = await context.newPage();
  for (const p of paths) {
    await page.goto(new URL(p, base).href, { waitUntil: 'networkidle' });
    const file = join(out, `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${name}${flag('--dark') ? '-dark' : ''}.png`);
    await page.screenshot({ path: file, fullPage: flag('--full') });
    process.stdout.write(`${file}\n`);
  }
  await context.close();
}
await browser.close();
