/**
 * Documents in the forms real publishers print, built as a library: every paragraph reaches its
 * page, the reading report (识别说明) says what was kept as text and how each responsibility was
 * read, a traditional copy keeps its characters, and 原文 shows each envelope line where it is printed.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { listPages } from '../../src/lib/model/pages.ts';
import { pagePath } from '../../src/lib/model/routes.ts';
import { walkNodes } from '../../src/lib/model/walk.ts';
import { useFixtureSite } from '../support/e2e/fixture-site.ts';
import { fixtureText, patchPlan } from '../support/plans.ts';

// bad-table-cells: the minimal plan with one cell cut from the last row of its table of indicators.
const FILES = [
  'corpus/city-opinion-traditional',
  'corpus/county-notice-measures',
  'corpus/province-plan-pdf',
  { id: 'bad-table-cells', text: () => patchPlan(fixtureText('minimal-plan.txt'), { find: '\t8.5 (2018 年)\t30', replace: '\t30' }) },
];
const squash = (s: string) => s.replace(/\s+/g, '');

const site = useFixtureSite(FILES);
const open = site.open;

describe('documents of real forms as pages', () => {
  it('every paragraph and responsibility of every reading page appears on it', async () => {
    const missing: string[] = [];
    const page = await (await site.browser().newContext({ javaScriptEnabled: false })).newPage();
    for (const model of site.models().values()) {
      for (const p of listPages(model)) {
        await page.goto(site.base() + pagePath(model.id, p.kind, p.id));
        const main = squash((await page.locator('main').textContent()) ?? '');
        const node = [...walkNodes(model.parts)].find((n) => n.id === p.id)!;
        const own = p.kind === 'sector-group' || (p.kind === 'part' && node.kind === 'part' && node.role !== 'overview');
        for (const n of own ? [node] : [...walkNodes([node as never])]) {
          for (const b of n.blocks) if ((b.type === 'paragraph' || b.type === 'departments') && !main.includes(squash(b.text))) missing.push(`${model.id} ${p.id}: ${b.id}`);
        }
      }
    }
    await page.close();
    expect(missing).toEqual([]);
  }, 180_000);

  it('the reading report lists a line kept as text, with its reason and a link to where 原文 keeps it', async () => {
    const page = await open('/bad-table-cells/report/');
    await expect(page.locator('h1').innerText()).resolves.toBe('识别说明');
    const item = page.locator('#unread-line-35');
    await expect(item.locator('p').first().innerText()).resolves.toBe('第 35 行：表格各行与表头列数不符，逐行作为正文保留');
    const href = await item.locator('a', { hasText: '在原文中查看' }).getAttribute('href');
    await page.goto(site.base() + href!);
    const id = href!.split('#')[1];
    await expect(page.locator(`[id="${id}"]`).innerText().then(squash)).resolves.toContain(squash('类别'));
    await page.close();
  });

  it('the reading report tells how each responsibility was read, and the plan home links to it', async () => {
    const page = await open('/county-notice-measures/report/');
    const items = (await page.locator('#responsibilities ~ ol li').allInnerTexts()).map(squash);
    expect(items).toEqual([
      squash('一、稳定粮食生产：牵头：县农业农村局；配合：县财政局 括号注明 · 原文规定：排在第一位的为牵头单位'),
      squash('二、保障农资供应：牵头：县供销社；配合：县市场监管局 括号注明 · 原文规定：排在第一位的为牵头单位'),
      squash('三、做好防灾减灾（其中一段）：牵头：县水利局；配合：县气象局 句中写明 · 原文写明牵头与配合'),
      squash('三、做好防灾减灾（其中一段）：牵头：县水利局；配合：县财政局等 句中写明 · 原文写明牵头与配合'),
    ]);
    await page.goto(`${site.base()}/county-notice-measures/`);
    await expect(page.locator('a[href="/county-notice-measures/report/"]').count()).resolves.toBe(1);
    await page.close();
  });

  it('a traditional copy keeps its characters on its pages, its departments read and linked', async () => {
    const page = await open('/city-opinion-traditional/tasks/p2-2/');
    await expect(page.locator('h1').innerText()).resolves.toBe('培育物流市場主體');
    const duties = (await page.locator('.item-duties li').allInnerTexts()).map(squash);
    // Each item ends with its link to 原文 (在原文中查看).
    expect(duties[0]).toBe(squash('1. 引進龍頭企業 牵头：市商务局；配合：市财政局 在原文中查看'));
    // The department named in the printed parenthesis links to its page.
    await expect(page.locator('main a[href="/city-opinion-traditional/departments/shi-shang-wu-ju/"]', { hasText: '市商務局' }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('每个分项 links 在原文中查看 to its passage in 原文, which holds its first sentence, each link named by its item', async () => {
    // As the task-level link (phone-print.test.ts), one level down: every item of a task page, and
    // every item-level responsibility.
    const model = site.models().get('city-opinion-traditional')!;
    const task = [...walkNodes(model.parts)].find((n) => n.id === 'p2-2')!;
    const items = (task as unknown as { children: { id: string; heading: { title: string }; blocks: unknown[] }[] }).children;
    expect(items.length).toBeGreaterThan(1);
    const page = await open('/city-opinion-traditional/tasks/p2-2/');
    const names = await page.locator('main a.source-link').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    const itemLinks = names.filter((n) => n !== null);
    expect(new Set(itemLinks).size).toBe(itemLinks.length);
    for (const item of items) {
      const heading = page.locator(`main h2[id="${item.id}"]`);
      const link = page.locator(`main h2[id="${item.id}"] + p.item-source a`);
      await expect(link.getAttribute('aria-label')).resolves.toBe(`在原文中查看：${await heading.innerText()}`);
      // The item's first sentence: its first paragraph in the model (its department line is not one).
      const para = (item as unknown as { blocks: { type: string; text: string }[] }).blocks.find((b) => b.type === 'paragraph')!;
      const sentence = squash(para.text.split(/[。；]/)[0]);
      await expect(page.locator('main').innerText().then(squash)).resolves.toContain(sentence);
      const href = (await link.getAttribute('href'))!;
      const target = await (await site.browser().newContext({ javaScriptEnabled: false })).newPage();
      await target.goto(site.base() + href);
      expect(href.startsWith('/city-opinion-traditional/plan/#')).toBe(true);
      // The item's heading, its passage (heading and own text) holding the first sentence.
      const landed = await target.evaluate(() => {
        const t = document.querySelector(':target');
        return t ? { id: t.id, passage: t.closest('.passage')?.textContent ?? '' } : null;
      });
      expect(landed?.id, href).toBe(item.id);
      expect(squash(landed!.passage), href).toContain(sentence);
      await target.close();
    }
    // Item-level responsibilities: a link each, to 原文, named by the item it covers.
    const duties = page.locator('.item-duties li');
    const n = await duties.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const a = duties.nth(i).locator('a.source-link');
      await expect(a.getAttribute('href')).resolves.toMatch(/^\/city-opinion-traditional\/plan\/#/);
      await expect(a.getAttribute('aria-label')).resolves.toMatch(/^在原文中查看：\S.*（分项责任分工）$/);
    }
    await page.close();
  });

  it('原文 shows the notice\'s signature, date and 公开方式 where they are printed', async () => {
    const page = await open('/county-notice-measures/plan/');
    await expect(page.locator('.tail p').allInnerTexts()).resolves.toEqual(['江北县人民政府办公室', '2023年2月20日', '公开方式：主动公开']);
    // A 通知 that is its own document prints its title once.
    await expect(page.locator('h2#plan-title').count()).resolves.toBe(0);
    await expect(page.locator('#notice-title').innerText()).resolves.toBe('江北县人民政府办公室关于做好2023年春耕生产工作的通知');
    await page.close();
    const pdf = await open('/province-plan-pdf/plan/');
    await expect(pdf.locator('#notice p[id^="sign"]').allInnerTexts()).resolves.toEqual(['江临省人民政府', '2021年3月2日']);
    await expect(pdf.locator('.tail p').allTextContents()).resolves.toEqual(['抄送：省委各部门，省人大常委会办公厅，省政协办公厅。', '江临省人民政府办公厅       2021年3月5日印发']);
    await pdf.close();
  });

  it('the reading report and a traditional task page pass axe', async () => {
    for (const path of ['/bad-table-cells/report/', '/county-notice-measures/report/', '/city-opinion-traditional/tasks/p2-1/']) {
      const page = await open(path);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
