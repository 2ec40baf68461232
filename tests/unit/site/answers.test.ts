import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertFixture, root } from '../../support/plans.ts';
import { type PlanModel, RegistrySchema, type Registry } from '../../../src/lib/model/schema.ts';
import { answerData, type AnswerData, type AnswerPlace, type AnswerResp, coreAnswerData } from '../../../src/lib/site/answers/answer-data.ts';
import { type Answer, answersTopic, findAnswer, findAnswers, sectorCard, sentenceAt } from '../../../src/lib/site/answers/answers.ts';
import { responsibilities } from '../../../src/lib/site/answers/responsibilities.ts';
import { topicList } from '../../../src/lib/site/answers/topics.ts';
import { bundledModel } from '../../support/bundled-model.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let registry: Registry;
beforeAll(() => {
  registry = RegistrySchema.parse(JSON.parse(readFileSync(join(root, 'content', 'departments.json'), 'utf8')));
});
let bundled: PlanModel;
beforeAll(() => {
  bundled = bundledModel();
});
let fixture: PlanModel;
beforeAll(() => {
  fixture = convertFixture('answers-plan.txt').model;
});
let F: AnswerData;
beforeAll(() => {
  F = answerData(fixture, { departments: [] });
});
let B: AnswerData;
beforeAll(() => {
  B = answerData(bundled, registry);
});

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
      // The fixture's notice sets up no leading group.
      coordination: null,
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
    const { responsibilities } = await import('../../../src/lib/site/answers/responsibilities.ts');
    const { model } = convertFixture('duty-lines-plan.txt');
    const withDeadline = responsibilities(model).filter((r) => r.deadline !== null);
    expect(withDeadline.map((r) => [r.node, r.deadline])).toContainEqual(['p2-2-1', '长期坚持']);
  });
});

const DEPTS: AnswerData['departments'] = [
  { id: 'a', name: '市甲局', alt: ['甲局'], href: '/p/departments/a/' },
  { id: 'b', name: '市乙局', alt: ['乙局'], href: '/p/departments/b/' },
];
const resp = (i: number, over: Partial<AnswerResp> = {}): AnswerResp => ({
  node: `t${i}`, task: `t${i}`, title: `任务${i}`, href: `/p/tasks/t${i}/`, leads: [0], partners: [1], open: false, block: `t${i}-dept`, ...over,
});
/** Pages: 0 notice, 1 overview, 2 measure, 3 sector (sector 0), 4 task part, 5 and 6 tasks t0 and t1. */
const PAGES: AnswerData['pages'] = [
  { href: '/p/plan/', name: '原文', kind: 'notice' },
  { href: '/p/parts/o/', name: '总体要求', kind: 'overview', part: true },
  { href: '/p/measures/m/', name: '强化支撑', kind: 'measure' },
  { href: '/p/sectors/s/', name: '装备', kind: 'sector', sector: 0 },
  { href: '/p/parts/t/', name: '重点任务', kind: 'task', part: true },
  { href: '/p/tasks/t0/', name: '任务0', kind: 'task' },
  { href: '/p/tasks/t1/', name: '任务1', kind: 'task' },
];
const data = (places: AnswerPlace[], over: Partial<AnswerData> = {}): AnswerData => ({
  v: 1, plan: 'p', title: '示例方案', topics: '/p/departments/topics/', departments: DEPTS, resps: [resp(0), resp(1)], pages: PAGES, places, sectors: [], ...over,
});
/** A paragraph of task t0 (page 5) or t1 (page 6). */
const para = (r: number, t: string, a = `t${r}-b1`, hd?: [number, number][]): AnswerPlace => ({ anchor: a, page: 5 + r, text: t, resps: [r], ...(hd ? { heads: hd } : {}) });
const tasksOf = (a: Answer) => (a.kind === 'assigned' ? a.tasks : []);
const enc = encodeURIComponent;

