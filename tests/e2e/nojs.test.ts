import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../support/e2e/browser.ts';
import { seeContains, seeText, seeVisible } from '../support/e2e/see.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('without JavaScript', () => {
  it('reads and navigates every kind of page', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await seeText(page.locator('h1'), '辽宁省传统工业转型升级实施方案');
    // The phone menu is a <details>: it opens without any script.
    await page.locator('.menu summary').click();
    await seeVisible(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '任务' }));
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '任务' }).click();
    await page.getByRole('link', { name: '推进产业联盟建设', exact: true }).click();
    await seeContains(page.getByRole('region', { name: '责任分工' }), '省工商局');
    await page.getByRole('link', { name: /上一篇/ }).click();
    await seeText(page.locator('h1'), '强化质量品牌建设');
    await page.goto(`${base}/liaoning-2015-24/plan/`);
    await seeContains(page.locator('#p3-1-dept'), '省人力资源社会保障厅');
    // Corrections show on demand through a checkbox and CSS, not a script.
    await page.locator('#show-corrections').check();
    await seeVisible(page.locator('.fulltext .ref').first());
    await page.close();
  });

  it('explains on the search page that search needs JavaScript and links to the indexes', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/search/?q=机器人`);
    await seeContains(page.locator('main'), '全文搜索需要启用 JavaScript');
    await seeVisible(page.locator('main').getByRole('link', { name: '重点行业' }));
    await page.close();
  });
});
