import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/e2e/use-browser.ts';
import { seeContains, seeText } from '../support/e2e/see.ts';
import { BUNDLED_PLAN, bundledModel } from '../support/bundled-model.ts';
import type { PlanModel } from '../../src/lib/model/schema.ts';

const base = inject('baseUrl');
// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  model = bundledModel();
});
const plan = `/${BUNDLED_PLAN}`;
const browser = useBrowser();

const idFromHref = (href: string | null) => href?.split('/').filter(Boolean).pop() ?? '';

async function readMatrix(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector('table.matrix')!;
    const cols = [...table.querySelectorAll('thead th')].map((th) => th.querySelector('a')?.getAttribute('href') ?? th.textContent!.trim());
    return [...table.querySelectorAll('tbody tr')].map((tr) => ({
      task: tr.querySelector('th a')!.getAttribute('href'),
      cells: [...tr.querySelectorAll('td')].map((td, i) => ({ col: cols[i + 1], mark: td.querySelector('[aria-hidden]')?.textContent ?? td.textContent!.trim(), spoken: td.querySelector('.sr')?.textContent ?? '' })),
    }));
  });
}

describe('task × department matrix', () => {
  for (const js of [true, false]) {
    it(`equals the model: every assignment, no extra one, 等 where the list is open-ended (JavaScript ${js ? 'on' : 'off'})`, async () => {
      const context = await browser().newContext({ javaScriptEnabled: js, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${base}${plan}/departments/`);
      const rows = await readMatrix(page);
      expect(rows.map((r) => idFromHref(r.task))).toEqual(model.tasks.map((t) => t.id));
      for (const [i, t] of model.tasks.entries()) {
        const marks = rows[i].cells.filter((c) => c.col.includes('/departments/'));
        const lead = marks.filter((c) => c.mark === '●').map((c) => idFromHref(c.col));
        const partner = marks.filter((c) => c.mark === '○').map((c) => idFromHref(c.col));
        expect(lead.sort(), t.title).toEqual([...t.leads].sort());
        expect(partner.sort(), t.title).toEqual([...t.partners].sort());
        expect(marks.filter((c) => c.mark === '●').every((c) => c.spoken === '牵头')).toBe(true);
        const other = rows[i].cells.find((c) => c.col === '其他');
        expect(other?.mark ?? '', t.title).toBe(t.partnersOpenEnded ? '等' : '');
      }
      // The first column stays in view when the matrix scrolls sideways on a phone.
      const box = page.locator('.matrix-wrap');
      await box.evaluate((el) => { el.scrollLeft = 300; });
      const th = await page.locator('table.matrix tbody th').first().boundingBox();
      const wrap = await box.boundingBox();
      expect(Math.abs(th!.x - wrap!.x)).toBeLessThan(3);
      await context.close();
    });
  }

  it('the summary table counts what the matrix shows and sorts when a header is clicked', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${plan}/departments/`);
    const counts = await page.locator('table.dept-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('a')!.textContent, tr.querySelectorAll('td')[0].textContent, tr.querySelectorAll('td')[1].textContent]));
    for (const d of model.departments) expect(counts).toContainEqual([d.name, String(d.leads.length), String(d.partners.length)]);
    await page.getByRole('button', { name: '配合' }).click();
    const partners = await page.locator('table.dept-table tbody tr td:nth-of-type(2)').allTextContents();
    expect(partners.map(Number)).toEqual([...partners.map(Number)].sort((a, b) => b - a));
    await page.close();
  });
});

describe('department ↔ task graph', () => {
  let assignments: number;
  beforeAll(() => {
    assignments = model.tasks.reduce((n, t) => n + t.leads.length + t.partners.length, 0);
  });

  it('is a complete static SVG without JavaScript: one node per department and task, one edge per assignment', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${plan}/departments/graph/`);
    expect(await page.locator('#dept-graph a.node.department').count()).toBe(model.departments.length);
    expect(await page.locator('#dept-graph a.node.task').count()).toBe(model.tasks.length);
    expect(await page.locator('#dept-graph path.edge').count()).toBe(assignments);
    expect(await page.locator('#dept-graph path.edge.lead').count()).toBe(model.tasks.reduce((n, t) => n + t.leads.length, 0));
    // The lead-only toggle works with CSS alone.
    await page.locator('#lead-only').check();
    expect(await page.locator('#dept-graph path.edge.partner').first().isVisible()).toBe(false);
    expect(await page.locator('#dept-graph path.edge.lead').first().isVisible()).toBe(true);
    // The matrix is linked as the accessible alternative.
    expect(await page.locator('figure.graph figcaption a').getAttribute('href')).toBe(`${plan}/departments/#matrix`);
    await context.close();
  });

  it('keyboard: Tab moves through the nodes with a visible focus ring, focus highlights neighbours, Enter opens the page', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${plan}/departments/graph/`);
    await page.locator('#lead-only').focus();
    const visited: string[] = [];
    for (let i = 0; i < 40 && visited.length < model.departments.length + model.tasks.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.id ?? null);
      if (id) visited.push(id);
    }
    expect(new Set(visited).size).toBe(model.departments.length + model.tasks.length);
    await page.locator('#dept-graph a.node.department').first().focus();
    const focused = page.locator('#dept-graph a.node.department').first();
    const stroke = await focused.locator('circle').evaluate((c) => getComputedStyle(c).strokeWidth);
    expect(parseFloat(stroke)).toBeGreaterThanOrEqual(3);
    const id = await focused.getAttribute('data-id');
    const dimmed = await page.locator('#dept-graph a.node:not(.on)').count();
    const neighbours = (await focused.getAttribute('data-neighbors'))!.split(' ');
    expect(dimmed).toBe(model.departments.length + model.tasks.length - 1 - neighbours.length);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${plan}/departments/${id}/`);
    await seeText(page.locator('h1'), model.departments.find((d) => d.id === id)!.name);
    await page.close();
  });

  it('no other page loads the graph code', () => {
    const files = spawnSync('grep', ['-rl', '--include=*.html', 'focusing', 'dist'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect(files).toEqual([`dist/${model.id}/departments/graph/index.html`]);
  });

  it('two builds give an identical SVG', () => {
    const out = mkdtempSync(join(tmpdir(), 'build-'));
    // The pages alone (src/integrations/build-stages.ts): from content/generated as it is, no index or compression.
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { encoding: 'utf8', env: { ...process.env, POLICY_CONVERT: '0', POLICY_SEARCH_INDEX: '0', POLICY_COMPRESS: '0' } });
    expect(r.status, r.stderr).toBe(0);
    const svg = (file: string) => /<svg id="dept-graph"[\s\S]*?<\/svg>/.exec(readFileSync(file, 'utf8'))?.[0];
    const a = svg(`dist/${model.id}/departments/graph/index.html`);
    expect(a).toBeTruthy();
    expect(svg(join(out, model.id, 'departments/graph/index.html'))).toBe(a);
  }, 120_000);
});

describe('department pages', () => {
  it('every task page links its lead and partner departments to their pages', async () => {
    const page = await browser().newPage();
    for (const t of model.tasks) {
      await page.goto(`${base}${plan}/tasks/${t.id}/`);
      const hrefs = await page.locator('.duty a.dept').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([...t.leads, ...t.partners].map((d) => `${plan}/departments/${d}/`));
    }
    await page.close();
  });

  it('a department page quotes each task’s department line, links to the paragraph, and shows the office role', async () => {
    const host = model.departments.find((d) => d.hostsLeadingGroupOffice)!;
    const page = await browser().newPage();
    await page.goto(`${base}${plan}/departments/${host.id}/`);
    await seeText(page.locator('h1'), host.name);
    await seeContains(page.locator('main'), '领导小组办公室');
    await seeContains(page.locator('main'), '辽宁省经济和信息化委员会');
    const quotes = page.locator('#leads + ol .quote');
    expect(await quotes.count()).toBe(host.leads.length);
    const links = await quotes.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(host.leads.map((id) => `${plan}/plan/#${model.tasks.find((t) => t.id === id)!.departmentLine}`));
    await page.close();
  });

  it('department names in the text link to the department pages', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}${plan}/plan/`);
    const mention = page.locator('#notice-b3 a.dept-mention').first();
    expect(await mention.textContent()).toBe(model.departments.find((d) => d.hostsLeadingGroupOffice)!.name);
    const sector = model.sectorGroups.flatMap((g) => g.sectors).find((s) => s.title === '智能机器人')!;
    await page.goto(`${base}${plan}/sectors/${sector.id}/`);
    await seeContains(page.locator('.mentions'), '推进产业联盟建设');
    await seeContains(page.locator('.mentions'), '省经济和信息化委');
    await page.close();
  });
});
