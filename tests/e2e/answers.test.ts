/**
 * "Who leads X?": questions asked through /search/?q=… as readers type them, each with the task
 * that answers it, read off the source text (content/sources/liaoning-2015-24.txt): the task whose
 * title, lead sentence, 一是… entry or text holds the topic. The card's task and departments are
 * checked against the model (the department line printed under the task).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../support/e2e/browser.ts';
import AxeBuilder from '@axe-core/playwright';
import { seeContains, seeVisible } from '../support/e2e/see.ts';
import { bundledModel } from '../support/bundled-model.ts';
import type { PlanModel } from '../../src/lib/model/schema.ts';

const base = inject('baseUrl');
const P = '/liaoning-2015-24';
// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  model = bundledModel();
});
const nameOf = (id: string) => model.departments.find((d) => d.id === id)!.name;

/** [question, task that answers it]. */
const QUESTIONS: [string, string][] = [
  ['谁牵头 质量', 'p3-7'],
  ['谁负责绿色制造？', 'p3-5'],
  ['创新平台由哪个部门负责', 'p3-1'],
  ['计量归哪个部门管', 'p3-6'],
  ['技术创新由哪个部门负责', 'p3-1'],
  ['哪个部门负责技术改造', 'p3-2'],
  ['两化融合的主管部门', 'p3-3'],
  ['产业布局谁牵头', 'p3-4'],
  ['节能降耗找哪个部门', 'p3-5'],
  ['淘汰落后产能是哪个部门的事', 'p3-5'],
  ['工业基础能力 牵头单位', 'p3-6'],
  ['品牌建设由哪个部门牵头', 'p3-7'],
  ['产业联盟谁负责', 'p3-8'],
  ['央地合作由哪个部门负责', 'p3-9'],
  ['开放合作的牵头部门', 'p3-10'],
  ['誰牽頭 質量', 'p3-7'],
  ['綠色製造由哪個部門負責', 'p3-5'],
  ['who leads 绿色制造', 'p3-5'],
  ['which department is responsible for 技术改造', 'p3-2'],
  ['企业技术中心归哪个部门管', 'p3-1'],
  ['重大项目找谁', 'p3-2'],
  ['海外并购由哪个部门负责', 'p3-10'],
  ['物联网谁牵头', 'p3-3'],
  ['工业软件的主管部门', 'p3-3'],
  ['关键核心技术 牵头部门', 'p3-1'],
  ['首台套谁负责？', 'p3-1'],
  ['精密铸造由哪个部门负责', 'p3-6'],
  ['MES谁负责', 'p3-3'],
  ['企业联盟找哪个部门', 'p3-8'],
  // Phrasings where the verb follows the asker, multi-word topics, English and everyday words.
  ['两化融合谁来推进', 'p3-3'],
  ['品牌建设由谁落实', 'p3-7'],
  ['节能降耗谁来抓', 'p3-5'],
  ['who leads smart manufacturing', 'p3-3'],
  ['which department is responsible for quality and brands', 'p3-7'],
  ['技改归哪个部门管', 'p3-2'],
];
/** Topics the plan speaks of only where it assigns nobody: [question, page that speaks of it]. */
const UNASSIGNED: [string, string][] = [
  ['疫苗由哪个部门负责', `${P}/sectors/p2-3-3/`],
  ['光伏谁负责', `${P}/sectors/p2-4-4/`],
  ['融资找哪个部门', `${P}/measures/p4-2/`],
  // A sector's own topic that tasks mention only in passing (装备、石化、冶金等传统行业).
  ['石化谁负责', `${P}/sectors/p2-2-1/`],
  ['机器人由哪个部门负责', `${P}/sectors/p2-1-2/`],
];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

async function ask(page: Page, q: string) {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('body[data-search-done]');
  return page.locator('#search-answer [data-answer]');
}

const linkTexts = (page: Page, sel: string) => page.locator(sel).evaluateAll((as) => as.map((a) => a.textContent ?? ''));

