import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { buildSite, TEST_LIBRARY } from '../support/e2e/build.ts';
import { serve } from '../support/e2e/server.ts';
import { useBrowser } from '../support/e2e/use-browser.ts';
import { bundledModel } from '../support/bundled-model.ts';

/**
 * Issue 20: every page on a phone without sideways pan, printed readable with its source, shared
 * with a preview that names the plan, and linked to its sentence in 原文.
 */
const base = inject('baseUrl');
const browser = useBrowser();
const PLAN = '/liaoning-2015-24';

/** Every page of a built site: the directories holding an index.html. */
function sitePages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f === 'index.html') out.push(`/${p.slice(dist.length + 1, -'index.html'.length)}`);
    }
  };
  walk(dist);
  return out.sort();
}

/** The pages wider than the screen at the given width (their scrollWidth). */
/**
 * The pages wider than the screen at each width: each page is loaded once and laid out at every
 * width in turn (a resize lays the page out again, as turning a phone does).
 */
async function panning(url: string, paths: string[], widths: number[]): Promise<string[]> {
  const ctx = await browser().newContext({ viewport: { width: widths[0], height: 800 } });
  const page = await ctx.newPage();
  const wide: string[] = [];
  for (const p of paths) {
    await page.goto(url + p);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > width) wide.push(`${p} at ${width} px (${w} px)`);
    }
  }
  await ctx.close();
  return wide;
}

describe('on a phone', () => {
  it('no page of the bundled site pans sideways at 390 px or at 320 px', async () => {
    const paths = sitePages('dist');
    expect(paths.length).toBeGreaterThan(100);
    expect(await panning(base, paths, [390, 320])).toEqual([]);
  }, 300_000);

  it('opens the header search\'s results within the screen at 390 px and 320 px', async () => {
    for (const width of [390, 320]) {
      const ctx = await browser().newContext({ viewport: { width, height: 800 } });
      const page = await ctx.newPage();
      for (const p of [`${PLAN}/plan/`, `${PLAN}/tasks/p3-1/`]) {
        await page.goto(base + p);
        await page.fill('#site-search', '智能制造');
        await page.waitForSelector('.search-panel .search-hits a');
        const box = await page.$eval('.search-panel', (e) => e.getBoundingClientRect().toJSON() as DOMRect);
        expect(box.left, `${p} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${p} at ${width} px`).toBeLessThanOrEqual(width);
      }
      await ctx.close();
    }
  });

  it('shows every value of an indicator row, labelled with its year, within the screen', async () => {
    const ctx = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    for (const path of [`${PLAN}/`, `${PLAN}/indicators/`, `${PLAN}/plan/`]) {
      await page.goto(base + path);
      const row = page.locator('table.indicators tbody tr').first();
      const cells = row.locator('td');
      expect(await cells.count()).toBe(3);
      for (let i = 0; i < 3; i++) {
        const box = (await cells.nth(i).boundingBox())!;
        expect(box.x + box.width, `${path} value ${i}`).toBeLessThanOrEqual(390);
        expect(await cells.nth(i).isVisible()).toBe(true);
      }
      const label = await cells.nth(2).evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label).toContain('2020年');
    }
    await ctx.close();
  });

  it('lists the department ↔ task relations with every label inside the screen', async () => {
    const ctx = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await page.goto(`${base}${PLAN}/departments/graph/`);
    const links = page.locator('.graph-list a');
    const model = bundledModel();
    const relations = model.departments.reduce((n, d) => n + 1 + d.leads.length + d.partners.length, 0);
    expect(await links.count()).toBe(relations);
    const outside = await links.evaluateAll((as) => as.filter((a) => a.getBoundingClientRect().right > 390).map((a) => a.textContent));
    expect(outside).toEqual([]);
    await ctx.close();
  });
});

describe('a library on a phone', () => {
  let server: Server;
  let url: string;
  let dist: string;
  beforeAll(async () => {
    ({ dist } = buildSite(TEST_LIBRARY, { compress: false }));
    ({ server, url } = await serve(dist));
  }, 240_000);
  afterAll(() => {
    server?.close();
  });

  it('has no page that pans sideways at 390 px or 320 px (the bundled plan is tested above)', async () => {
    const paths = sitePages(dist).filter((p) => !p.startsWith(`${PLAN}/`));
    expect(paths.length).toBeGreaterThan(40);
    expect(await panning(url, paths, [390, 320])).toEqual([]);
  }, 300_000);
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Text colour and the colour behind it for every element of main that holds text directly. */
const textColours = (page: Page) =>
  page.evaluate(() => {
    const out: { text: string; fg: string; bg: string }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!own || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      let bg = 'rgb(255, 255, 255)';
      for (let e: HTMLElement | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      out.push({ text: el.textContent!.trim().slice(0, 20), fg: getComputedStyle(el).color, bg });
    }
    return out;
  });

describe('on paper', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`prints a task page dark on white with its 文号 and address (${scheme} scheme)`, async () => {
      const ctx = await browser().newContext({ colorScheme: scheme });
      const page = await ctx.newPage();
      await page.goto(`${base}${PLAN}/tasks/p3-3/`);
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      const weak = (await textColours(page)).filter((t) => contrast(t.fg, t.bg) < 7 || t.bg !== 'rgb(255, 255, 255)');
      expect(weak).toEqual([]);
      const source = page.locator('.plan-source');
      expect(await source.isVisible()).toBe(true);
      const text = await source.innerText();
      expect(text).toContain('辽政发〔2015〕24号');
      expect(text).toContain(`${base}${PLAN}/tasks/p3-3/`);
      expect(text).toMatch(/打印日期：\d{4}年\d{1,2}月\d{1,2}日/);
      // The site's furniture is not printed; the citation is.
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.cite .citation').isVisible()).toBe(true);
      await ctx.close();
    });
  }
});

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"]`).getAttribute('content');

