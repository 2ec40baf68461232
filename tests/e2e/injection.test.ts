import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { launch } from '../support/e2e/browser.ts';
import { buildSite } from '../support/e2e/build.ts';
import { serve } from '../support/e2e/server.ts';
import { seeContains } from '../support/e2e/see.ts';

/**
 * A plan whose text contains HTML, JSX, MDX expressions and ESM syntax must convert and render as
 * literal text everywhere, search excerpts included.
 */
const HOSTILE = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '{window.__xss=3}',
  "import { x } from 'y'",
  'export const z = 1',
  '<Component />',
  '{/* 注释 */}',
];

let browser: Browser;
let server: Server;
let base: string;
beforeAll(async () => {
  const { dist } = buildSite(['tests/fixtures/injection-plan.txt']);
  ({ server, url: base } = await serve(dist));
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function noInjection(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // JSON-LD (type application/ld+json) is data the site writes, never run.
  expect(await page.locator('main img, main script:not([type="application/ld+json"]), main component').count()).toBe(0);
}

describe('text that looks like code', () => {
  for (const path of ['/injection-plan/sectors/p2-1-2/', '/injection-plan/plan/']) {
    it(`renders as literal text on ${path}`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}${path}`);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const s of HOSTILE) expect(text, s).toContain(s);
      await noInjection(page);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('is escaped in search excerpts', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('软件攻关')}`);
    await seeContains(page.locator('main'), '<script>window.__xss=1</script>');
    await noInjection(page);
    await page.close();
  });
});