describe('sentenceAt: the sentence quoted, clipped around the topic', () => {
  it('a text without closing punctuation is quoted to its end', () => {
    expect(sentenceAt('推进甲乙', 2, 2)).toBe('推进甲乙');
  });
  it('a sentence of 56 characters is quoted whole, wherever the topic is in it', () => {
    const s = `${'甲'.repeat(40)}目标${'乙'.repeat(13)}。`;
    expect([...s]).toHaveLength(56);
    expect(sentenceAt(s, 40, 2)).toBe(s);
    const t = `${'甲'.repeat(40)}目标${'乙'.repeat(8)}。`;
    expect(sentenceAt(t, 40, 2)).toBe(t);
  });
  it('a longer sentence: 27 characters either side of a 2-character topic, … where text is cut', () => {
    const s = `${'甲'.repeat(80)}目标${'乙'.repeat(80)}。`;
    expect(sentenceAt(s, 80, 2)).toBe(`…${'甲'.repeat(27)}目标${'乙'.repeat(27)}…`);
  });
  it('no … at the start when the topic opens the sentence, none at the end when it closes it', () => {
    expect(sentenceAt(`目标${'乙'.repeat(80)}。`, 0, 2)).toBe(`目标${'乙'.repeat(54)}…`);
    expect(sentenceAt(`${'甲'.repeat(80)}目标。`, 80, 2)).toBe(`…${'甲'.repeat(27)}目标。`);
    // The clip ends exactly at the end of a text without closing punctuation: nothing cut there.
    expect(sentenceAt(`${'甲'.repeat(60)}目标${'乙'.repeat(27)}`, 60, 2)).toBe(`…${'甲'.repeat(27)}目标${'乙'.repeat(27)}`);
  });
});

describe('the quote\'s link: paragraph anchor and text fragment', () => {
  const quoteHref = (places: AnswerPlace[], topic = '目标') => tasksOf(findAnswer(data(places), topic))[0]?.quote.href;
  it('the prefix is the Han characters right before the topic, at most six', () => {
    expect(quoteHref([para(0, '甲乙目标。')])).toBe(`/p/tasks/t0/#t0-b1:~:text=${enc('甲乙')}-,${enc('目标')}`);
    expect(quoteHref([para(0, '一二三四五六七八目标。')])).toBe(`/p/tasks/t0/#t0-b1:~:text=${enc('三四五六七八')}-,${enc('目标')}`);
  });
  it('no prefix when a comma or digit stands right before the topic', () => {
    expect(quoteHref([para(0, '甲乙，目标。')])).toBe(`/p/tasks/t0/#t0-b1:~:text=${enc('目标')}`);
    expect(quoteHref([para(0, '甲乙100目标。')])).toBe(`/p/tasks/t0/#t0-b1:~:text=${enc('目标')}`);
  });
  it('the title of the task\'s own page links to the page; a title below it to its anchor', () => {
    expect(quoteHref([{ anchor: 't0', page: 5, text: '目标任务', isTitle: true, resps: [0] }])).toBe(`/p/tasks/t0/#:~:text=${enc('目标')}`);
    expect(quoteHref([{ anchor: 't0-1', page: 5, text: '目标任务', isTitle: true, resps: [0] }])).toBe(`/p/tasks/t0/#t0-1:~:text=${enc('目标')}`);
  });
});

describe('the task found: departments, 负责 jointly, counts and ranks', () => {
  it('gives the task\'s departments, and jointly only for a responsibility printed as joint', () => {
    const d = data([para(0, '推进目标。'), para(1, '推进目标。')], { resps: [resp(0, { joint: 1 }), resp(1, { open: true })] });
    const tasks = tasksOf(findAnswer(d, '目标'));
    expect(tasks.map((t) => [t.title, t.jointly, t.partnersOpenEnded])).toEqual([['任务0', true, false], ['任务1', false, true]]);
    expect(tasks[0].leads).toEqual([{ name: '市甲局', href: '/p/departments/a/' }]);
    expect(tasks[0].partners).toEqual([{ name: '市乙局', href: '/p/departments/b/' }]);
  });
  it('counts every occurrence of every word over all the task\'s places', () => {
    const d = data([para(0, '目标甲，目标乙。', 't0-b1'), para(0, '目标丙。', 't0-b2')]);
    expect(tasksOf(findAnswer(d, '目标'))[0].count).toBe(3);
    expect(tasksOf(findAnswer(d, '目标 甲'))[0].count).toBe(3);
  });
  it('rank 1 for an occurrence inside a subject span, from its first character; rank 2 just after it', () => {
    const rank = (t: string, hd: [number, number][]) => tasksOf(findAnswer(data([para(0, t, 't0-b1', hd)]), '目标'))[0].rank;
    expect(rank('目标在此。', [[0, 5]])).toBe(1);
    expect(rank('甲。目标乙。', [[2, 6]])).toBe(1);
    expect(rank('甲乙。目标。', [[0, 3]])).toBe(2);
  });
  it('orders by rank, then by more occurrences, then in plan order', () => {
    // t0 mentions it three times in passing, t1 once in its subject sentence: t1 first.
    const byRank = data([para(0, '目标，目标，目标。'), para(1, '目标。', 't1-b1', [[0, 3]])]);
    expect(tasksOf(findAnswer(byRank, '目标')).map((t) => t.title)).toEqual(['任务1', '任务0']);
    const byCount = (a: string, b: string) => tasksOf(findAnswer(data([para(0, a), para(1, b)]), '目标')).map((t) => t.title);
    expect(byCount('目标，目标。', '目标。')).toEqual(['任务0', '任务1']);
    expect(byCount('目标。', '目标，目标。')).toEqual(['任务1', '任务0']);
    expect(byCount('甲目标。', '乙目标。')).toEqual(['任务0', '任务1']);
    // Equal rank and count: the responsibilities' order, even where a later one's text comes first.
    expect(tasksOf(findAnswer(data([para(1, '乙目标。'), para(0, '甲目标。')]), '目标')).map((t) => t.title)).toEqual(['任务0', '任务1']);
    const three = data([para(0, '甲目标。'), para(1, '乙目标。'), { anchor: 't2-b1', page: 6, text: '丙目标。', resps: [2] }], { resps: [resp(0), resp(1), resp(2)] });
    expect(tasksOf(findAnswer(three, '目标')).map((t) => t.title)).toEqual(['任务0', '任务1', '任务2']);
  });
});