describe('shared links', () => {
  it('name the plan in og:title and lead og:description with what a reader wants', async () => {
    const page = await (await browser().newContext()).newPage();
    const plan = '辽宁省传统工业转型升级实施方案';
    await page.goto(`${base}${PLAN}/tasks/p3-3/`);
    expect(await meta(page, 'og:title')).toBe(`促进两化深度融合 · ${plan}`);
    expect(await meta(page, 'og:description')).toMatch(/^牵头：省经济和信息化委；配合：省科技厅、省通信管理局等。/);
    await page.goto(`${base}${PLAN}/departments/sheng-jing-ji-he-xin-xi-hua-wei/`);
    expect(await meta(page, 'og:title')).toBe(`省经济和信息化委 · ${plan}`);
    expect(await meta(page, 'og:description')).toMatch(/^省经济和信息化委在《辽宁省传统工业转型升级实施方案》中牵头 \d+ 项任务：增强自主创新能力、/);
    await page.goto(`${base}${PLAN}/sectors/p2-1-2/`);
    expect(await meta(page, 'og:title')).toBe(`智能机器人 · ${plan}`);
    expect(await meta(page, 'og:description')).toMatch(/^重点行业：依托/);
    await page.goto(`${base}${PLAN}/`);
    expect(await meta(page, 'og:title')).toBe(plan);
    await page.goto(`${base}${PLAN}/plan/`);
    expect(await meta(page, 'og:title')).toBe(`原文 · ${plan}`);
    await page.close();
  });
});

describe('from a page to its passage in 原文 and back', () => {
  for (const path of ['/tasks/p3-3/', '/sectors/p2-1-2/', '/measures/p4-2/']) {
    it(`lands on the heading of ${path}, its first sentence below it, and comes back`, async () => {
      const page = await (await browser().newContext({ viewport: { width: 390, height: 844 } })).newPage();
      await page.goto(`${base}${PLAN}${path}`);
      const first = await page.locator('main p[id]').first().innerText();
      const sentence = first.split(/[。；]/)[0];
      await page.getByRole('link', { name: '在原文中查看', exact: true }).click();
      await page.waitForURL(/\/plan\/#/);
      const id = path.split('/')[2];
      const target = await page.evaluate(() => {
        const t = document.querySelector(':target');
        return t ? { id: t.id, tag: t.tagName, passage: t.closest('.passage')?.textContent ?? '', top: t.getBoundingClientRect().top } : null;
      });
      // The heading, at the top of the screen but not cut off, with the passage holding the first sentence.
      expect(target?.id).toBe(id);
      expect(target?.tag).toMatch(/^H[2-5]$/);
      expect(target!.top).toBeGreaterThanOrEqual(0);
      expect(target!.top).toBeLessThan(100);
      expect(target?.passage).toContain(sentence);
      // Back: the heading of the page's section in 原文 links to the page.
      await page.locator(`[id="${id}"] a.to-page`).click();
      await page.waitForURL(`${base}${PLAN}${path}`);
      await page.close();
    });
  }
});

describe('citation, dates and heading numbers, without JavaScript', () => {
  it('offers a citation with plan, 文号, section and address, the plan dates and passed target years', async () => {
    const page = await (await browser().newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${base}${PLAN}/tasks/p3-4/`);
    await page.locator('details.cite summary').click();
    const citation = await page.locator('.cite .citation').innerText();
    expect(citation).toBe(`辽宁省人民政府《辽宁省传统工业转型升级实施方案》（辽政发〔2015〕24号，2015年7月27日印发），重点任务与分工 › （四）调整优化产业布局。${PLAN}/tasks/p3-4/`);
    const when = await page.locator('.plan-source').innerText();
    expect(when).toContain('2015年7月27日印发');
    // The bundled plan's last target year is 2020: every build from 2021 on says it has passed.
    expect(when).toContain('2020 年均已过');
    expect(when).not.toMatch(/有效|废止|失效/);
    // The extracted "(四)" shows in the plan's style in navigation, as printed in 原文.
    expect(await page.locator('.eyebrow').innerText()).toBe('重点任务 （四）');
    await page.goto(`${base}${PLAN}/plan/`);
    expect(await page.locator('.toc a[href="#p3-4"]').innerText()).toBe('（四）调整优化产业布局');
    expect(await page.locator('h3#p3-4').innerText()).toBe('(四) 调整优化产业布局。');
    await page.close();
  });
});

describe('404', () => {
  it('suggests the task meant by a mistyped address, and the main lists', async () => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${base}${PLAN}/tasks/p3-33/`);
    const first = page.locator('#suggestions a').first();
    await expect.poll(() => first.count()).toBe(1);
    expect(await first.getAttribute('href')).toBe(`${PLAN}/tasks/p3-3/`);
    expect(await first.innerText()).toBe('促进两化深度融合');
    expect(await page.getByRole('link', { name: '重点任务', exact: true }).getAttribute('href')).toBe(`${PLAN}/tasks/`);
    await page.close();
  });
});
