import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBrowser } from '../support/e2e/use-browser.ts';
import { seeHidden, seeVisible } from '../support/e2e/see.ts';
import { bundledModel } from '../support/bundled-model.ts';
import type { PlanModel } from '../../src/lib/model/schema.ts';
import { findNode } from '../../src/lib/model/walk.ts';

/**
 * Issue 28 §3–4 on dist/: jumps to 原文 that land on their passage and come back, 原文's contents
 * panel, and the small things a reader saw (the graph and header on a phone, the search box's list,
 * controls without a script, the 404 of a word, paper).
 */
const base = inject('baseUrl');
const browser = useBrowser();
const PLAN = '/liaoning-2015-24';
let model: PlanModel;
beforeAll(() => {
  model = bundledModel();
});

const PHONE = { viewport: { width: 390, height: 844 } };
async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser().newContext(options)).newPage();
  await page.goto(base + path);
  return page;
}
const close = (page: Page) => page.context().close();

/** The ids of the paragraphs of a passage and whether each shows the passage's mark (a tinted background). */
const marks = (page: Page, id: string) =>
  page.evaluate((id) => {
    const passage = document.getElementById(id)!.closest('.passage')!;
    const tinted = (el: Element) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)';
    return { passage: tinted(passage), paragraphs: [...passage.querySelectorAll(':scope > p[id]')].map((p) => p.id) };
  }, id);

describe('在原文中查看 lands on the passage and 返回 comes back', () => {
  for (const js of [true, false]) {
    it(`marks every paragraph of a task's passage, its heading in view, and returns to the task (${js ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await open(`${PLAN}/tasks/p3-1/`, { ...PHONE, javaScriptEnabled: js });
      await page.getByRole('link', { name: '在原文中查看', exact: true }).click();
      await page.waitForURL(`${base}${PLAN}/plan/#p3-1`);
      const task = findNode(model.parts, 'p3-1')!;
      const own = task.blocks.filter((b) => b.type === 'paragraph' || b.type === 'departments').map((b) => b.id);
      expect(own.length).toBeGreaterThan(2);
      const marked = await marks(page, 'p3-1');
      expect(marked.passage).toBe(true);
      expect(marked.paragraphs).toEqual(own);
      // The next task's passage is not marked.
      expect((await marks(page, 'p3-2')).passage).toBe(false);
      const top = await page.locator('h3#p3-1').evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(60);
      const back = page.locator('#p3-1 ~ .back-link a');
      await seeVisible(back);
      expect(await back.innerText()).toBe('返回“（一）增强自主创新能力”');
      // No other passage offers a way back.
      expect(await page.locator('.back-link a').evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).length)).toBe(1);
      await back.click();
      await page.waitForURL(`${base}${PLAN}/tasks/p3-1/`);
      await close(page);
    });
  }

  it('with JavaScript, returns to whatever page sent the reader: a search, with its words', async () => {
    const from = `${base}/search/?q=${encodeURIComponent('央企')}`;
    const page = await (await browser().newContext(PHONE)).newPage();
    await page.goto(`${base}${PLAN}/plan/#p3-9-b1`, { referer: from });
    const back = page.locator('#p3-9-b1').locator('xpath=..').locator('.back-link a');
    await seeVisible(back);
    expect(await back.innerText()).toBe('返回上一页');
    expect(await back.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('央企')}`);
    // Only the paragraph a search result points at is marked, not its passage.
    expect((await marks(page, 'p3-9-b1')).passage).toBe(false);
    await close(page);
  });
});

describe('原文: contents and back to the top', () => {
  it('on a phone, a button opens the contents; choosing an entry closes it and lands there', async () => {
    const page = await open(`${PLAN}/plan/`, PHONE);
    const button = page.locator('.toc-panel > summary');
    const entry = page.locator('.toc-panel a[href="#p3-4"]');
    await seeVisible(button);
    expect(await entry.isVisible()).toBe(false);
    // The button stays on screen wherever the reader is.
    await page.mouse.wheel(0, 20000);
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await button.click();
    await seeVisible(entry);
    await entry.click();
    await page.waitForURL(/#p3-4$/);
    await seeHidden(entry);
    const top = await page.locator('#p3-4').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(60);
    await page.locator('.toc .to-top').click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    await close(page);
  });

  it('without JavaScript the contents is a <details> that opens', async () => {
    const page = await open(`${PLAN}/plan/`, { ...PHONE, javaScriptEnabled: false });
    const entry = page.locator('.toc-panel a[href="#p3-4"]');
    expect(await entry.isVisible()).toBe(false);
    await page.locator('.toc-panel > summary').click();
    await seeVisible(entry);
    await close(page);
  });

  it('on a wide screen, the contents stands beside the text and stays in view', async () => {
    const page = await open(`${PLAN}/plan/`, { viewport: { width: 1280, height: 800 } });
    const entry = page.locator('.toc-panel a[href="#p3-4"]');
    await seeVisible(entry);
    const toc = (await page.locator('nav.toc').boundingBox())!;
    const text = (await page.locator('article.fulltext').boundingBox())!;
    expect(toc.x + toc.width).toBeLessThanOrEqual(text.x);
    await page.mouse.wheel(0, 8000);
    await expect.poll(async () => (await page.locator('nav.toc').boundingBox())!.y).toBeLessThan(100);
    await close(page);
  });
});

describe('the department graph on a phone', () => {
  it('fits the screen and lists the tasks in the plan\'s order', async () => {
    const page = await open(`${PLAN}/departments/graph/`, PHONE);
    const fit = await page.locator('.graph-viewport').evaluate((v) => ({ scroll: v.scrollWidth, client: v.clientWidth, svg: v.querySelector('svg')!.getBoundingClientRect().width }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    expect(fit.svg).toBeLessThanOrEqual(fit.client);
    expect(fit.svg).toBeGreaterThan(fit.client - 10);
    const tasks = await page.locator('a.node.task').evaluateAll((as) =>
      as.map((a) => ({ id: (a as SVGAElement).dataset.id!, y: Number(a.querySelector('circle')!.getAttribute('cy')) })).sort((x, y) => x.y - y.y).map((x) => x.id),
    );
    expect(tasks).toEqual(model.tasks.map((t) => t.id));
    await close(page);
  });
});

describe('the header on a phone', () => {
  it('is at most 120 px tall with the line naming the plan under it, and the menu opens below it', async () => {
    const page = await (await browser().newContext(PHONE)).newPage();
    for (const path of ['/', `${PLAN}/`, `${PLAN}/tasks/p3-3/`, `${PLAN}/plan/`, '/search/']) {
      await page.goto(base + path);
      const h = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.site-header, .plan-source')].map((e) => e.getBoundingClientRect().bottom)));
      expect(h, path).toBeLessThanOrEqual(120);
    }
    await page.goto(`${base}${PLAN}/`);
    await page.locator('.menu > summary').click();
    const link = page.locator('.menu a', { hasText: '任务' });
    await seeVisible(link);
    await link.click();
    await page.waitForURL(`${base}${PLAN}/tasks/`);
    await close(page);
  });
});

describe('the search box\'s list', () => {
  it('closes when focus leaves the box, its button and its results', async () => {
    const page = await open(`${PLAN}/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('轴承');
    const panel = page.locator('#site-search-panel');
    await seeVisible(panel.locator('.search-hits a'));
    // Tab through the button and the results: the list stays while focus is inside.
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.closest('form.site-search') !== null)); i++) {
      expect(await panel.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.closest('form.site-search'))).toBeNull();
    await seeHidden(panel);
    // Back in the box, the list opens again; Shift+Tab out of it closes it.
    await page.locator('#site-search').focus();
    await seeVisible(panel);
    await page.keyboard.press('Shift+Tab');
    await seeHidden(panel);
    await close(page);
  });
});

