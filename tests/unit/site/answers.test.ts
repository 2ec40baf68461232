import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFixture, root } from '../../support/plans.ts';
import { PlanModelSchema, RegistrySchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { answerData, coreAnswerData } from '../../../src/lib/site/answer-data.ts';
import { answersTopic, findAnswer, findAnswers, sentenceAt, type Answer } from '../../../src/lib/site/answers.ts';
import { responsibilities } from '../../../src/lib/site/responsibilities.ts';
import { topicList } from '../../../src/lib/site/topics.ts';

const registry = RegistrySchema.parse(JSON.parse(readFileSync(join(root, 'content', 'departments.json'), 'utf8')));
const bundled: PlanModel = PlanModelSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'generated', 'liaoning-2015-24', 'plan.json'), 'utf8')));
const fixture: PlanModel = convertFixture('answers-plan.txt').model;
const F = answerData(fixture, { departments: [] });
const B = answerData(bundled, registry);

const taskIds = (a: Answer) => (a.kind === 'assigned' ? a.tasks.map((t) => t.href.match(/tasks\/([^/]+)\//)![1]) : []);
const names = (ds: { name: string }[]) => ds.map((d) => d.name);
const deptName = (m: PlanModel, id: string) => m.departments.find((d) => d.id === id)!.name;
/** An answer without the related tasks' own leads: what is left must name no department. */
const withoutTaskLeads = (a: Answer) => (a.kind === 'unassigned' ? { ...a, related: a.related.map((r) => ({ ...r, leads: [] })) } : a);

describe('responsibilities', () => {
  it('reads every task department line: node, task, leads, partners, 等, the printed block', () => {
    expect(responsibilities(fixture)).toEqual([
      { node: 'p3-1', task: 'p3-1', leads: ['shi-shi-chang-jian-guan-ju'], partners: ['shi-gong-ye-he-xin-xi-hua-ju', 'shi-ke-ji-ju'], partnersOpenEnded: true, jointly: false, block: 'p3-1-dept', deadline: null },
      { node: 'p3-2', task: 'p3-2', leads: ['shi-gong-ye-he-xin-xi-hua-ju'], partners: ['shi-ke-ji-ju', 'shi-cai-zheng-ju'], partnersOpenEnded: false, jointly: false, block: 'p3-2-dept', deadline: null },
      { node: 'p3-3', task: 'p3-3', leads: ['shi-ke-ji-ju'], partners: [], partnersOpenEnded: false, jointly: false, block: 'p3-3-dept', deadline: null },
    ]);
    expect(responsibilities(bundled)).toHaveLength(10);
  });
});

describe('findAnswer on a fixture plan', () => {
  it('assigned: one task, its 牵头 and 配合 with 等, the lead sentence quoted and linked to its paragraph', () => {
    const a = findAnswer(F, '计量检测');
    expect(a.kind).toBe('assigned');
    if (a.kind !== 'assigned') return;
    expect(a.tasks).toHaveLength(1);
    const [t] = a.tasks;
    expect(t.title).toBe('提升质量标准水平');
    expect(names(t.leads)).toEqual(['市市场监管局']);
    expect(names(t.partners)).toEqual(['市工业和信息化局', '市科技局']);
    expect(t.partnersOpenEnded).toBe(true);
    expect(t.rank).toBe(1);
    expect(t.quote.text).toBe('加强计量检测能力建设。');
    expect(t.quote.href).toBe(`/answers-plan/tasks/p3-1/#p3-1-b2:~:text=${encodeURIComponent('加强')}-,${encodeURIComponent('计量检测')}`);
    expect(t.lineHref).toBe('/answers-plan/tasks/p3-1/#p3-1-dept');
    expect(t.leads[0].href).toBe('/answers-plan/departments/shi-shi-chang-jian-guan-ju/');
  });

  it('several tasks: the topic in a title beats a passing mention; a lead sentence beats a passing mention', () => {
    const a = findAnswer(F, '智能化改造');
    expect(taskIds(a)).toEqual(['p3-2', 'p3-3']);
    if (a.kind === 'assigned') expect(a.tasks.map((t) => t.rank)).toEqual([0, 2]);
    // Title (p3-1 提升质量标准水平) before the passing mention in p3-2 (…提升质量。).
    expect(taskIds(findAnswer(F, '质量'))).toEqual(['p3-1', 'p3-2']);
    // 研发中心: the lead sentence of p3-3 (加快建设研发中心。), rank 1.
    const r = findAnswer(F, '研发中心');
    expect(r.kind === 'assigned' && r.tasks.map((t) => [t.title, t.rank])).toEqual([['培育创新平台', 1]]);
    // 智能工厂: the first sentence of 一是… counts as a lead sentence.
    const e = findAnswer(F, '智能工厂');
    expect(e.kind === 'assigned' && e.tasks[0].rank).toBe(1);
    // 工业互联网: mentioned in passing in 一是…, stated by 二是推广工业互联网。 later in the paragraph.
    const i = findAnswer(F, '工业互联网');
    expect(i.kind === 'assigned' && [i.tasks[0].rank, i.tasks[0].quote.text]).toEqual([1, '二是推广工业互联网。']);
  });

  it('quotes a sentence of the text rather than the title when the text mentions the topic too', () => {
    const a = findAnswer(F, '智能化改造');
    expect(a.kind === 'assigned' && a.tasks[0].quote.text).toBe('实施智能化改造专项行动，每年推动100家企业开展数字化改造。');
  });

  it('sector only: no department named, where the plan speaks of it, and the 提及 tasks marked as related', () => {
    const a = findAnswer(F, '植保无人机');
    expect(a).toEqual({
      kind: 'unassigned', plan: 'answers-plan', planTitle: '白川市制造业提质行动方案', topic: '植保无人机',
      elsewhere: [{ title: '智能农机', href: '/answers-plan/sectors/p2-1-1/', kind: 'sector' }],
      // The related task's own printed lead, shown as the task's (推动它的任务), never as the topic's.
      related: [{ title: '推进智能化改造', href: '/answers-plan/tasks/p3-2/', sector: '智能农机', terms: ['农机'], quote: null, leads: [{ name: '市工业和信息化局', href: '/answers-plan/departments/shi-gong-ye-he-xin-xi-hua-ju/' }] }],
      topicsHref: '/answers-plan/departments/topics/',
      home: true,
    });
  });

  it('measure only and overview only: no department, the measure or part named', () => {
    const m = findAnswer(F, '人才引进');
    expect(m.kind === 'unassigned' && m.elsewhere).toEqual([{ title: '强化人才支撑', href: '/answers-plan/measures/p4-1/', kind: 'measure' }]);
    expect(m.kind === 'unassigned' && m.related).toEqual([]);
    const o = findAnswer(F, '航天遥感');
    expect(o.kind === 'unassigned' && o.elsewhere.map((e) => e.kind)).toEqual(['overview']);
  });

  it('a sector\'s own topic that tasks mention only in passing: unassigned, the passing mention related', () => {
    const a = findAnswer(F, '智能农机');
    expect(a.kind).toBe('unassigned');
    if (a.kind !== 'unassigned') return;
    expect(a.elsewhere[0]).toEqual({ title: '智能农机', href: '/answers-plan/sectors/p2-1-1/', kind: 'sector' });
    expect(a.related.map((r) => [r.title, r.sector, r.quote?.text, names(r.leads)])).toEqual([['推进智能化改造', null, '推动中小企业上云用平台，带动智能农机等行业提升质量。', ['市工业和信息化局']]]);
    expect(JSON.stringify(withoutTaskLeads(a))).not.toContain('市工业和信息化局');
  });

  it('never names a department for a topic the tasks do not mention, but as a related task\'s own lead', () => {
    for (const topic of ['植保无人机', '人才引进', '知识产权质押', '有机杂粮', '航天遥感', '宇航员']) {
      const a = findAnswer(F, topic);
      if (a.kind === 'unassigned') for (const r of a.related) expect(r.leads, topic).toEqual(fixture.tasks.find((t) => r.href.endsWith(`/tasks/${t.id}/`))!.leads.map((id) => ({ name: deptName(fixture, id), href: `/answers-plan/departments/${id}/` })));
      const json = JSON.stringify(withoutTaskLeads(a));
      for (const d of fixture.departments) expect(json, topic).not.toContain(d.name);
    }
  });

  it('department: the tasks it leads and those it cooperates on, by printed, short or full name', () => {
    for (const q of ['市科技局', '科技局']) {
      const a = findAnswer(F, q);
      expect(a.kind, q).toBe('department');
      if (a.kind !== 'department') continue;
      expect(a.department.name).toBe('市科技局');
      expect(a.leads.map((t) => t.title)).toEqual(['培育创新平台']);
      expect(a.partners.map((t) => t.title)).toEqual(['提升质量标准水平', '推进智能化改造']);
    }
    const full = findAnswer(B, '辽宁省质量技术监督局');
    expect(full.kind === 'department' && full.department.name).toBe('省质监局');
  });

  it('absent: says so and names nothing', () => {
    expect(findAnswer(F, '宇航员')).toEqual({ kind: 'absent', plan: 'answers-plan', planTitle: '白川市制造业提质行动方案', topic: '宇航员' });
    expect(findAnswer(F, '').kind).toBe('absent');
  });

  it('several words: all of them in one paragraph; else most of them, said so; absent only when no word occurs', () => {
    expect(taskIds(findAnswer(F, '中小企业 质量'))).toEqual(['p3-2']);
    expect(findAnswer(F, '中小企业 质量')).not.toHaveProperty('matched');
    const some = findAnswer(F, '中小企业 宇航员');
    expect(some.kind === 'assigned' && [taskIds(some), some.matched]).toEqual([['p3-2'], ['中小企业']]);
    // A run the plan prints apart: cut into the plan's own words.
    const run = findAnswer(F, '质量中小企业');
    expect(run.kind === 'assigned' && [taskIds(run), run.matched]).toEqual([['p3-2'], ['质量', '中小企业']]);
    expect(findAnswer(F, '宇航员 火星').kind).toBe('absent');
  });
});

describe('the core file (shipped to the browser)', () => {
  const setup = () => {
    const core = coreAnswerData(F);
    return { core };
  };
  it('answers tasks and departments alone, and waits for the search results otherwise', () => {
    const { core } = setup();
    expect(taskIds(findAnswer(core, '计量检测', { complete: false }))).toEqual(['p3-1']);
    expect(findAnswer(core, '人才引进', { complete: false }).kind).toBe('pending');
    expect(findAnswer(core, '宇航员', { complete: false }).kind).toBe('pending');
  });
  it('takes the pages outside the tasks from the search results', () => {
    const { core } = setup();
    const elsewhere = [{ title: '强化人才支撑', href: '/answers-plan/measures/p4-1/', kind: 'measure' as const }];
    const a = findAnswer(core, '人才引进', { elsewhere });
    expect(a.kind === 'unassigned' && a.elsewhere).toEqual(elsewhere);
    expect(findAnswer(core, '宇航员', { elsewhere: [] }).kind).toBe('absent');
  });
  it('still knows the sectors by title and key term, and waits for the results to list the places', () => {
    const { core } = setup();
    expect(findAnswer(core, '植保无人机', { complete: false }).kind).toBe('pending');
    const a = findAnswer(core, '植保无人机', { elsewhere: [] });
    expect(a.kind === 'unassigned' && a.elsewhere.map((e) => e.title)).toEqual(['智能农机']);
    expect(a.kind === 'unassigned' && a.related.map((r) => r.title)).toEqual(['推进智能化改造']);
  });
  it('answers per plan when there are several plans', () => {
    const { core } = setup();
    const answers = findAnswers([coreAnswerData(B), core], '首席质量官', new Map());
    // The bundled plan has no 首席质量官 but speaks of 质量: answered for that word, said so.
    expect(answers.map((a) => [a.plan, a.kind, 'matched' in a ? a.matched : null])).toEqual([['liaoning-2015-24', 'assigned', ['质量']], ['answers-plan', 'assigned', null]]);
    expect(findAnswers([coreAnswerData(B), core], '宇航员', new Map()).map((a) => a.kind)).toEqual(['absent', 'absent']);
  });
});

describe('findAnswer on the bundled plan', () => {
  const lead = (topic: string) => {
    const a = findAnswer(B, topic);
    return a.kind === 'assigned' ? a.tasks[0] : null;
  };
  it('answers the issue\'s questions from the text', () => {
    expect(lead('技术创新')).toMatchObject({ title: '增强自主创新能力', rank: 1, quote: { text: '加快企业技术创新步伐。' } });
    expect(lead('绿色制造')).toMatchObject({ title: '提高绿色制造水平', rank: 0 });
    expect(lead('质量')).toMatchObject({ title: '强化质量品牌建设', rank: 0 });
    expect(lead('计量')?.title).toBe('强化工业基础能力');
    expect(lead('创新平台')).toMatchObject({ title: '增强自主创新能力', rank: 2 });
    expect(lead('两化融合')?.title).toBe('促进两化深度融合');
  });
  it('gives each task\'s departments exactly as the model records them', () => {
    for (const topic of ['质量', '两化融合', '技术改造', '央企', '淘汰落后', 'MES']) {
      const a = findAnswer(B, topic);
      expect(a.kind, topic).toBe('assigned');
      if (a.kind !== 'assigned') continue;
      for (const t of a.tasks) {
        const task = bundled.tasks.find((x) => t.href.endsWith(`/tasks/${x.id}/`))!;
        expect(names(t.leads), topic).toEqual(task.leads.map((id) => deptName(bundled, id)));
        expect(names(t.partners), topic).toEqual(task.partners.map((id) => deptName(bundled, id)));
        expect(t.partnersOpenEnded).toBe(task.partnersOpenEnded);
      }
    }
  });
  it('sector only, measure only, department, absent', () => {
    const v = findAnswer(B, '疫苗');
    expect(v.kind === 'unassigned' && v.elsewhere.map((e) => e.title)).toEqual(['医药工业']);
    const f = findAnswer(B, '融资');
    expect(f.kind === 'unassigned' && f.elsewhere.map((e) => e.title)).toEqual(['拓宽融资渠道']);
    const d = findAnswer(B, '省质监局');
    expect(d.kind === 'department' && d.leads.map((t) => t.title)).toEqual(['强化质量品牌建设']);
    expect(findAnswer(B, '宇航员').kind).toBe('absent');
  });
  it('a sector topic mentioned by tasks only in passing is not assigned to their departments', () => {
    for (const [topic, sector, task] of [['机器人', '智能机器人', '推进产业联盟建设'], ['石化', '石化工业', '推进央地合作发展'], ['盘锦 石化', '石化工业', '推进央地合作发展']]) {
      const a = findAnswer(B, topic);
      expect(a.kind, topic).toBe('unassigned');
      if (a.kind !== 'unassigned') continue;
      expect(a.elsewhere[0].title, topic).toBe(sector);
      expect(a.related.map((r) => r.title), topic).toContain(task);
    }
  });
});

describe('sentenceAt', () => {
  it('returns the sentence, clipped with … around the match when long', () => {
    expect(sentenceAt('甲乙。丙丁戊。', 3, 2)).toBe('丙丁戊。');
    const long = `${'甲'.repeat(80)}目标${'乙'.repeat(80)}。`;
    const s = sentenceAt(long, 80, 2);
    expect(s.startsWith('…') && s.endsWith('…') && s.includes('目标')).toBe(true);
    expect([...s].length).toBeLessThanOrEqual(58);
  });
});

describe('topicList (the static page)', () => {
  it('lists every task with its departments and subject sentences, the sectors and the measures', () => {
    const l = topicList(B);
    expect(l.tasks.map((t) => t.title)).toEqual(bundled.tasks.map((t) => t.title));
    expect(l.tasks[0].heads.map((h) => h.text)).toEqual(['加快企业技术创新步伐。', '加快关键核心技术攻关。']);
    expect(l.tasks[2].heads).toHaveLength(7); // 一是 … 七是
    expect(l.tasks[2].heads[0].text).toBe('一是传统工业转型升级工程。');
    expect(l.tasks.every((t) => t.heads.length > 0)).toBe(true);
    expect(l.sectors).toHaveLength(bundled.sectorGroups.flatMap((g) => g.sectors).length);
    expect(l.measures.map((m) => m.title)).toEqual(bundled.measures.map((m) => m.title));
  });
});

describe('answersTopic (a card for a query that is only a topic)', () => {
  it('shows a card for a department named alone; a plain keyword gets the results first', () => {
    expect(['质监局', '省科技厅', '省经济和信息化委'].map((t) => answersTopic(findAnswer(B, t)))).toEqual([true, true, true]);
    expect(['技术创新', '机器人', '石化', '光伏', '钢铁', '沈阳', '疫苗', '宇航员', '首台套'].map((t) => answersTopic(findAnswer(B, t)))).toEqual(Array(9).fill(false));
  });
});

describe('findAnswer where responsibilities are printed for items (duty-lines-plan fixture)', () => {
  const setup = () => {
    const model = convertFixture('duty-lines-plan.txt').model;
    const D = answerData(model, { departments: [] });
    return { model, D };
  };
  it('answers with the item that assigns the topic, never the whole task', () => {
    const { model, D } = setup();
    const a = findAnswer(D, '知识产权');
    expect(a.kind).toBe('assigned');
    if (a.kind !== 'assigned') return;
    expect(a.tasks.map((t) => [names(t.leads), names(t.partners)])).toEqual([[['省市场监管局'], ['省公安厅', '各市人民政府']]]);
  });
  it('answers with the clause whose 责任单位 closes it', () => {
    const { model, D } = setup();
    const a = findAnswer(D, '循环化改造');
    expect(a.kind).toBe('assigned');
    if (a.kind !== 'assigned') return;
    expect(a.tasks.map((t) => [names(t.leads), names(t.partners)])).toEqual([[['各市人民政府'], ['省发展改革委']]]);
  });
});

describe('an item-level responsibility with its 完成时限', () => {
  it('is answered at its level: the item and its deadline', async () => {
    const { convertFixture } = await import('../../support/plans.ts');
    const { responsibilities } = await import('../../../src/lib/site/responsibilities.ts');
    const { model } = convertFixture('duty-lines-plan.txt');
    const withDeadline = responsibilities(model).filter((r) => r.deadline !== null);
    expect(withDeadline.map((r) => [r.node, r.deadline])).toContainEqual(['p2-2-1', '长期坚持']);
  });
});
