/**
 * Browser behaviours that no unit test reaches (src/scripts, components, page markup): each test
 * here fails on a realistic bug that the rest of the suite let through.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/e2e/use-browser.ts';
import { seeContains, seeHidden, seeVisible } from '../support/e2e/see.ts';
import { targetGroups } from '../../src/lib/site/views/targets.ts';
import { BUNDLED_PLAN, bundledModel } from '../support/bundled-model.ts';
import type { PlanModel } from '../../src/lib/model/schema.ts';

const base = inject('baseUrl');
// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  model = bundledModel();
});
const P = `/${BUNDLED_PLAN}`;
const browser = useBrowser();

async function open(path: string, width = 1280) {
  const context = await browser().newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}${path}`);
  return { page, context, errors };
}

/** Pathnames of the results the results page lists (all pages of results). */
async function resultUrls(page: Page, q: string, filters = ''): Promise<string[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}${filters}`);
  await page.waitForSelector('body[data-search-done]');
  // Each click checks the next hits; the button's state is known once the page is not busy.
  while (await page.locator('#search-more').isVisible()) {
    await page.locator('#search-more').click();
    await page.waitForSelector('body:not([data-search-busy])');
  }
  return page.locator('#search-results .hit h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The Pagefind filters a built page carries, read from its HTML in dist/. */
function filtersOf(pathname: string): string[] {
  const html = readFileSync(`dist${decodeURIComponent(pathname)}${pathname.endsWith('/') ? 'index.html' : ''}`, 'utf8');
  return [...html.matchAll(/data-pagefind-filter="([^"]*)"/g)].map((m) => m[1]);
}

describe('search filters', () => {
  it('every filter value the search page offers finds pages, and every page found carries it', async () => {
    const { page, context } = await open('/search/');
    const offered = await page.locator('label.filter-value').evaluateAll((ls) => ls.map((l) => [(l as HTMLElement).dataset.key!, (l as HTMLElement).dataset.value!] as const));
    expect(new Set(offered.map(([k]) => k))).toEqual(new Set(['类别', '行业组', '牵头部门']));
    const problems: string[] = [];
    for (const [key, value] of offered) {
      // Pagefind's own API, filter only: the pages the index holds for this value.
      const found: { url: string; filters: Record<string, string[]> }[] = await page.evaluate(`(async () => {
        window.pf ??= import('/pagefind/pagefind.js').then(async (pf) => (await pf.options({ noWorker: true }), pf));
        const pf = await window.pf;
        const r = await pf.search(null, { filters: { ${JSON.stringify(key)}: ${JSON.stringify(value)} } });
        return Promise.all(r.results.map(async (x) => { const d = await x.data(); return { url: d.url, filters: d.filters }; }));
      })()`);
      if (found.length === 0) problems.push(`${key}=${value}: no page`);
      for (const f of found) {
        if (!f.filters[key]?.includes(value)) problems.push(`${key}=${value}: ${f.url} carries ${JSON.stringify(f.filters[key])}`);
        if (!filtersOf(new URL(f.url, base).pathname).includes(`${key}:${value}`)) problems.push(`${key}=${value}: ${f.url} has no such attribute`);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a query narrowed by 行业组 or 牵头部门 on the results page lists only pages that carry it', async () => {
    const { page, context } = await open('/search/');
    const group = model.sectorGroups[0].title;
    const robots = await resultUrls(page, '机器人', `&${encodeURIComponent('行业组')}=${encodeURIComponent(group)}`);
    expect(robots.length).toBeGreaterThan(0);
    for (const u of robots) expect(filtersOf(u), u).toContain(`行业组:${group}`);
    const lead = model.departments.find((d) => d.leads.length > 1)!.name;
    const tasks = await resultUrls(page, '产业', `&${encodeURIComponent('牵头部门')}=${encodeURIComponent(lead)}`);
    expect(tasks.length).toBeGreaterThan(0);
    for (const u of tasks) expect(filtersOf(u), u).toContain(`牵头部门:${lead}`);
    await context.close();
  });
});

describe('header search box, keyboard only', () => {
  const active = (page: Page) => page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a?.id === 'site-search' ? 'input' : a?.closest('#site-search-panel') ? a.getAttribute('href') : a?.tagName ?? null;
  });
  // Every link of the panel in order: the answer card's (when the query gets one), then the results.
  const links = (page: Page) => page.locator('#site-search-panel a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  it('↓ enters the list, ↑ on the first result returns to the box, ↓ stops on the last, Esc closes', async () => {
    const { page, context, errors } = await open(`${P}/tasks/p3-3/`);
    await page.keyboard.press('/');
    await page.keyboard.type('机器人归哪个部门管');
    await seeVisible(page.locator('#site-search-panel .search-hits li.all a'));
    await seeVisible(page.locator('#site-search-panel [data-answer]'));
    const hrefs = await links(page);
    expect(hrefs.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await active(page)).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await active(page)).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    expect(await active(page)).toBe(hrefs[0]);
    // ↑ on the first result: back to the box, the panel still open, nothing thrown.
    await page.keyboard.press('ArrowUp');
    expect(await active(page)).toBe('input');
    expect(await page.locator('#site-search-panel').isVisible()).toBe(true);
    // ↓ past the last entry (全部结果) stays on it.
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < hrefs.length + 2; i++) await page.keyboard.press('ArrowDown');
    expect(await active(page)).toBe(hrefs.at(-1));
    expect(hrefs.at(-1)).toBe(`/search/?q=${encodeURIComponent('机器人归哪个部门管')}`);
    // Esc in the list closes the panel and gives the box back; Esc in the box closes it too.
    await page.keyboard.press('Escape');
    await seeHidden(page.locator('#site-search-panel'));
    expect(await active(page)).toBe('input');
    await page.keyboard.press('ArrowDown');
    await seeVisible(page.locator('#site-search-panel'));
    await page.keyboard.press('Escape');
    await seeHidden(page.locator('#site-search-panel'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Enter on the first result opens it; Enter on the last opens all results', async () => {
    const { page, context, errors } = await open(`${P}/`);
    await page.locator('#site-search').focus();
    await page.keyboard.type('轴承谁负责');
    await seeVisible(page.locator('#site-search-panel .search-hits li.all a'));
    await seeVisible(page.locator('#site-search-panel [data-answer]'));
    const hrefs = await links(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === new URL(hrefs[0]!, base).pathname);
    await page.locator('#site-search').focus();
    // A plain keyword that names no sector or department: results only, no card.
    await page.keyboard.type('央企');
    await seeVisible(page.locator('#site-search-panel .search-hits li.all a'));
    expect(await page.locator('#site-search-panel [data-answer]').count()).toBe(0);
    const n = (await links(page)).length;
    for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('body[data-search-done]');
    expect(await page.locator('#q').inputValue()).toBe('央企');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('department graph', () => {
  it('focusing a task highlights its own edges and neighbours, and dims the rest', async () => {
    const { page, context, errors } = await open(`${P}/departments/graph/`);
    const task = model.tasks.find((t) => t.leads.length + t.partners.length >= 3)!;
    const mine = new Set([...task.leads, ...task.partners]);
    await page.locator(`a.node[data-id="${task.id}"]`).focus();
    const state = await page.evaluate((id) => {
      const svg = document.querySelector('.graph svg')!;
      const edges = [...svg.querySelectorAll<SVGPathElement>('path.edge')].map((e) => ({ from: e.dataset.from!, to: e.dataset.to!, on: e.classList.contains('on'), opacity: Number(getComputedStyle(e).opacity) }));
      const nodes = [...svg.querySelectorAll<SVGAElement>('a.node')].filter((n) => n.classList.contains('on')).map((n) => n.dataset.id!);
      return { focusing: svg.classList.contains('focusing'), edges, nodes, id };
    }, task.id);
    expect(state.focusing).toBe(true);
    const own = state.edges.filter((e) => e.to === task.id);
    expect(new Set(own.map((e) => e.from))).toEqual(mine);
    expect(own.every((e) => e.on)).toBe(true);
    expect(state.edges.filter((e) => e.to !== task.id).some((e) => e.on)).toBe(false);
    expect(new Set(state.nodes)).toEqual(new Set([task.id, ...mine]));
    // Highlighted edges are drawn stronger than the others (not dimmed with them).
    await expect.poll(() => page.evaluate((id) => {
      const es = [...document.querySelectorAll<SVGPathElement>('.graph path.edge')];
      const o = (e: Element) => Number(getComputedStyle(e).opacity);
      return Math.min(...es.filter((e) => e.dataset.to === id).map(o)) > Math.max(...es.filter((e) => e.dataset.to !== id).map(o));
    }, task.id)).toBe(true);
    await page.locator(`a.node[data-id="${task.id}"]`).blur();
    expect(await page.locator('.graph svg.focusing').count()).toBe(0);
    expect(await page.locator('.graph path.edge.on').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('targets timeline', () => {
  it('lists the deadlines in year order, 年底 after the same year, then 每年, then those without one', async () => {
    const { page, context } = await open(`${P}/targets/`);
    const ids = await page.locator('ol.timeline > li > h2').evaluateAll((hs) => hs.map((h) => h.id));
    const dated = ids.filter((id) => /^y\d{4}/.test(id));
    const key = (id: string) => Number(id.slice(1, 5)) + (id.endsWith('-end') ? 0.5 : 0);
    expect(dated.length).toBeGreaterThan(1);
    for (let i = 1; i < dated.length; i++) expect(key(dated[i]), dated.join(' ')).toBeGreaterThan(key(dated[i - 1]));
    expect(ids.slice(dated.length)).toEqual(ids.filter((id) => id === 'annual' || id === 'none'));
    if (ids.includes('annual') && ids.includes('none')) expect(ids.indexOf('annual')).toBeLessThan(ids.indexOf('none'));
    // Every target of the model is listed once, under the group of its deadline.
    const listed = await page.locator('ol.timeline > li').evaluateAll((lis) => lis.map((li) => [li.querySelector('h2')!.id, li.querySelectorAll('.target-list > li').length] as const));
    expect(listed).toEqual(targetGroups(model).map((g) => [g.key, g.targets.length]));
    expect(listed.reduce((n, [, c]) => n + c, 0)).toBe(model.targets.length);
    await context.close();
  });
});

describe('landing on a search hit', () => {
  it('scrolls to and highlights a match deep inside a long paragraph on a phone', async () => {
    // 商务协同 occurs once in the plan, near the end of its longest paragraph (p3-3-b1, 542 characters).
    const { page, context } = await open('/search/', 390);
    const urls = await resultUrls(page, '商务协同', `&${encodeURIComponent('类别')}=${encodeURIComponent('原文')}`);
    expect(urls).toEqual([`${P}/plan/`]);
    const link = page.locator('#search-results .hit h2 a').first();
    expect(await link.getAttribute('href')).toMatch(/#p3-3-b1:~:text=/);
    await link.click();
    await page.waitForURL(/\/plan\//);
    const where = () => page.evaluate(() => {
      const p = document.getElementById('p3-3-b1')!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('商务协同');
        if (at === -1) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + 4);
        const box = r.getBoundingClientRect();
        const para = p.getBoundingClientRect();
        return { inView: box.top >= 0 && box.bottom <= innerHeight, paraTallerThanView: para.height > innerHeight, paraTopAbove: para.top < 0 };
      }
      return null;
    });
    // The paragraph is taller than the phone's screen, and the match itself is on screen.
    await expect.poll(where, { timeout: 10_000 }).toEqual({ inView: true, paraTallerThanView: true, paraTopAbove: true });
    await context.close();
  });
});

describe('traditional-character queries', () => {
  it('convert a phrase as a phrase: 計畫 finds the pages with 计划, not the char-by-char 计画', async () => {
    const { page, context } = await open('/search/');
    const urls = await resultUrls(page, '計畫');
    await seeContains(page.locator('#search-converted'), '“计划”');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls).toEqual(await resultUrls(page, '计划'));
    // As typed (exact=1), 计画 finds nothing; otherwise it is offered as the typo of 计划.
    expect(await resultUrls(page, '计画', '&exact=1')).toEqual([]);
    expect(await resultUrls(page, '计画')).toEqual(urls);
    await seeContains(page.locator('#search-rewrite'), '您是不是要找“计划”');
    await context.close();
  });
  it('in the header box too', async () => {
    const { page, context, errors } = await open(`${P}/`);
    await page.locator('#site-search').focus();
    await page.keyboard.type('計畫');
    await seeContains(page.locator('#site-search-panel .search-status'), '计划');
    expect(await page.locator('#site-search-panel .search-hits li:not(.all)').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
