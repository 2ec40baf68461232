import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { TEST_LIBRARY_PLANS, useFixtureSite } from '../support/e2e/fixture-site.ts';

/**
 * The test library (TEST_LIBRARY), built apart from the main site: its own generated directory
 * and dist, through useFixtureSite.
 */
const PLANS = {
  bundled: { id: 'liaoning-2015-24', label: '辽宁省传统工业转型升级实施方案（辽政发〔2015〕24号）' },
  smart: { id: 'liaoning-2019-8', label: '辽宁省智能制造推进方案（辽政发〔2019〕8号）' },
  city: { id: 'qingchuan-2020-3', label: '青川市数字经济提速行动方案（青政发〔2020〕3号）' },
};

const site = useFixtureSite(TEST_LIBRARY_PLANS);
let browser: Browser;
let base: string;
let dist: string;
beforeAll(() => {
  browser = site.browser();
  base = site.base();
  dist = site.dist();
});

const context = (js: boolean): Promise<BrowserContext> => browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
const cardTitles = (ctx: BrowserContext, path: string) =>
  ctx.newPage().then(async (p) => {
    await p.goto(base + path);
    const titles = await p.locator('.plan-card h3').allInnerTexts();
    await p.close();
    return titles;
  });

describe('library home without JavaScript', () => {
  it('lists every plan as a card, newest first, with a summary of the library', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('h1').innerText()).toBe('政策文库');
    expect(await page.locator('.plan-card h3').allInnerTexts()).toEqual(['青川市数字经济提速行动方案', '辽宁省智能制造推进方案', '辽宁省传统工业转型升级实施方案']);
    const summary = await page.locator('.library-summary').innerText();
    expect(summary).toContain('3 份文件');
    expect(summary).toContain('2015—2020 年');
    const card = await page.locator('.plan-card').nth(1).innerText();
    for (const s of ['辽宁省人民政府', '辽政发〔2019〕8号', '2019年4月10日', '方案', '3项任务', '6个部门']) expect(card.replace(/\s+/g, '')).toContain(s.replace(/\s+/g, ''));
    await ctx.close();
  });

  it('narrows by issuer, year and kind through plain links', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await page.locator('.facet a', { hasText: '辽宁省人民政府' }).click();
    await page.waitForURL(/\/plans\/issuer\//);
    expect(await page.locator('.plan-card h3').allInnerTexts()).toEqual(['辽宁省智能制造推进方案', '辽宁省传统工业转型升级实施方案']);
    expect(await page.locator('.facet a[aria-current="page"]').innerText()).toContain('辽宁省人民政府');
    await page.locator('.facet a', { hasText: '2020' }).click();
    await page.waitForURL(/\/plans\/year\/2020\//);
    expect(await page.locator('.plan-card h3').allInnerTexts()).toEqual(['青川市数字经济提速行动方案']);
    expect(await cardTitles(ctx, '/plans/kind/shi-shi-fang-an/')).toEqual(['辽宁省传统工业转型升级实施方案']);
    await ctx.close();
  });
});

describe('plan identity', () => {
  it('names the plan in the breadcrumb of its pages', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    for (const [path, title] of [['/liaoning-2019-8/tasks/p3-1/', '辽宁省智能制造推进方案'], ['/liaoning-2015-24/departments/', '辽宁省传统工业转型升级实施方案'], ['/qingchuan-2020-3/plan/', '青川市数字经济提速行动方案']]) {
      await page.goto(base + path);
      const crumbs = await page.locator('.breadcrumbs li').allInnerTexts();
      expect(crumbs.slice(0, 2), path).toEqual(['文库', title]);
    }
    await ctx.close();
  });
});