describe('which sentence is quoted', () => {
  const quote = (places: AnswerPlace[]) => tasksOf(findAnswer(data(places), '目标'))[0].quote.text;
  it('the first of equally ranked sentences', () => {
    expect(quote([para(0, '甲目标。', 't0-b1'), para(0, '乙目标。', 't0-b2')])).toBe('甲目标。');
  });
  it('a subject sentence over an earlier passing mention, not over a later one', () => {
    expect(quote([para(0, '甲目标。', 't0-b1'), para(0, '目标乙。', 't0-b2', [[0, 4]])])).toBe('目标乙。');
    expect(quote([para(0, '目标乙。', 't0-b1', [[0, 4]]), para(0, '甲目标。', 't0-b2')])).toBe('目标乙。');
  });
  it('text over a title before or after it; the first of two titles', () => {
    expect(quote([para(0, '甲目标。'), { anchor: 't0-1', page: 5, text: '目标建设', isTitle: true, resps: [0] }])).toBe('甲目标。');
    expect(quote([{ anchor: 't0', page: 5, text: '目标任务', isTitle: true, resps: [0] }, para(0, '甲目标。')])).toBe('甲目标。');
    expect(quote([{ anchor: 't0', page: 5, text: '目标任务', isTitle: true, resps: [0] }, { anchor: 't0-1', page: 5, text: '目标建设', isTitle: true, resps: [0] }])).toBe('目标任务');
  });
});

describe('topics as typed', () => {
  it('spaces and zero-width spaces are not part of a word; a department is found by its first entry too', () => {
    const d = data([para(0, '推进目标建设。')]);
    expect(tasksOf(findAnswer(d, '目标\u200B建设')).map((t) => t.title)).toEqual(['任务0']);
    expect(tasksOf(findAnswer(d, '  目标   建设 ')).map((t) => t.title)).toEqual(['任务0']);
    const a = findAnswer(d, '市 甲局');
    expect(a.kind === 'department' && [a.department.name, a.leads.map((t) => t.title), a.partners]).toEqual(['市甲局', ['任务0', '任务1'], []]);
  });
});

