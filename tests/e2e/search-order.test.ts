/**
 * The results page in the order a reader expects (issue 28 §2): the sector, task or measure page
 * first, entity stubs grouped under 企业与城市 (N), one sentence shown once, snippets in plain words
 * with whole query words highlighted, filter counts kept while a category is ticked, and pinyin or
 * English names finding their pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../support/e2e/browser.ts';
import { seeContains } from '../support/e2e/see.ts';
import { FIRST_RESULT_QUERIES, firstResultOk } from '../support/first-result-queries.ts';

const base = inject('baseUrl');
const P = '/liaoning-2015-24';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

async function open(page: Page, q: string, extra = ''): Promise<void> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}${extra}`);
  await page.waitForSelector('body[data-search-done]');
}
const hitUrls = (page: Page) => page.locator('#search-results > .hit h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('first result', () => {
  it(`is the sector, task or measure page for ${FIRST_RESULT_QUERIES.length} sector, place and enterprise names`, async () => {
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const [q, want] of FIRST_RESULT_QUERIES) {
      await open(page, q);
      const first = (await hitUrls(page))[0];
      if (!firstResultOk(first, want)) wrong.push(`${q} → ${first} (want ${want})`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  it('钢铁: 冶金工业 first, above the project stub whose snippet was "…. 抚顺"; 机床: 高档数控机床 first', async () => {
    const page = await context.newPage();
    await open(page, '钢铁');
    const urls = await hitUrls(page);
    expect(urls[0]).toBe(`${P}/sectors/p2-2-2/`);
    expect(urls.filter((u) => u.includes('/entities/'))).toEqual([]);
    expect(await page.locator('#search-results').innerText()).not.toMatch(/\.\s*抚顺/);
    await open(page, '机床');
    expect((await hitUrls(page))[0]).toBe(`${P}/sectors/p2-1-1/`);
    await page.close();
  });

  it('大连: no entity stub on the first page; they unfold from one 企业与城市 (N) group', async () => {
    const page = await context.newPage();
    await open(page, '大连');
    const urls = await hitUrls(page);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.every((u) => /\/(sectors|tasks|measures)\//.test(u)), urls.join(' ')).toBe(true);
    const group = page.locator('#search-results > .hit-group');
    await expect.poll(() => group.count()).toBe(1);
    const summary = await group.locator('summary').innerText();
    const n = Number(/^企业与城市 \((\d+)\)$/.exec(summary)?.[1]);
    expect(n).toBeGreaterThan(10);
    // After the first three results.
    expect(await page.locator('#search-results > li').nth(3).getAttribute('class')).toBe('hit-group');
    await group.locator('summary').click();
    await page.waitForSelector('#search-results .hit-group details[data-loaded]');
    const names = await group.locator('.hit-group-list a').allInnerTexts();
    expect(names).toContain('大连');
    expect(names).toContain('大连机床');
    expect(await group.locator('summary').innerText()).toBe(`企业与城市 (${names.length})`);
    const hrefs = await group.locator('.hit-group-list a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(`${P}/entities/da-lian/`);
    await page.close();
  });
});

describe('what each result shows', () => {
  it('shows the indicator line once, on its best page, linking the others', async () => {
    const page = await context.newPage();
    await open(page, '钢铁');
    const line = '规模以上钢铁企业新产品销售收入占主营业务收入比重';
    const withLine = await page.locator('#search-results > .hit .excerpt').filter({ hasText: line }).count();
    expect(withLine).toBe(1);
    const hit = page.locator('#search-results > .hit').filter({ has: page.locator('.excerpt', { hasText: line }) });
    expect(await hit.locator('h2 a').evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(`${P}/indicators/`);
    const also = await hit.locator('.hit-also a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(also).toEqual(expect.arrayContaining([`${P}/plan/`]));
    await page.close();
  });

  it('writes snippets in plain words: no counts, no list markers; labels said once', async () => {
    const page = await context.newPage();
    for (const q of ['光伏', '钢铁', '新松', '大连']) {
      await open(page, q);
      const text = await page.locator('#search-results').innerText();
      expect(text, q).not.toMatch(/提及\s*\d+\s*次/);
      expect(text, q).not.toMatch(/产业：\d；/);
      expect(text, q).not.toContain('企业与城市 · 企业与城市');
    }
    await open(page, '光伏');
    await seeContains(page.locator('#search-results > .hit').filter({ has: page.locator(`h2 a[href^="${P}/sectors/p2-4/"]`) }).locator('.excerpt'), '数字视听产业；现代通信产业；太阳能光伏产业');
    await page.close();
  });

  it('highlights whole query words only', async () => {
    const page = await context.newPage();
    for (const q of ['光伏', '新松', '钢铁']) {
      await open(page, q);
      const marks = await page.locator('#search-results mark').allInnerTexts();
      expect(marks.length, q).toBeGreaterThan(0);
      expect([...new Set(marks)], q).toEqual([q]);
    }
    await page.close();
  });
});

describe('filters', () => {
  it('keep every category in sight with its count while one is ticked', async () => {
    const page = await context.newPage();
    await open(page, '大连');
    const counts = () => page.locator('label.filter-value[data-key="类别"]:not([hidden])').evaluateAll((ls) => ls.map((l) => `${(l as HTMLElement).dataset.value}${l.querySelector('.count')!.textContent}`));
    await expect.poll(counts).toContain('任务(1)');
    const before = await counts();
    expect(before).toEqual(expect.arrayContaining(['行业(18)', '名录(25)']));
    await page.locator('label.filter-value[data-value="任务"]').click();
    await page.waitForFunction(() => location.search.includes(encodeURIComponent('类别')));
    await page.waitForSelector('body[data-search-done]');
    await expect.poll(async () => (await hitUrls(page)).every((u) => u.includes('/tasks/'))).toBe(true);
    await expect.poll(counts).toEqual(before);
    expect(await page.locator('input[name="类别"][value="任务"]').isChecked()).toBe(true);
    await page.close();
  });
});

describe('names in pinyin and English', () => {
  const NAMES: [string, string, string][] = [
    ['Dalian', '大连', `${P}/sectors/`],
    ['Shenyang', '沈阳', `${P}/sectors/`],
    ['gangtie', '钢铁', `${P}/sectors/p2-2-2/`],
    ['machine tools', '数控机床', `${P}/sectors/p2-1-1/`],
  ];
  it('finds the page of a place, sector or department typed in pinyin or English, and says so', async () => {
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const [q, as, want] of NAMES) {
      await open(page, q);
      const note = await page.locator('#search-rewrite').innerText();
      const first = (await hitUrls(page))[0] ?? '';
      if (!note.includes(`已按“${as}”搜索`) || !first.startsWith(want)) wrong.push(`${q}: ${note} → ${first}`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });
});
