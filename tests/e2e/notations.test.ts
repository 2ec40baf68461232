/**
 * The notation fixture plans built as a site of their own: every paragraph reaches its page, the
 * responsibilities printed at item, clause and table level are shown where they belong, attachments
 * have their pages, and 原文 lists the page furniture it removed.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { listPages } from '../../src/lib/model/pages.ts';
import { pagePath } from '../../src/lib/model/routes.ts';
import { walkNodes } from '../../src/lib/model/walk.ts';
import { useFixtureSite } from '../support/e2e/fixture-site.ts';

const FIXTURES = ['duty-lines-plan', 'division-table-plan', 'chapters-plan', 'reprint-plan'];
const squash = (s: string) => s.replace(/\s+/g, '');

const site = useFixtureSite(FIXTURES);
const open = site.open;

describe('notation fixture plans as pages', () => {
  it('every paragraph, department line and 专栏 entry appears on its reading page', async () => {
    const missing: string[] = [];
    for (const model of site.models().values()) {
      for (const p of listPages(model)) {
        const page = await open(pagePath(model.id, p.kind, p.id));
        const main = squash((await page.locator('main').textContent()) ?? '');
        await page.close();
        const node = [...walkNodes(model.parts)].find((n) => n.id === p.id)!;
        // Task, measure, sector and attachment pages carry their items, and so does an overview
        // part; another part page and a sector group show their own text, their sections being pages.
        const own = p.kind === 'sector-group' || (p.kind === 'part' && node.kind === 'part' && node.role !== 'overview');
        const nodes = own ? [node] : [...walkNodes([node as never])];
        for (const n of nodes) {
          for (const b of n.blocks) {
            const texts = b.type === 'box' ? b.blocks.flatMap((x) => (x.type === 'paragraph' ? [x.text] : [])) : b.type === 'paragraph' || b.type === 'departments' ? [b.text] : [];
            for (const t of texts) if (!main.includes(squash(t))) missing.push(`${model.id} ${p.id}: ${b.id}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('a task assigned item by item shows each item with its own 牵头/配合 and deadline, never a lead for the whole task', async () => {
    const page = await open('/duty-lines-plan/tasks/p2-2/');
    await expect(page.locator('.duty').count()).resolves.toBe(0);
    const items = await page.locator('.item-duties li').allInnerTexts();
    expect(items.map(squash)).toEqual([
      squash('1. 实施节能改造 牵头：省工业和信息化厅；配合：省生态环境厅、各县（市、区）政府地方政府；完成时限：长期坚持 在原文中查看'),
      squash('园区循环化改造 牵头：各市人民政府地方政府；配合：省发展改革委 在原文中查看'),
      squash('再生资源利用 牵头：省商务厅；配合：中直企业其他单位 在原文中查看'),
    ]);
    await expect(page.locator('.item-duties .rule-note').innerText()).resolves.toBe('本方案规定：“责任单位”中列第一位的为牵头单位');
    await page.close();
  });

  it('answers a question about an item at the item’s level: its 牵头, 配合 and 完成时限', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('节能改造由谁负责')}`);
    await page.waitForSelector('body[data-search-done]');
    // Other plans of this library speak of 节能改造 too: the item is one of the card's entries.
    const item = page.locator('#search-answer [data-answer] .answer-tasks > li', { has: page.locator('a.answer-task', { hasText: '实施节能改造' }) });
    await expect(item.count()).resolves.toBe(1);
    await expect(item.locator('a.answer-task').getAttribute('href')).resolves.toMatch(/^\/duty-lines-plan\/tasks\/p2-2\//);
    const duty = squash(await item.locator('.answer-duty').innerText());
    expect(duty).toContain(squash('牵头省工业和信息化厅'));
    expect(duty).toContain(squash('完成时限长期坚持'));
    // The deadline of the item above it (2020年底前) belongs to another task.
    expect(duty).not.toContain('2020');
    await page.close();
  });

  it('the matrix marks item-level roles and labels a local government column', async () => {
    const page = await open('/duty-lines-plan/departments/');
    const heads = await page.locator('#matrix thead th.dept-col').allInnerTexts();
    expect(heads.map(squash)).toContain(squash('各市人民政府地方政府'));
    const row = page.locator('#matrix tbody tr').first();
    await expect(row.locator('th').innerText()).resolves.toBe('提升创新能力');
    const cells = await row.locator('td .sr').allInnerTexts();
    expect(cells).toEqual(['分项牵头', '分项配合', '分项配合', '分项牵头', '分项配合', '分项配合']);
    await page.close();
  });

  it('a 分工表 row assigns its task, with the deadline and a link to the row on the attachment page', async () => {
    const page = await open('/division-table-plan/tasks/p2-1/');
    await expect(page.locator('.duty').innerText().then(squash)).resolves.toBe(squash('牵头 省工业和信息化厅 配合 省发展改革委 省财政厅 各市人民政府地方政府 时限 2020年底前 分工依据：附件 重点任务分工表 序号 1'));
    const href = await page.locator('.duty a', { hasText: '分工表' }).getAttribute('href');
    expect(href).toBe('/division-table-plan/attachments/a1/#a1-b1-r1');
    await page.close();
    const attachment = await open(href!);
    await expect(attachment.locator('#a1-b1-r1 td').allInnerTexts()).resolves.toEqual(['1', '推进智能工厂建设', '省工业和信息化厅', '省发展改革委、省财政厅、各市人民政府', '2020年底前']);
    await attachment.close();
  });

  it('原文 lists each removed page number and running head with its line', async () => {
    const page = await open('/duty-lines-plan/plan/');
    const items = await page.locator('#corrections li').allInnerTexts();
    expect(items.filter((t) => t.includes('删除页码/页眉')).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      '第 33 行：删除页码/页眉，原为— 2 —，现为',
      '第 35 行：删除页码/页眉，原为青川省制造业高质量发展行动计划，现为',
      '第 61 行：删除页码/页眉，原为— 3 —，现为',
      '第 63 行：删除页码/页眉，原为青川省制造业高质量发展行动计划，现为',
      '第 77 行：删除页码/页眉，原为— 4 —，现为',
      '第 79 行：删除页码/页眉，原为青川省制造业高质量发展行动计划，现为',
    ]);
    await page.close();
  });

  it('a 专栏 is a box with its own anchor, listed on its part’s page', async () => {
    const part = await open('/chapters-plan/parts/p3/');
    const link = part.locator('section[aria-labelledby="boxes"] a');
    await expect(link.innerText()).resolves.toBe('专栏1 智能制造重点工程');
    await link.click();
    await part.waitForURL(/tasks\/p3-1\/#p3-1-2-box1$/);
    await expect(part.locator('#p3-1-2-box1 .box-title').innerText()).resolves.toBe('专栏1 智能制造重点工程');
    await part.close();
  });

  it('the new page kinds pass axe', async () => {
    for (const path of ['/duty-lines-plan/tasks/p2-2/', '/division-table-plan/attachments/a1/', '/chapters-plan/tasks/p3-1/', '/duty-lines-plan/departments/']) {
      const page = await open(path);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
      await page.close();
    }
  });
});
