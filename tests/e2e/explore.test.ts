import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/e2e/use-browser.ts';
import { seeContains } from '../support/e2e/see.ts';
import { findBlock } from '../../src/lib/model/walk.ts';
import { records } from '../support/csv-reader.ts';
import { BUNDLED_PLAN, bundledModel } from '../support/bundled-model.ts';
import type { PlanModel, Table } from '../../src/lib/model/schema.ts';

const base = inject('baseUrl');
// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  model = bundledModel();
});
const plan = `/${BUNDLED_PLAN}`;
const browser = useBrowser();

async function open(path: string, opts: { js?: boolean; width?: number } = {}) {
  const context = await browser().newContext({ javaScriptEnabled: opts.js ?? false, viewport: { width: opts.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  return { page, context };
}

describe('indicators page', () => {
  let table: Table;
  beforeAll(() => {
    const block = findBlock(model.parts, model.indicators!);
    if (block?.type !== 'table') throw new Error('no table');
    table = block;
  });
  it('shows the table as printed and one static chart per indicator, each with a title and description', async () => {
    const { page, context } = await open(`${plan}/indicators/`);
    const printed = await page.locator('table.indicators tbody td').allInnerTexts();
    expect(printed.map((t) => t.trim())).toEqual(table.rows.flatMap((r) => r.cells.map((c) => c.printed.trim())));
    const charts = page.locator('figure.ind-chart');
    expect(await charts.count()).toBe(table.rows.length);
    for (let i = 0; i < table.rows.length; i++) {
      const svg = charts.nth(i).locator('svg');
      expect(await svg.getAttribute('role')).toBe('img');
      expect((await svg.locator('title').textContent())?.startsWith(table.rows[i].name)).toBe(true);
      expect((await svg.locator('desc').textContent())?.length).toBeGreaterThan(10);
    }
    // The charts ship no script: the page loads exactly the scripts every page loads (the header's).
    const scripts = async (p: typeof page) => (await p.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? e.textContent?.length))).length;
    const home = await open(`${plan}/`);
    expect(await scripts(page)).toBe(await scripts(home.page));
    await home.context.close();
    await context.close();
  });
  it('is honest about "—", ">10" and a baseline of another year', async () => {
    const { page, context } = await open(`${plan}/indicators/`);
    const missing = table.rows.findIndex((r) => r.cells[0].value === null);
    const bound = table.rows.findIndex((r) => r.cells.some((c) => c.comparator === '>'));
    const other = table.rows.findIndex((r) => r.cells.some((c) => c.year !== null));
    const chart = (i: number) => page.locator('figure.ind-chart').nth(i);
    // A missing baseline is not drawn as a point (and never at zero): only the targets have points.
    expect(await chart(missing).locator('g.point').count()).toBe(table.rows[missing].cells.filter((c) => c.value !== null).length);
    expect(await chart(missing).locator('g.missing').first().textContent()).toContain('无数据');
    expect(await chart(bound).locator('g.point.bound path').count()).toBeGreaterThan(0);
    expect(await chart(bound).locator('desc').textContent()).toContain('大于');
    const year = table.rows[other].cells.find((c) => c.year !== null)!.year!;
    expect(await chart(other).locator('.other-year').textContent()).toBe(`${year} 年数据`);
    await context.close();
  });
});

describe('targets page', () => {
  it('lists every target once, linked to its paragraph, grouped by deadline', async () => {
    const { page, context } = await open(`${plan}/targets/`);
    const ids = await page.locator('.target-list > li').evaluateAll((els) => els.map((e) => e.id.replace(/^target-/, '')));
    expect([...ids].sort()).toEqual(model.targets.map((t) => t.id).sort());
    for (const t of model.targets) {
      const href = await page.locator(`#target-${t.id} a`).first().getAttribute('href');
      expect(href).toBe(`${plan}/plan/#${t.paragraph}`);
      await seeContains(page.locator(`#target-${t.id} .target-phrase`), t.phrase);
    }
    const headings = (await page.locator('.timeline-group h2').allInnerTexts()).map((h) => h.replace(/\s*\d+ 项$/, ''));
    expect(headings).toContain('每年');
    expect(headings.indexOf('2015 年底')).toBeLessThan(headings.indexOf('2017 年'));
    await context.close();
  });
});

describe('entity pages', () => {
  it('an enterprise page lists every mention with its sentence and a link to the paragraph', async () => {
    const e = model.entities.find((x) => x.name === '沈阳新松机器人')!;
    const { page, context } = await open(`${plan}/entities/${e.id}/`, { width: 390 });
    const items = page.locator('.mention-list > li');
    expect(await items.count()).toBe(e.mentionCount);
    for (let i = 0; i < e.mentionCount; i++) {
      const name = await items.nth(i).locator('strong').innerText();
      expect([e.name, ...e.aliases]).toContain(name);
      const link = await items.nth(i).locator('a', { hasText: '原文段落' }).getAttribute('href');
      expect(e.blocks.map((b) => `${plan}/plan/#${b}`)).toContain(link);
    }
    // No horizontal scroll on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
  it('a city page lists the parks and projects the gazetteer places there', async () => {
    const city = model.entities.find((x) => x.name === '营口')!;
    const { page, context } = await open(`${plan}/entities/${city.id}/`);
    const located = model.entities.filter((x) => x.cities.includes(city.id));
    for (const x of located) expect(await page.locator(`a[href="${plan}/entities/${x.id}/"]`).count()).toBeGreaterThan(0);
    expect(located.some((x) => x.kind === 'park') && located.some((x) => x.kind === 'project')).toBe(true);
    await context.close();
  });
  it('sector and task pages link the entities they name', async () => {
    const { page, context } = await open(`${plan}/sectors/p2-1-2/`);
    const e = model.entities.find((x) => x.name === '沈阳新松机器人')!;
    expect(await page.locator(`a.entity-mention[href="${plan}/entities/${e.id}/"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('data downloads', () => {
  it('serves every file; each CSV has a BOM and reads back to the model', async () => {
    const get = async (name: string) => {
      const res = await fetch(`${base}${plan}/data/${name}`);
      expect(res.status).toBe(200);
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    };
    expect(JSON.parse(await get('plan.json')).id).toBe(model.id);
    expect(records(await get('targets.csv')).map((r) => r.phrase)).toEqual(model.targets.map((t) => t.phrase));
    expect(records(await get('entities.csv')).map((r) => r.name)).toEqual(model.entities.map((e) => e.name));
    const assignments = model.tasks.reduce((n, t) => n + t.leads.length + t.partners.length, 0);
    expect(records(await get('tasks-departments.csv'))).toHaveLength(assignments);
    expect(records(await get('indicators.csv')).filter((r) => r.printed.trim() === '—').every((r) => r.value === '')).toBe(true);
  });
  it('the home page links to the new pages', async () => {
    const { page, context } = await open(`${plan}/`);
    for (const p of ['indicators', 'targets', 'entities', 'data']) expect(await page.locator(`a[href="${plan}/${p}/"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});