describe('answer card on /search/', () => {
  it(`answers ${QUESTIONS.length} questions with the task and departments the plan prints`, async () => {
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const [q, want] of QUESTIONS) {
      const card = await ask(page, q);
      if ((await card.count()) !== 1) {
        wrong.push(`${q}: no card`);
        continue;
      }
      const first = card.locator('.answer-tasks > li').first();
      const href = new URL((await first.locator('a.answer-task').getAttribute('href'))!, base).pathname;
      const task = model.tasks.find((t) => t.id === want)!;
      const leads = await linkTexts(page, `#search-answer .answer-tasks > li:first-child a[data-role=lead]`);
      const partners = await linkTexts(page, `#search-answer .answer-tasks > li:first-child a[data-role=partner]`);
      const duty = await first.locator('.answer-duty').innerText();
      const quote = new URL((await first.locator('.answer-quote a').getAttribute('href'))!, base).pathname;
      const problems = [
        href !== `${P}/tasks/${want}/` && `task ${href}`,
        JSON.stringify(leads) !== JSON.stringify(task.leads.map(nameOf)) && `leads ${leads}`,
        JSON.stringify(partners) !== JSON.stringify(task.partners.map(nameOf)) && `partners ${partners}`,
        duty.trim().endsWith('等') !== task.partnersOpenEnded && `等 ${duty}`,
        quote !== `${P}/tasks/${want}/` && `quote ${quote}`,
      ].filter(Boolean);
      if (problems.length) wrong.push(`${q}: ${problems.join('; ')}`);
    }
    console.log(`answer rate: ${QUESTIONS.length - wrong.length}/${QUESTIONS.length}`);
    expect(wrong).toEqual([]);
    await page.close();
  }, 180_000);

  it('says that the plan assigns no department where it does not, shows where the plan speaks of it, and names departments only as the leads of tasks that push it', async () => {
    const page = await context.newPage();
    const names = model.departments.map((d) => d.name);
    for (const [q, where] of UNASSIGNED) {
      const card = await ask(page, q);
      await seeContains(card.locator('.answer-none'), '本方案未直接为');
      expect(await card.getAttribute('data-kind'), q).toBe('unassigned');
      expect(await card.locator('a[data-role=lead], a[data-role=partner]').count(), q).toBe(0);
      // Outside the list of tasks that push the topic and the plan's co-ordinating body (each
      // labelled as what it is), no department is named.
      await seeContains(card.locator('.answer-coordination'), '不是此主题的牵头部门');
      const outside = await card.evaluate((c) => {
        const copy = c.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.answer-related-list, .answer-coordination').forEach((e) => e.remove());
        return copy.textContent ?? '';
      });
      expect(names.filter((n) => outside.includes(n)), q).toEqual([]);
      // Each task listed there shows the leads the model records for that task.
      for (const li of await card.locator('.answer-related-list > li').all()) {
        const href = new URL((await li.locator('a.answer-task').getAttribute('href'))!, base).pathname;
        const task = model.tasks.find((t) => href === `${P}/tasks/${t.id}/`)!;
        expect(await li.locator('a[data-role=task-lead]').allInnerTexts(), q).toEqual(task.leads.map(nameOf));
      }
      const links = await card.locator('.answer-also a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links, q).toContain(where);
    }
    await page.close();
  });

  it('answers who handles a sector with the tasks that push it and their leads (机器人)', async () => {
    const page = await context.newPage();
    const card = await ask(page, '机器人归哪个部门管');
    const task = model.tasks.find((t) => t.title === '推进产业联盟建设')!;
    const item = card.locator('.answer-related-list > li').filter({ hasText: task.title });
    await seeVisible(item);
    expect(await item.locator('a[data-role=task-lead]').allInnerTexts()).toEqual(task.leads.map(nameOf));
    await page.close();
  });

  it('shows no card for a plain keyword that names no sector: the results come first', async () => {
    const page = await context.newPage();
    for (const q of ['盘锦 石化', '技术创新', '央企']) {
      await ask(page, q);
      expect(await page.locator('[data-answer]').count(), q).toBe(0);
      expect(await page.locator('#search-results .hit').count(), q).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('gives a bare sector keyword a short sector card, not a "who leads" card (光伏, 钢铁)', async () => {
    const page = await context.newPage();
    for (const [q, sectorId] of [['光伏', 'p2-4-4'], ['钢铁', 'p2-2-2']] as const) {
      const card = await ask(page, q);
      await seeVisible(card);
      expect(await card.getAttribute('data-kind'), q).toBe('sector');
      const sector = model.sectorGroups.flatMap((g) => g.sectors.map((s) => ({ s, g }))).find((x) => x.s.id === sectorId)!;
      await seeContains(card.locator('.answer-title'), `行业：${sector.s.title}`);
      expect(await card.innerText(), q).not.toContain('谁负责“');
      await seeContains(card.locator('.sector-line'), sector.g.title);
      expect(new URL((await card.locator('.sector-line a').getAttribute('href'))!, base).pathname).toBe(`${P}/sectors/${sectorId}/`);
      // The tasks that mention it (提及) — for 光伏, which no task mentions, those that mention another
      // sector of its group — each with that task's own leads; never a lead of the sector.
      const own = model.sectorTaskMentions.filter((m) => m.sector === sectorId);
      const inGroup = new Set(sector.g.sectors.map((s) => s.id));
      const mentioned = [...new Set((own.length ? own : model.sectorTaskMentions.filter((m) => inGroup.has(m.sector))).map((m) => m.task))];
      expect(mentioned.length, q).toBeGreaterThan(0);
      const items = await card.locator('.answer-related-list > li').all();
      expect(items.length, q).toBe(Math.min(mentioned.length, 6));
      for (const li of items) {
        const href = new URL((await li.locator('a.answer-task').getAttribute('href'))!, base).pathname;
        const task = model.tasks.find((t) => href === `${P}/tasks/${t.id}/`)!;
        expect(mentioned).toContain(task.id);
        expect(await li.locator('a[data-role=task-lead]').allInnerTexts(), q).toEqual(task.leads.map(nameOf));
      }
      expect(await card.locator('a[data-role=lead]').count()).toBe(0);
      expect(await page.locator('#search-results .hit').count(), q).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('光伏归哪个部门管: the tasks of its sector group with their own leads, and the co-ordinating body as printed, with today\'s bodies', async () => {
    const page = await context.newPage();
    const card = await ask(page, '光伏归哪个部门管');
    await seeContains(card.locator('.answer-none'), '本方案未直接为“光伏”指定牵头部门');
    const group = model.sectorGroups.find((g) => g.sectors.some((s) => s.id === 'p2-4-4'))!;
    await seeContains(card.locator('.answer-related'), `同属“${group.title}”`);
    const inGroup = new Set(group.sectors.map((s) => s.id));
    const tasks = new Set(model.sectorTaskMentions.filter((m) => inGroup.has(m.sector)).map((m) => m.task));
    const items = await card.locator('.answer-related-list > li').all();
    expect(items.length).toBe(tasks.size);
    for (const li of items) {
      const href = new URL((await li.locator('a.answer-task').getAttribute('href'))!, base).pathname;
      expect([...tasks].map((t) => `${P}/tasks/${t}/`)).toContain(href);
    }
    const co = card.locator('.answer-coordination');
    await seeContains(co, '办公室设在省经济和信息化委');
    await seeContains(co, '省经济和信息化委（现省工业和信息化厅）');
    const notice = model.leadingGroup!.paragraph;
    expect(new URL((await co.locator('a').first().getAttribute('href'))!, base).hash).toBe(`#${notice}`);
    expect(await card.locator('a[data-role=lead], a[data-role=partner]').count()).toBe(0);
    await page.close();
  });

  it('names today\'s body beside each 2015 department in an answer', async () => {
    const page = await context.newPage();
    const card = await ask(page, '谁牵头 质量');
    const first = card.locator('.answer-tasks > li').first();
    await seeContains(first.locator('.answer-duty'), '省经济和信息化委（现省工业和信息化厅）');
    await seeContains(first.locator('.answer-duty'), '省质监局（现省市场监督管理局）');
    await page.close();
  });

  it('reads a multi-word question by its words, never saying the plan does not speak of them', async () => {
    const page = await context.newPage();
    for (const q of ['机器人产业发展由谁负责', '质量 品牌建设 谁来抓', '企业 技术中心 建设归谁管']) {
      const card = await ask(page, q);
      await seeVisible(card);
      expect(await card.innerText(), q).not.toContain('没有谈到');
    }
    await page.close();
  });

  it('says when the plan does not speak of a topic, and guesses nothing', async () => {
    const page = await context.newPage();
    const card = await ask(page, '宇航员归哪个部门管');
    await seeContains(card, '本方案没有谈到“宇航员”');
    expect(await card.locator('.answer-tasks, a[data-role]').count()).toBe(0);
    // A plain topic that the plan does not speak of gets no card, only the search's own message.
    await ask(page, '宇航员');
    expect(await page.locator('[data-answer]').count()).toBe(0);
    await page.close();
  });

  it('answers a department as the topic with the tasks it leads and cooperates on', async () => {
    const page = await context.newPage();
    const card = await ask(page, '省科技厅牵头什么');
    expect(await card.getAttribute('data-kind')).toBe('department');
    const id = model.departments.find((d) => d.name === '省科技厅')!.id;
    const hrefs = await card.locator('a.answer-task').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const leads = model.tasks.filter((t) => t.leads.includes(id)).map((t) => `${P}/tasks/${t.id}/`);
    const partners = model.tasks.filter((t) => t.partners.includes(id)).map((t) => `${P}/tasks/${t.id}/`);
    expect(hrefs).toEqual([...leads, ...partners]);
    await page.close();
  });

  it('is one labelled region for a screen reader, its departments linked to their pages and its quote to the sentence', async () => {
    const page = await context.newPage();
    await ask(page, '谁牵头 质量');
    const region = page.getByRole('region', { name: '谁负责“质量”' });
    await seeVisible(region);
    expect(await region.getAttribute('data-answer')).toBe('');
    const dept = region.locator('a[data-role=lead]').first();
    const deptHref = new URL((await dept.getAttribute('href'))!, base).pathname;
    expect(deptHref).toBe(`${P}/departments/${model.departments.find((d) => d.name === (/* first lead of p3-7 */ nameOf(model.tasks.find((t) => t.id === 'p3-7')!.leads[0])))!.id}/`);
    const quote = (await region.locator('.answer-quote a').first().getAttribute('href'))!;
    expect(quote).toMatch(/#p3-7-b\d+:~:text=/);
    await region.locator('.answer-quote a').first().click();
    await page.waitForURL(/\/tasks\/p3-7\//);
    const anchor = quote.split('#')[1].split(':~:')[0];
    await seeContains(page.locator(`[id="${anchor}"]`), '质量');
    await page.close();
  });
});

describe('answer card in the header box', () => {
  it('comes first in the dropdown, and its task is the first link the arrow keys reach', async () => {
    const page = await context.newPage();
    await page.goto(`${base}${P}/sectors/p2-1-2/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('谁负责绿色制造');
    const card = page.locator('#site-search-panel [data-answer]');
    await seeContains(card, '提高绿色制造水平');
    await seeContains(card.locator('.answer-duty'), nameOf(model.tasks.find((t) => t.id === 'p3-5')!.leads[1]));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toBe(`${P}/tasks/p3-5/`);
    await page.close();
  });
});

describe('sector card in the header box', () => {
  it('a bare 光伏 gets the sector card first in the dropdown', async () => {
    const page = await context.newPage();
    await page.goto(`${base}${P}/tasks/p3-1/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('光伏');
    const card = page.locator('#site-search-panel [data-answer]');
    await seeContains(card, '太阳能光伏产业');
    expect(await card.getAttribute('data-kind')).toBe('sector');
    await page.close();
  });
});

/** A task page loaded, with the paths it requests from then on. */
async function taskPageRequests(): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${base}${P}/tasks/p3-1/`);
  await page.waitForLoadState('load');
  return { page, requests };
}

describe('answer data loading', () => {
  it('is fetched when a search starts, never by a reading page, once per plan', async () => {
    const { page, requests } = await taskPageRequests();
    expect(requests.filter((u) => u.endsWith('/answers.json'))).toEqual([]);
    await page.locator('#site-search').click();
    await page.keyboard.type('疫苗谁负责');
    const card = page.locator('#site-search-panel [data-answer]');
    await seeContains(card, '本方案未直接为“疫苗”指定牵头部门');
    await seeContains(card.locator('.answer-also'), '医药工业');
    await page.locator('#site-search').fill('谁牵头 质量');
    await seeContains(card, '强化质量品牌建设');
    expect(requests.filter((u) => u.endsWith('/answers.json'))).toEqual([`${P}/answers.json`]);
    await page.close();
  });
});

describe('answer data of a site of one plan', () => {
  it('answers a department\'s name from the keyword file: its tasks and their leads, no whole file', async () => {
    const { page, requests } = await taskPageRequests();
    await page.locator('#site-search').click();
    await page.keyboard.type('省科技厅');
    const card = page.locator('#site-search-panel [data-answer]');
    await seeContains(card, '省科技厅');
    expect(await card.getAttribute('data-kind')).toBe('department');
    await seeContains(card, '牵头');
    expect(requests.filter((u) => u.endsWith('/answers.json'))).toEqual([]);
    expect(requests).toContain(`${P}/answers-keyword.json`);
    await page.close();
  });
});

describe('ranking of place + topic queries', () => {
  // Rule (src/lib/search/ranking.ts): with two words or more, sector, task, measure and department
  // pages that hold every word come before list and gazetteer pages.
  const PAIRS: [string, string][] = [
    ['盘锦 石化', `${P}/sectors/p2-2-1/`],
    ['沈阳 机器人', `${P}/sectors/p2-1-2/`],
    ['大连 船舶', `${P}/sectors/p2-1-3/`],
    ['锦州 光伏', `${P}/sectors/p2-4-4/`],
  ];
  it('puts the sector page above park, project and entity-index pages', async () => {
    const page = await context.newPage();
    for (const [q, sector] of PAIRS) {
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('body[data-search-done]');
      const hits = await page.locator('#search-results .hit').evaluateAll((lis) => lis.map((li) => ({ url: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname, kind: li.querySelector('.hit-path')?.textContent ?? '' })));
      const at = hits.findIndex((h) => h.url === sector);
      expect(at, q).toBeGreaterThanOrEqual(0);
      const lists = hits.map((h, i) => (/企业与城市|目标|指标|原文|目录页|方案章节|方案首页/.test(h.kind.split(' · ').pop() ?? '') ? i : -1)).filter((i) => i >= 0);
      expect(lists.every((i) => i > at), `${q}: ${hits.map((h) => h.url).join(' ')}`).toBe(true);
    }
    await page.close();
  });
});

describe('accessibility', () => {
  for (const width of [1280, 390]) {
    it(`has no serious or critical axe violations: cards and the topics page (${width} px)`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      const bad = async () => (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      const found: string[] = [];
      for (const q of ['疫苗由哪个部门负责', '省科技厅牵头什么', '宇航员归哪个部门管']) {
        await ask(page, q);
        found.push(...(await bad()));
      }
      await page.goto(`${base}${P}/departments/topics/`);
      found.push(...(await bad()));
      expect(found).toEqual([]);
      await ctx.close();
    });
  }
});

describe('按主题查牵头部门 without JavaScript', () => {
  it('lists every task with its 牵头 and 配合, and is linked from home, department and search pages', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    const path = `${P}/departments/topics/`;
    await page.goto(`${base}${path}`);
    expect(await page.locator('h1').innerText()).toBe('按主题查牵头部门');
    for (const t of model.tasks) {
      const section = page.locator('section.topic-task').filter({ has: page.locator(`h3 a[href="${P}/tasks/${t.id}/"]`) });
      expect(await section.count(), t.id).toBe(1);
      const duty = await section.locator('.duty-line').innerText();
      for (const id of [...t.leads, ...t.partners]) expect(duty, t.id).toContain(nameOf(id));
    }
    await seeContains(page.locator('main'), '加快企业技术创新步伐。');
    for (const from of [`${P}/`, `${P}/departments/`, `${P}/departments/${model.departments[0].id}/`, '/search/']) {
      await page.goto(`${base}${from}`);
      expect(await page.locator(`main a[href="${path}"]`).count(), from).toBeGreaterThan(0);
    }
    await ctx.close();
  });
});