describe('without JavaScript', () => {
  it('offers no control that needs a script: no 筛选结果, no 点击表头排序', async () => {
    for (const js of [false, true]) {
      const page = await open('/search/', { javaScriptEnabled: js });
      expect(await page.locator('#search-filters-fold > summary').isVisible(), `筛选结果, js ${js}`).toBe(js);
      await page.goto(`${base}${PLAN}/departments/`);
      expect(await page.locator('.dept-table .ui-hint').isVisible(), `hint, js ${js}`).toBe(js);
      await close(page);
    }
  });
});

describe('404 of a word', () => {
  it('offers the search for /guangfu as 光伏, read through the search vocabulary', async () => {
    const page = await open('/guangfu');
    const first = page.locator('#word-searches a').first();
    await seeVisible(first);
    expect(await first.innerText()).toBe('搜索“光伏”');
    expect(await first.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('光伏')}`);
    // The letters as typed come last.
    expect(await page.locator('#word-searches a').last().innerText()).toBe('搜索“guangfu”');
    await page.goto(`${base}/${encodeURIComponent('机器人')}`);
    await seeVisible(page.locator('#word-searches a'));
    expect(await page.locator('#word-searches a').allInnerTexts()).toEqual(['搜索“机器人”']);
    // A mistyped page address is not a word.
    await page.goto(`${base}${PLAN}/tasks/p3-33/`);
    await seeVisible(page.locator('#suggestions a'));
    expect(await page.locator('#word-searches').locator('xpath=..').isHidden()).toBe(true);
    await close(page);
  });
});

describe('on paper', () => {
  it('prints no UI hint, the full address of 在原文中查看, and table heads that repeat with their rows', async () => {
    const page = await open(`${PLAN}/departments/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.dept-table .ui-hint').isVisible()).toBe(false);
    const head = await page.locator('.dept-table thead').evaluate((t) => ({ display: getComputedStyle(t).display, after: getComputedStyle(t).breakAfter }));
    expect(head).toEqual({ display: 'table-header-group', after: 'avoid' });
    await page.goto(`${base}${PLAN}/tasks/p3-3/`);
    const printed = await page.locator('main a.source-link').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toBe(`"（${base}${PLAN}/plan/#p3-3）"`);
    await close(page);
  });
});
