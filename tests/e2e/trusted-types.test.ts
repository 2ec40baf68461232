import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seeContains, seeCount } from '../support/e2e/see.ts';
import { useBrowser } from '../support/e2e/use-browser.ts';

/**
 * Trusted Types (issue 13 §3): every page's CSP requires them, the only policy is the search
 * excerpt's, and search works under it without a single violation; an excerpt that is more than
 * escaped text with <mark> is refused.
 */
const base = inject('baseUrl');
const browser = useBrowser();

/** Records CSP and Trusted Types violations (the event fires for both) and console errors. */
async function watch(page: Page) {
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('__violation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violation(v: string): void }).__violation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { violations, errors };
}

describe('Trusted Types', () => {
  it('every page requires them and allows only the excerpt policy', async () => {
    const page = await browser().newPage();
    for (const path of ['/', '/search/', '/liaoning-2015-24/plan/', '/liaoning-2015-24/departments/graph/']) {
      await page.goto(`${base}${path}`);
      const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      expect(csp, path).toContain("require-trusted-types-for 'script'");
      expect(csp, path).toMatch(/trusted-types excerpt(;|$)/);
      // Enforced: a plain string no longer reaches an HTML sink.
      const refused = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch (e) {
          return e instanceof TypeError;
        }
      });
      expect(refused, path).toBe(true);
    }
    await page.close();
  });

  it('the search page and the header box show excerpts with <mark> under the policy, with no violation', async () => {
    const page = await browser().newPage();
    const { violations, errors } = await watch(page);
    await page.goto(`${base}/search/?q=${encodeURIComponent('轴承')}`);
    await seeContains(page.locator('#search-results'), '精密轴承');
    expect(await page.locator('#search-results .excerpt mark').count()).toBeGreaterThan(0);
    // Both users of the one policy on the same page: a policy name can be created only once.
    await page.locator('#site-search').fill('光伏');
    await seeContains(page.locator('#site-search-panel'), '光伏');
    expect(await page.locator('#site-search-panel .excerpt mark').count()).toBeGreaterThan(0);
    await page.goto(`${base}/liaoning-2015-24/`);
    await page.locator('#site-search').fill('机器人');
    await seeContains(page.locator('#site-search-panel'), '机器人');
    expect(await page.locator('#site-search-panel .excerpt mark').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a crafted excerpt with <img onerror>: reported, shown as text, nothing runs', async () => {
    const page = await browser().newPage();
    const { violations, errors } = await watch(page);
    const crafted = '轴承 <img src=x onerror="window.__xss=1"> <mark>轴承</mark>';
    // A tampered index: pagefind.js replaced by a stand-in whose one result carries the crafted excerpt.
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          const data = { url: '/liaoning-2015-24/sectors/p2-1-8/', content: '精密轴承', excerpt: ${JSON.stringify(crafted)},
            meta: { title: '精密轴承' }, filters: {}, anchors: [], locations: [0], sub_results: [] };
          export const options = async () => {};
          export const init = async () => {};
          export const preload = async () => {};
          export const filters = async () => ({});
          export const search = async () => ({ results: [{ id: '1', score: 1, data: async () => data }], unfilteredResultCount: 1, filters: {}, totalFilters: {} });
        `,
      }),
    );
    await page.goto(`${base}/search/?q=${encodeURIComponent('轴承')}`);
    await seeCount(page.locator('#search-results li.hit'), 1);
    const hit = page.locator('#search-results li.hit .excerpt');
    await seeContains(hit, '<img src=x onerror="window.__xss=1">');
    expect(await page.locator('#search-results img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors.some((e) => e.includes('[trusted-types] excerpt refused'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});