describe('search across the library', () => {
  const results = async (path: string) => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    await page.goto(base + path);
    await page.waitForSelector('body[data-search-done]');
    const plans = await page.locator('#search-results > li .hit-plan').allInnerTexts();
    const count = await page.locator('#search-results > li').count();
    return { ctx, page, plans, count };
  };

  it('answers a question from the plan that prints the whole topic, and names in one line the plans that hold only part of its words', async () => {
    const { ctx, page } = await results(`/search/?q=${encodeURIComponent('光伏产业由哪个部门牵头')}`);
    const card = page.locator('#search-answer [data-answer]');
    await card.waitFor();
    const text = await card.innerText();
    // The bundled plan prints 光伏产业 (its sector 太阳能光伏产业): its answer is the card's body.
    expect(text).toContain(`《${PLANS.bundled.label.split("（")[0]}》`);
    expect(text).toContain('同一行业组的任务由下列部门牵头');
    // 青川 prints 产业 but never 光伏: no answer of its own for "产业", one line that says so.
    expect(text).not.toContain('未直接为“产业”指定牵头部门');
    expect(text).toMatch(new RegExp(`没有把“光伏产业”连在一起写的文件：[^。]*《${PLANS.city.label.split("（")[0]}》（只写到“产业”）`));
    await ctx.close();
  });

  it('shows the plan of every result, plan by plan, the next plans on request', async () => {
    const { ctx, page, plans, count } = await results(`/search/?q=${encodeURIComponent('智能制造')}`);
    expect(count).toBeGreaterThan(3);
    expect(plans.length).toBe(count);
    const labels = Object.values(PLANS).map((l) => l.label);
    for (const p of plans) expect(labels).toContain(p);
    // The directory lists the three plans, newest first: their bundles are searched in that order
    // until the first page is full (青川 has fewer than ten results).
    const order = [PLANS.city.label, PLANS.smart.label, PLANS.bundled.label];
    expect(plans[0]).toBe(PLANS.city.label);
    expect(plans).toEqual([...plans].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(new Set(plans).size).toBeGreaterThan(1);
    const status = await page.locator('#search-status').innerText();
    if (!plans.includes(PLANS.bundled.label)) expect(status).toContain('另有 1 个文件可能含有这些词');
    while (await page.locator('#search-more').isVisible()) {
      await page.locator('#search-more').click();
      await page.waitForFunction(() => !document.body.dataset.searchBusy);
    }
    await page.waitForFunction(() => new Set([...document.querySelectorAll('#search-results > li .hit-plan')].map((e) => e.textContent)).size === 3);
    expect(await page.locator('#search-status').innerText()).not.toContain('另有');
    await ctx.close();
  });

  it('asks the directory which plans hold the words, and searches only their bundles, with one WebAssembly', async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search/?q=${encodeURIComponent('石化')}`);
    await page.waitForSelector('body[data-search-done]');
    const plans = await page.locator('#search-results > li .hit-plan').allInnerTexts();
    expect(new Set(plans)).toEqual(new Set([PLANS.bundled.label, PLANS.smart.label]));
    const index = fetched.filter((p) => p.startsWith('/pagefind/'));
    expect(index.some((p) => p.startsWith('/pagefind/directory/'))).toBe(true);
    for (const plan of [PLANS.bundled, PLANS.smart]) expect(index.some((p) => p.startsWith(`/pagefind/plans/${plan.id}/`))).toBe(true);
    // 青川 never prints 石化: its bundle, and the library-wide page list, are not fetched.
    expect(index.filter((p) => p.startsWith(`/pagefind/plans/${PLANS.city.id}/`))).toEqual([]);
    expect(index.filter((p) => /^\/pagefind\/[^/]+\.pf_meta$/.test(p))).toEqual([]);
    expect(index.filter((p) => p.endsWith('.pagefind'))).toHaveLength(1);
    await ctx.close();
  });

  it('filters by plan, with the count of each plan', async () => {
    const { ctx, page } = await results(`/search/?q=${encodeURIComponent('智能制造')}`);
    const smart = page.locator('label.filter-value[data-key="文件"]', { hasText: PLANS.smart.label });
    expect(await smart.locator('.count').innerText()).toMatch(/^\(\d+\)$/);
    const n = Number((await smart.locator('.count').innerText()).slice(1, -1));
    await smart.locator('input').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('文件') !== null);
    await page.waitForFunction((n) => document.querySelector('#search-status')?.textContent?.includes(`共有 ${n} 个结果`), n);
    const plans = await page.locator('#search-results > li .hit-plan').allInnerTexts();
    expect(new Set(plans)).toEqual(new Set([PLANS.smart.label]));
    await ctx.close();
  });

  it('searches the current plan from inside it, and widens to every plan in one click', async () => {
    // The header form is a plain GET form: without JavaScript it carries the plan as a hidden field.
    const nojs = await context(false);
    const p1 = await nojs.newPage();
    await p1.goto(`${base}/${PLANS.city.id}/`);
    await p1.locator('#site-search').fill('智能制造');
    await p1.locator('#site-search').press('Enter');
    await p1.waitForURL(/\/search\/\?/);
    const url = new URL(p1.url());
    expect(url.searchParams.get('文件')).toBe(PLANS.city.label);
    await nojs.close();

    const { ctx, page, plans } = await results(url.pathname + url.search);
    expect(plans.length).toBeGreaterThan(0);
    expect(new Set(plans)).toEqual(new Set([PLANS.city.label]));
    expect(await page.locator('#search-widen').isVisible()).toBe(true);
    await page.locator('#search-widen a').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('文件') === null);
    await page.waitForFunction(() => new Set([...document.querySelectorAll('#search-results .hit-plan')].map((e) => e.textContent)).size > 1);
    await ctx.close();
  });
});

describe('the header box inside a plan', () => {
  it('searches that plan’s own index and shows only its results', async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${base}/${PLANS.smart.id}/tasks/p3-2/`);
    await page.locator('#site-search').focus();
    await page.locator('#site-search').fill('智能制造');
    await page.waitForFunction(() => (document.querySelector('#site-search-panel .search-status')?.textContent ?? '').includes('“智能制造”的结果'));
    const plans = await page.locator('#site-search-panel .hit-plan').allInnerTexts();
    expect(plans.length).toBeGreaterThan(0);
    expect(new Set(plans)).toEqual(new Set([PLANS.smart.label]));
    const index = fetched.filter((p) => p.startsWith('/pagefind/'));
    expect(index.length).toBeGreaterThan(0);
    expect(index.every((p) => p.startsWith(`/pagefind/plans/${PLANS.smart.id}/`))).toBe(true);
    expect(await page.locator('#site-search-panel li.all a').getAttribute('href')).toContain(encodeURIComponent('文件'));
    await ctx.close();
  });
});

