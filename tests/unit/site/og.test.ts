import { beforeEach, describe, expect, it } from 'vitest';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { listPages } from '../../../src/lib/model/pages.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';
import { cardAlt, cardSvg, departmentCard, layoutCard, pageCard, planCard, planCards, searchCard, textWidth, wrap, type OgCard } from '../../../src/lib/site/seo/og.ts';
import { ogImagePath } from '../../../src/lib/model/routes.ts';
import { findFont } from '../../../src/lib/build/og-render.ts';
import { realPlanBytes, realPlanNotes } from '../../support/plans.ts';

let model: PlanModel;
const page = (id: string) => listPages(model).find((p) => p.id === id)!;
beforeEach(() => {
  model = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt', notes: realPlanNotes() }).model;
});

describe('what a card says', () => {
  it('a task: its number in the plan\'s style and title, its printed leads and partners, the plan and 文号', () => {
    const card = pageCard(model, page('p3-1'));
    expect(card.kind).toBe('重点任务');
    expect(card.title).toBe('（一）增强自主创新能力');
    expect(card.duties).toEqual([
      { label: '牵头', names: ['省经济和信息化委', '省科技厅'], more: false },
      { label: '配合', names: ['省发展改革委', '省教育厅', '省人力资源社会保障厅'], more: true },
    ]);
    expect(card.source).toBe('辽宁省传统工业转型升级实施方案');
    expect(card.note).toBe('辽政发〔2015〕24号 · 辽宁省人民政府');
    expect(card.path).toBe('/liaoning-2015-24/tasks/p3-1/');
  });

  it('a half-width number printed in a task title is shown full-width, as the plan mostly prints it', () => {
    expect(pageCard(model, page('p3-4')).title).toBe('（四）调整优化产业布局');
  });

  it('names no department the task does not assign: only the model\'s leads and partners of that task', () => {
    for (const task of model.tasks) {
      const card = pageCard(model, page(task.id));
      const names = card.duties.flatMap((d) => d.names);
      const assigned = [...task.leads, ...task.partners].map((id) => model.departments.find((d) => d.id === id)!.name);
      expect(names.sort(), task.id).toEqual([...assigned].sort());
    }
    // A task whose text assigns nobody gets no duty line at all.
    model.tasks[0] = { ...model.tasks[0], leads: [], partners: [], partnersOpenEnded: false };
    expect(pageCard(model, page('p3-1')).duties).toEqual([]);
    expect(cardAlt(pageCard(model, page('p3-1')))).not.toMatch(/牵头|配合/);
  });

  it('a sector: its place in the plan, no duty line', () => {
    const card = pageCard(model, page('p2-1-2'));
    expect(card.kind).toBe('重点行业');
    expect(card.title).toBe('2.智能机器人');
    expect(card.context).toBe('重点领域发展导向 › 发展先进装备制造业');
    expect(card.duties).toEqual([]);
  });

  it('the plan home: the plan title, issuer, notice title, 文号 and 印发 date', () => {
    expect(planCard(model)).toEqual({
      path: '/liaoning-2015-24/',
      kind: '政府文件',
      context: '辽宁省人民政府',
      title: '辽宁省传统工业转型升级实施方案',
      duties: [],
      source: '辽宁省人民政府关于印发辽宁省传统工业转型升级实施方案的通知',
      note: '辽政发〔2015〕24号 · 2015年7月27日印发',
    });
  });

  it('a department page: its printed name and the tasks it leads and joins, in the plan\'s order', () => {
    const d = model.departments.find((x) => x.name === '省经济和信息化委')!;
    const card = departmentCard(model, d);
    expect(card.path).toBe(`/liaoning-2015-24/departments/${d.id}/`);
    expect(card.kind).toBe('责任部门');
    expect(card.title).toBe('省经济和信息化委');
    const lead = card.duties.find((x) => x.label.startsWith('牵头'))!;
    expect(lead.label).toBe(`牵头 ${d.leads.length} 项`);
    expect(lead.names).toEqual(model.tasks.filter((t) => d.leads.includes(t.id)).map((t) => t.title));
    expect(lead.names[0]).toBe('增强自主创新能力');
    expect(card.source).toBe('辽宁省传统工业转型升级实施方案');
    // A department that joins no task as a partner has no 配合 line.
    const onlyLeads = departmentCard(model, { ...d, partners: [] });
    expect(onlyLeads.duties.map((x) => x.label)).toEqual([`牵头 ${d.leads.length} 项`]);
  });

  it('the search page: what it searches, in the one plan or in how many', () => {
    expect(searchCard(1, model)).toMatchObject({ path: '/search/', kind: '搜索', source: '辽宁省传统工业转型升级实施方案', note: '辽政发〔2015〕24号 · 辽宁省人民政府' });
    expect(searchCard(3, null)).toMatchObject({ source: '3 份政府文件', note: null });
  });

  it('one card per plan home, sector, task, measure and department page', () => {
    const cards = planCards(model);
    expect(cards.length).toBe(1 + 27 + 10 + 2 + model.departments.length);
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
  });

  it('image addresses are ASCII paths under /og/ from the page route', () => {
    expect(ogImagePath('/liaoning-2015-24/tasks/p3-1/')).toBe('/og/liaoning-2015-24/tasks/p3-1.png');
    expect(ogImagePath('/liaoning-2015-24/')).toBe('/og/liaoning-2015-24.png');
    expect(() => ogImagePath('/')).toThrow();
    expect(() => ogImagePath('/计划/')).toThrow();
  });
});