describe('the places outside the tasks', () => {
  it('each page once', () => {
    const a = findAnswer(data([{ anchor: 'm', page: 2, text: '目标支撑', isTitle: true }, { anchor: 'm-b1', page: 2, text: '落实目标。' }]), '目标');
    expect(a.kind === 'unassigned' && a.elsewhere).toEqual([{ title: '强化支撑', href: '/p/measures/m/', kind: 'measure' }]);
  });
  it('a passing mention in a task is assigned when no sector or measure has the topic as its own', () => {
    // Elsewhere only in a measure's paragraph, or in the title of the task part: not their topic.
    for (const other of [{ anchor: 'm-b1', page: 2, text: '落实目标。' }, { anchor: 't', page: 4, text: '目标任务', isTitle: true as const }]) {
      const a = findAnswer(data([other, para(0, '甲目标。')]), '目标');
      expect(a.kind).toBe('assigned');
      expect(tasksOf(a).map((t) => [t.title, t.rank])).toEqual([['任务0', 2]]);
    }
  });
  it('the original text is named only when nothing else is', () => {
    const notice = { anchor: 'n1', page: 0, text: '印发目标。' };
    const both = findAnswer(data([notice, { anchor: 'm-b1', page: 2, text: '落实目标。' }]), '目标');
    expect(both.kind === 'unassigned' && both.elsewhere.map((e) => e.kind)).toEqual(['measure']);
    const only = findAnswer(data([notice]), '目标');
    expect(only.kind === 'unassigned' && only.elsewhere).toEqual([{ title: '原文', href: '/p/plan/', kind: 'notice' }]);
  });
  it('search results on task pages are not places outside the tasks', () => {
    const elsewhere = [{ title: '任务0', href: '/p/tasks/t0/', kind: 'task' as const }];
    expect(findAnswer(data([]), '目标', { elsewhere }).kind).toBe('absent');
  });
  it('a sector\'s key term: the sector named first for one word, its home only for several', () => {
    const sectors: AnswerData['sectors'] = [{ id: 's', title: '装备', href: '/p/sectors/s/', terms: ['农机'], clauses: [], related: [] }];
    // Not printed in the sector text here: the sector is named for the key term alone.
    const one = findAnswer(data([{ anchor: 'o-b1', page: 1, text: '发展农机。' }], { sectors }), '农机');
    expect(one.kind === 'unassigned' && [one.home, one.elsewhere]).toEqual([true, [
      { title: '装备', href: '/p/sectors/s/', kind: 'sector' },
      { title: '总体要求', href: '/p/parts/o/', kind: 'overview' },
    ]]);
    expect(findAnswer(data([], { sectors }), '农机').kind).toBe('unassigned');
    // 盘锦 农机: the sector text does not hold 盘锦, so the sector is the home but not a place.
    const two = findAnswer(data([para(0, '盘锦农机。')], { sectors }), '盘锦 农机');
    expect(two.kind === 'unassigned' && [two.home, two.elsewhere, two.related.map((r) => [r.title, r.terms, r.sector])]).toEqual([true, [], [['任务0', ['盘锦 农机'], null]]]);
  });
});

describe('related tasks (提及) of an unassigned topic', () => {
  const sectors: AnswerData['sectors'] = [{ id: 's', title: '装备', href: '/p/sectors/s/', terms: ['农机'], clauses: [], related: [{ resp: 1, terms: ['农机'] }] }];
  const related = (a: Answer) => (a.kind === 'unassigned' ? a.related.map((r) => [r.title, r.terms, r.sector]) : null);
  it('from the sector the search names, whether or not the sector has a page of its own', () => {
    const elsewhere = [{ title: '装备', href: '/p/sectors/s/', kind: 'sector' as const }];
    expect(related(findAnswer(data([], { sectors, pages: [] }), '拖拉机', { elsewhere }))).toEqual([['任务1', ['农机'], '装备']]);
    expect(related(findAnswer(data([], { sectors }), '拖拉机', { elsewhere }))).toEqual([['任务1', ['农机'], '装备']]);
  });
  it('from the sector a page belongs to', () => {
    const sub = { title: '拖拉机', href: '/p/sectors/s-1/', kind: 'sector' as const };
    const pages = [...PAGES, { href: '/p/sectors/s-1/', name: '拖拉机', kind: 'sector' as const, sector: 0 }];
    expect(related(findAnswer(data([], { sectors, pages }), '拖拉机', { elsewhere: [sub] }))).toEqual([['任务1', ['农机'], '装备']]);
    // A page the data does not list, or one of no sector: none.
    const measure = { title: '强化支撑', href: '/p/measures/x/', kind: 'measure' as const };
    expect(related(findAnswer(data([], { sectors }), '拖拉机', { elsewhere: [measure] }))).toEqual([]);
    expect(related(findAnswer(data([], { sectors }), '拖拉机', { elsewhere: [{ ...measure, href: '/p/measures/m/' }] }))).toEqual([]);
  });
  it('a task that mentions the topic itself is listed once, by its own mention', () => {
    const d = data([para(1, '推广农机。'), { anchor: 's-b1', page: 3, text: '发展农机。' }], { sectors });
    expect(related(findAnswer(d, '农机'))).toEqual([['任务1', ['农机'], null]]);
    // Two places of the same sector: its tasks still once.
    const pages = [...PAGES, { href: '/p/sectors/s-1/', name: '拖拉机', kind: 'sector' as const, sector: 0 }];
    const e = findAnswer(data([{ anchor: 's-b1', page: 3, text: '拖拉机。' }, { anchor: 's1-b1', page: 7, text: '拖拉机。' }], { sectors, pages }), '拖拉机');
    expect(related(e)).toEqual([['任务1', ['农机'], '装备']]);
  });
});