describe('departments across plans', () => {
  it('gathers a department’s tasks plan by plan', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/departments/sheng-ke-ji-ting/`);
    expect(await page.locator('h1').innerText()).toBe('省科技厅');
    expect(await page.locator('.duty-plans h3').allInnerTexts()).toEqual(['辽宁省智能制造推进方案', '辽宁省传统工业转型升级实施方案']);
    expect(await page.locator('.duty-plans > li').first().innerText()).toContain('配合：建设智能工厂');
    await page.locator('.duty-plans a', { hasText: '建设智能工厂' }).click();
    await page.waitForURL(/\/liaoning-2019-8\/tasks\/p3-1\//);
    await ctx.close();
  });

  it('shows a body and its successor as related, on two pages', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/departments/sheng-jing-ji-he-xin-xi-hua-wei/`);
    const related = page.locator('section[aria-labelledby="related"] a');
    expect(await related.allInnerTexts()).toEqual(['省工业和信息化厅']);
    await related.click();
    await page.waitForURL(/\/departments\/sheng-gong-ye-he-xin-xi-hua-ting\//);
    expect(await page.locator('.duty-plans h3').allInnerTexts()).toEqual(['辽宁省智能制造推进方案']);
    expect(await page.locator('section[aria-labelledby="related"] a').allInnerTexts()).toEqual(['省经济和信息化委']);
    await ctx.close();
  });

  it('gives a name the registry lacks its page and lists every department with its plans', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/departments/sheng-da-shu-ju-guan-li-ju/`);
    expect(await page.locator('.facts').innerText()).toContain('未核实');
    await page.goto(`${base}/departments/`);
    const item = await page.locator('main li', { hasText: '省大数据管理局' }).innerText();
    expect(item).toContain('名录未收录');
    expect(await page.locator('main li', { hasText: '省科技厅' }).innerText()).toContain('2 份文件');
    await ctx.close();
  });
});

describe('citations', () => {
  it('links a cited plan in the library and keeps a plan outside it as text', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/${PLANS.smart.id}/`);
    const link = page.locator('.citations a.citation-link');
    expect(await link.innerText()).toBe('《辽宁省传统工业转型升级实施方案》（辽政发〔2015〕24号）');
    expect(await page.locator('.citations .citation-text').allInnerTexts()).toEqual(['《中国制造 2025》（国发〔2015〕28号）']);
    await link.click();
    await page.waitForURL(new RegExp(`/${PLANS.bundled.id}/$`));
    expect(await page.locator('.citations a.cited-by-link').allInnerTexts()).toEqual(['辽宁省智能制造推进方案']);
    await ctx.close();
  });

  it('links the citation in the text of 原文, and leaves the one outside the library as text', async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/${PLANS.smart.id}/plan/`);
    const links = page.locator('main a.citation-link');
    expect(await links.allInnerTexts()).toEqual(['《辽宁省传统工业转型升级实施方案》（辽政发〔2015〕24号）', '辽政发〔2015〕24号']);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toBe(`/${PLANS.bundled.id}/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('《中国制造 2025》（国发〔2015〕28号）');
    expect(await page.locator('main a', { hasText: '国发〔2015〕28号' }).count()).toBe(0);
    await ctx.close();
  });

  it('publishes the library’s open data', () => {
    const csv = readFileSync(join(dist, 'data', 'plans.csv'), 'utf8');
    expect(csv.trim().split('\r\n').slice(1).map((l) => l.split(',')[0])).toEqual([PLANS.city.id, PLANS.smart.id, PLANS.bundled.id]);
  });
});

