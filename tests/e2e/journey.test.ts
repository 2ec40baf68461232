import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/e2e/use-browser.ts';
import { seeAttribute, seeContains, seeCount, seeHidden, seeText, seeTexts, seeVisible } from '../support/e2e/see.ts';

const base = inject('baseUrl');
const browser = useBrowser();

async function noHorizontalScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(width);
}

/** Follows a link in the main navigation, opening the phone menu first when it is closed. */
async function nav(page: Page, label: string) {
  const summary = page.locator('.menu summary');
  if (await summary.isVisible()) {
    await summary.click();
    await expect.poll(() => page.locator('.menu').getAttribute('open')).not.toBeNull();
  }
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: label, exact: true }).click();
}

for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
  describe(`reader journey on ${name} (${width}px)`, () => {
    it('goes home → a sector → a task → 原文 and sees what a reader needs', async () => {
      const context = await browser().newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
      });

      await page.goto(`${base}/`);
      await seeAttribute(page.locator('html'), 'lang', 'zh-CN');
      const header = page.locator('.doc-header');
      await seeContains(header, '辽宁省人民政府');
      await seeContains(header, '辽政发〔2015〕24号');
      await seeContains(header, '2015年7月27日');
      await seeText(page.locator('h1'), '辽宁省传统工业转型升级实施方案');
      await seeCount(page.locator('table.indicators tbody tr'), 8);
      await noHorizontalScroll(page);

      await page.getByRole('link', { name: /^行业/ }).first().click();
      await seeText(page.locator('h1'), '重点行业');
      await page.getByRole('link', { name: '智能机器人', exact: true }).click();
      await seeText(page.locator('h1'), '智能机器人');
      await seeContains(page.locator('.breadcrumbs'), '发展先进装备制造业');
      await seeContains(page.locator('main'), '沈阳新松机器人');
      await seeContains(page.getByRole('link', { name: /下一篇/ }), '船舶和海洋工程装备');
      await noHorizontalScroll(page);

      await nav(page, '任务');
      await seeText(page.locator('h1'), '重点任务与分工');
      await page.getByRole('link', { name: '增强自主创新能力', exact: true }).click();
      await seeText(page.locator('h1'), '增强自主创新能力');
      const duty = page.getByRole('region', { name: '责任分工' });
      await seeVisible(duty);
      // The departments are at the top of the page, on screen without scrolling.
      const box = await duty.boundingBox();
      expect(box!.y + box!.height).toBeLessThan(height);
      await seeTexts(duty.locator('.dept.lead'), ['省经济和信息化委', '省科技厅']);
      await seeTexts(duty.locator('.dept:not(.lead)'), ['省发展改革委', '省教育厅', '省人力资源社会保障厅']);
      await seeContains(duty, '等部门');
      await noHorizontalScroll(page);

      await nav(page, '原文');
      await seeContains(page.locator('h1'), '原文');
      await seeContains(page.locator('#p3-1 '), '增强自主创新能力');
      const refs = page.locator('.fulltext .ref');
      await seeHidden(refs.first());
      await page.getByLabel(/标出文本校正/).check();
      await seeVisible(refs.first());
      await noHorizontalScroll(page);

      expect(foreign).toEqual([]);
      await context.close();
    });
  });
}