describe('the browser: search results and pending', () => {
  it('findAnswers passes each plan its own search results and whether they are known', () => {
    const d = data([]);
    const measure = { title: '强化支撑', href: '/p/measures/m/', kind: 'measure' as const };
    const [a] = findAnswers([d], '目标', new Map([['p', [measure]]]));
    expect(a.kind === 'unassigned' && a.elsewhere).toEqual([measure]);
    expect(findAnswers([d], '目标', new Map([['q', [measure]]]))[0].kind).toBe('absent');
    expect(findAnswers([d], '目标', null)[0].kind).toBe('absent');
    expect(findAnswers([d], '目标', null, false)[0].kind).toBe('pending');
  });
});

describe('a topic with no printed lead: the next step (bundled plan)', () => {
  const leadNames = (m: PlanModel, taskId: string) => m.tasks.find((t) => t.id === taskId)!.leads.map((id) => deptName(m, id));
  const taskOf = (href: string) => href.match(/tasks\/([^/]+)\//)![1];

  it('光伏: the tasks of its sector group, each with its own leads, and the co-ordinating body as printed', () => {
    const a = findAnswer(B, '光伏');
    expect(a.kind).toBe('unassigned');
    if (a.kind !== 'unassigned') return;
    // No task mentions 太阳能光伏: the tasks that mention another sector of 加快发展电子信息产业.
    const group = bundled.sectorGroups.find((g) => g.sectors.some((s) => s.title === '太阳能光伏产业'))!;
    const groupSectors = new Set(group.sectors.map((s) => s.id));
    const expected = [...new Set(bundled.sectorTaskMentions.filter((m) => groupSectors.has(m.sector)).map((m) => m.task))];
    expect(expected.length).toBeGreaterThan(0);
    expect(a.related.map((r) => taskOf(r.href)).sort()).toEqual([...expected].sort());
    for (const r of a.related) {
      expect(r.group).toBe(group.title);
      expect(r.sector).not.toBe('太阳能光伏产业');
      expect(names(r.leads)).toEqual(leadNames(bundled, taskOf(r.href)));
    }
    // The leading group's office, as the notice prints it, with today's body beside the 2015 one.
    const notice = bundled.meta.noticeBody.find((p) => p.id === bundled.leadingGroup!.paragraph)!;
    expect(a.coordination).not.toBeNull();
    expect(notice.text.replace(/\s/g, '')).toContain(a.coordination!.text);
    expect(a.coordination!.text).toContain('办公室设在省经济和信息化委');
    expect(a.coordination!.href).toBe(`/liaoning-2015-24/plan/#${notice.id}`);
    expect(a.coordination!.host).toEqual({ name: '省经济和信息化委', href: '/liaoning-2015-24/departments/sheng-jing-ji-he-xin-xi-hua-wei/', now: '省工业和信息化厅' });
  });

  it('a topic printed only in the overview is answered by the task that states its words, said so', () => {
    // 品牌培育 is printed only in the principle 坚持质量为先; 强化质量品牌建设 holds 品牌 in its title.
    const a = findAnswer(B, '品牌培育');
    expect(a.kind).toBe('assigned');
    if (a.kind !== 'assigned') return;
    expect(a.matched).toEqual(['品牌']);
    expect(a.outsideTasks).toBe(true);
    expect(taskIds(a)[0]).toBe('p3-7');
    expect(a.tasks[0].rank).toBe(0);
    expect(a.elsewhere.map((e) => e.kind)).toEqual(['overview']);
  });

  it('a topic printed in a sector\'s text stays unassigned: a word of it in a task is not the topic', () => {
    // 服务型制造 is printed under 培育发展生产性服务业; tasks print 服务 in other senses.
    const a = findAnswer(B, '服务型制造');
    expect(a.kind).toBe('unassigned');
    expect(a.kind === 'unassigned' && a.matched).toBeFalsy();
  });

  it('names each department with its successor where the registry records one, and only there', () => {
    const now = Object.fromEntries(B.departments.map((d) => [d.name, d.now ?? null]));
    expect(now['省经济和信息化委']).toBe('省工业和信息化厅');
    expect(now['省质监局']).toBe('省市场监督管理局');
    expect(now['省政府金融办']).toBe('省地方金融监督管理局');
    expect(now['省科技厅']).toBeNull();
    const a = findAnswer(B, '省经济和信息化委');
    expect(a.kind === 'department' && a.department.now).toBe('省工业和信息化厅');
    const q = findAnswer(B, '质量');
    const p37 = q.kind === 'assigned' ? q.tasks.find((t) => t.href.includes('/p3-7/'))! : null;
    expect(p37?.leads).toContainEqual(expect.objectContaining({ name: '省质监局', now: '省市场监督管理局' }));
    expect(p37?.leads.find((d) => d.name === '省经济和信息化委')?.now).toBe('省工业和信息化厅');
    // The static page 按主题查牵头部门 names them the same way.
    const t = topicList(B).tasks.find((x) => x.href.includes('/p3-7/'))!;
    expect(t.leads.map((d) => [d.name, d.now ?? null])).toEqual([['省经济和信息化委', '省工业和信息化厅'], ['省质监局', '省市场监督管理局']]);
    expect(t.partners.map((d) => [d.name, d.now ?? null])).toEqual([['省工商局', '省市场监督管理局']]);
  });
});

describe('sectorCard (a bare sector or field keyword)', () => {
  it('光伏: the one sector whose title holds it, its group, its first sentence', () => {
    const c = sectorCard(B, '光伏')!;
    const group = bundled.sectorGroups.find((g) => g.sectors.some((s) => s.title === '太阳能光伏产业'))!;
    const sector = group.sectors.find((s) => s.title === '太阳能光伏产业')!;
    expect(c.title).toBe('太阳能光伏产业');
    expect(c.href).toBe(`/liaoning-2015-24/sectors/${sector.id}/`);
    expect(c.group).toBe(group.title);
    // What the plan says of it, in one line: the start of its text up to the first 。 or ；.
    const node = bundled.parts.flatMap((p) => p.children).flatMap((n) => n.children).find((n) => n.id === sector.id)!;
    const first = node.blocks.find((b) => b.type === 'paragraph')!;
    const text = (first as { text: string }).text.replace(/\s/g, '');
    expect(c.line).not.toBeNull();
    expect(text.startsWith(c.line!.replace(/…$/, ''))).toBe(true);
    expect(c.line!).toMatch(/[。；…]$/);
    // No task mentions 太阳能光伏: the tasks that mention another sector of its group, each named.
    expect(bundled.sectorTaskMentions.some((m) => m.sector === sector.id)).toBe(false);
    expect(c.byGroup).toBe(true);
    const others = new Map(group.sectors.filter((s) => s.id !== sector.id).map((s) => [s.id, s.title]));
    const want = bundled.sectorTaskMentions.filter((m) => others.has(m.sector));
    expect(c.tasks.map((t) => t.href.match(/tasks\/([^/]+)\//)![1]).sort()).toEqual([...new Set(want.map((m) => m.task))].sort());
    for (const t of c.tasks) expect(want.some((m) => t.href.endsWith(`/tasks/${m.task}/`) && others.get(m.sector) === t.sector)).toBe(true);
  });

  it('钢铁: a key term; the tasks that mention the sector, each with its own leads', () => {
    const c = sectorCard(B, '钢铁')!;
    expect(c.title).toBe('冶金工业');
    expect(c.byGroup).toBe(false);
    expect(c.tasks.every((t) => t.sector === undefined)).toBe(true);
    const want = [...new Set(bundled.sectorTaskMentions.filter((m) => m.sector === 'p2-2-2').map((m) => m.task))];
    expect(c.tasks.map((t) => t.href.match(/tasks\/([^/]+)\//)![1])).toEqual(want);
    for (const t of c.tasks) {
      const task = bundled.tasks.find((x) => t.href.endsWith(`/tasks/${x.id}/`))!;
      expect(names(t.leads)).toEqual(task.leads.map((id) => deptName(bundled, id)));
    }
  });

  it('no card for a keyword several sectors share, several words, one character, or no sector at all', () => {
    expect(['工业', '装备', '盘锦 石化', '光', '技术创新', '沈阳', '宇航员'].map((t) => sectorCard(B, t))).toEqual(Array(7).fill(null));
  });
});
