/**
 * Whether a reader typing a sector, a place or an enterprise lands first on the page that says what
 * the plan does about it: the sector, task or measure page (not an entity stub, an indicator line or
 * 原文). Against a built site (not a test: it reports a figure; tests/e2e/search-order.test.ts holds
 * the same set to it):
 *   node scripts/eval-first-result.ts [DIST] [--verbose]
 */
import { launch } from '../tests/support/e2e/browser.ts';
import { serve } from '../tests/support/e2e/server.ts';
import { env } from '../src/lib/build/env.ts';
import { FIRST_RESULT_QUERIES, firstResultOk } from '../tests/support/first-result-queries.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dist = args.find((a) => !a.startsWith('--')) ?? env.distDir();
const { server, url } = await serve(dist);
const browser = await launch();
const page = await browser.newPage();
let ok = 0;
const misses: string[] = [];
for (const [q, want] of FIRST_RESULT_QUERIES) {
  await page.goto(`${url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('body[data-search-done]', { timeout: 30_000 });
  const urls = await page.locator('#search-results > .hit h2 a').evaluateAll((as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  if (firstResultOk(urls[0], want)) ok++;
  else misses.push(`${q} → ${urls[0] ?? '(none)'} (want ${want})`);
  if (verbose) console.log(`${q}: ${urls.join(' ')}`);
}
console.log(`first result is the sector, task or measure page: ${ok}/${FIRST_RESULT_QUERIES.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
await browser.close();
server.close();