describe('layout', () => {
  const long: OgCard = {
    path: '/x/tasks/p1/',
    kind: '重点任务',
    context: '重点任务与分工',
    title: '（十二）加快推进传统制造业数字化网络化智能化改造和绿色低碳转型发展，全面提升产业基础高级化和产业链现代化水平，着力构建现代化产业体系并推动高质量发展取得新突破',
    duties: [{ label: '牵头', names: ['省工业和信息化厅', '省发展改革委', '省科技厅', '省财政厅', '省生态环境厅', '省商务厅', '省市场监管局'], more: false }],
    source: '某某省人民政府办公厅关于印发某某省推动传统产业转型升级和新兴产业培育壮大三年行动实施方案（2023—2025年）的通知',
    note: '某政办发〔2023〕12号 · 某某省人民政府办公厅',
  };

  it('wraps at the width and cuts what does not fit with …', () => {
    const w = wrap('一二三四五六七八九十', 10, 45, 2);
    expect(w).toEqual({ lines: ['一二三四', '五六七…'], cut: true });
    expect(wrap('一二三', 10, 45, 2)).toEqual({ lines: ['一二三'], cut: false });
    // A line never starts with closing punctuation.
    expect(wrap('一二三四、五六', 10, 45, 3).lines[1].startsWith('、')).toBe(false);
  });

  it('a long title is cut within three lines, and the plan\'s name and 文号 stay whole', () => {
    const { runs } = layoutCard(long);
    const title = runs.filter((r) => r.bold && r.size >= 54);
    expect(title.length).toBeLessThanOrEqual(3);
    expect(title.at(-1)!.text.endsWith('…')).toBe(true);
    expect(title.map((r) => r.text).join('').replace(/…$/, '')).toBe(long.title.slice(0, title.map((r) => r.text).join('').length - 1));
    const source = runs.filter((r) => r.bold && r.fill === '#1a1a1a' && r.size < 54).map((r) => r.text).join('');
    expect(source).toBe(long.source);
    expect(runs.some((r) => r.text === long.note)).toBe(true);
    expect(runs.some((r) => r.text.startsWith('牵头：省工业和信息化厅'))).toBe(true);
    expect(runs.some((r) => r.text === '政策导航')).toBe(true);
    for (const r of runs) {
      expect(r.x + textWidth(r.text, r.size), r.text).toBeLessThanOrEqual(1200 - 80);
      expect(r.y, r.text).toBeLessThanOrEqual(630 - 40);
    }
    // Lines do not overlap: each baseline is at least one line below the one before.
    const ys = runs.slice(2).map((r) => r.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(runs.slice(2)[i].size);
  });

  it('a short title stays whole on one line at the large size', () => {
    const { runs } = layoutCard({ ...long, title: '（一）增强自主创新能力' });
    expect(runs.filter((r) => r.size === 64).map((r) => r.text)).toEqual(['（一）增强自主创新能力']);
  });

  it('the SVG escapes text and names the font', () => {
    const svg = cardSvg({ ...long, title: 'A<B & "C"' }, 'Noto Sans SC');
    expect(svg).toContain('A&lt;B &amp; &quot;C&quot;');
    expect(svg).toContain('font-family="Noto Sans SC"');
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
  });
});

describe('font', () => {
  it('is the first candidate whose files all exist, or none', () => {
    const here = new URL(import.meta.url).pathname;
    expect(findFont([{ family: 'A', files: ['/nonexistent/a.ttf'] }, { family: 'B', files: [here] }])).toEqual({ family: 'B', files: [here] });
    expect(findFont([{ family: 'A', files: [here, '/nonexistent/b.ttf'] }])).toBeNull();
    expect(findFont([])).toBeNull();
  });
});