describe('library pages are valid and accessible', () => {
  const LIBRARY_PAGES = ['/', '/plans/issuer/liao-ning-sheng-ren-min-zheng-fu/', '/departments/', '/departments/sheng-jing-ji-he-xin-xi-hua-wei/', '/data/', `/${PLANS.smart.id}/`, `/${PLANS.smart.id}/departments/sheng-ke-ji-ting/`];

  it('pass html-validate with the reviewed .htmlvalidate.json', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const path of [...LIBRARY_PAGES, '/search/']) {
      const report = await validator.validateFile(join(dist, path, 'index.html'));
      for (const r of report.results) for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('have no serious or critical axe violations (every page light, the new templates dark)', async () => {
    const bad: string[] = [];
    const all = [...LIBRARY_PAGES, `/search/?q=${encodeURIComponent('智能制造')}`];
    for (const [scheme, paths] of [['light', all], ['dark', ['/', '/departments/sheng-jing-ji-he-xin-xi-hua-wei/']]] as const) {
      const ctx = await browser.newContext({ colorScheme: scheme });
      const page = await ctx.newPage();
      for (const path of paths) {
        await page.goto(base + path);
        if (path.startsWith('/search/')) await page.waitForSelector('body[data-search-done]');
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations) if (v.impact === 'serious' || v.impact === 'critical') bad.push(`${scheme} ${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
      await ctx.close();
    }
    expect(bad).toEqual([]);
  });
});
