/**
 * The answer finder's rules one at a time, on small hand-made answer data: what each rule changes
 * in the answer a reader gets (which task, its departments, the quote and its link, the order, the
 * places named, the absent case).
 */
import { describe, expect, it } from 'vitest';
import type { AnswerData, AnswerPlace, AnswerResp } from '../../../src/lib/site/answers/answer-data.ts';
import { findAnswer, findAnswers, sentenceAt, type Answer } from '../../../src/lib/site/answers/answers.ts';

const DEPTS: AnswerData['departments'] = [
  { id: 'a', name: '市甲局', alt: ['甲局'], href: '/p/departments/a/' },
  { id: 'b', name: '市乙局', alt: ['乙局'], href: '/p/departments/b/' },
];
const resp = (i: number, over: Partial<AnswerResp> = {}): AnswerResp => ({
  node: `t${i}`, task: `t${i}`, title: `任务${i}`, href: `/p/tasks/t${i}/`, leads: [0], partners: [1], open: false, block: `t${i}-dept`, ...over,
});
/** Pages: 0 notice, 1 overview, 2 measure, 3 sector (sector 0), 4 task part, 5 and 6 tasks t0 and t1. */
const PAGES: AnswerData['pages'] = [
  { h: '/p/plan/', n: '原文', k: 'notice' },
  { h: '/p/parts/o/', n: '总体要求', k: 'overview', part: 1 },
  { h: '/p/measures/m/', n: '强化支撑', k: 'measure' },
  { h: '/p/sectors/s/', n: '装备', k: 'sector', s: 0 },
  { h: '/p/parts/t/', n: '重点任务', k: 'task', part: 1 },
  { h: '/p/tasks/t0/', n: '任务0', k: 'task' },
  { h: '/p/tasks/t1/', n: '任务1', k: 'task' },
];
const data = (places: AnswerPlace[], over: Partial<AnswerData> = {}): AnswerData => ({
  v: 1, plan: 'p', title: '示例方案', topics: '/p/departments/topics/', departments: DEPTS, resps: [resp(0), resp(1)], pages: PAGES, places, sectors: [], ...over,
});
/** A paragraph of task t0 (page 5) or t1 (page 6). */
const para = (r: number, t: string, a = `t${r}-b1`, hd?: [number, number][]): AnswerPlace => ({ a, p: 5 + r, t, r: [r], ...(hd ? { hd } : {}) });
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
    expect(quoteHref([{ a: 't0', p: 5, t: '目标任务', ti: 1, r: [0] }])).toBe(`/p/tasks/t0/#:~:text=${enc('目标')}`);
    expect(quoteHref([{ a: 't0-1', p: 5, t: '目标任务', ti: 1, r: [0] }])).toBe(`/p/tasks/t0/#t0-1:~:text=${enc('目标')}`);
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
    const three = data([para(0, '甲目标。'), para(1, '乙目标。'), { a: 't2-b1', p: 6, t: '丙目标。', r: [2] }], { resps: [resp(0), resp(1), resp(2)] });
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
    expect(quote([para(0, '甲目标。'), { a: 't0-1', p: 5, t: '目标建设', ti: 1, r: [0] }])).toBe('甲目标。');
    expect(quote([{ a: 't0', p: 5, t: '目标任务', ti: 1, r: [0] }, para(0, '甲目标。')])).toBe('甲目标。');
    expect(quote([{ a: 't0', p: 5, t: '目标任务', ti: 1, r: [0] }, { a: 't0-1', p: 5, t: '目标建设', ti: 1, r: [0] }])).toBe('目标任务');
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
    const a = findAnswer(data([{ a: 'm', p: 2, t: '目标支撑', ti: 1 }, { a: 'm-b1', p: 2, t: '落实目标。' }]), '目标');
    expect(a.kind === 'unassigned' && a.elsewhere).toEqual([{ title: '强化支撑', href: '/p/measures/m/', kind: 'measure' }]);
  });
  it('a passing mention in a task is assigned when no sector or measure has the topic as its own', () => {
    // Elsewhere only in a measure's paragraph, or in the title of the task part: not their topic.
    for (const other of [{ a: 'm-b1', p: 2, t: '落实目标。' }, { a: 't', p: 4, t: '目标任务', ti: 1 as const }]) {
      const a = findAnswer(data([other, para(0, '甲目标。')]), '目标');
      expect(a.kind).toBe('assigned');
      expect(tasksOf(a).map((t) => [t.title, t.rank])).toEqual([['任务0', 2]]);
    }
  });
  it('the original text is named only when nothing else is', () => {
    const notice = { a: 'n1', p: 0, t: '印发目标。' };
    const both = findAnswer(data([notice, { a: 'm-b1', p: 2, t: '落实目标。' }]), '目标');
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
    const one = findAnswer(data([{ a: 'o-b1', p: 1, t: '发展农机。' }], { sectors }), '农机');
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
  const sectors: AnswerData['sectors'] = [{ id: 's', title: '装备', href: '/p/sectors/s/', terms: ['农机'], clauses: [], related: [{ r: 1, terms: ['农机'] }] }];
  const related = (a: Answer) => (a.kind === 'unassigned' ? a.related.map((r) => [r.title, r.terms, r.sector]) : null);
  it('from the sector the search names, whether or not the sector has a page of its own', () => {
    const elsewhere = [{ title: '装备', href: '/p/sectors/s/', kind: 'sector' as const }];
    expect(related(findAnswer(data([], { sectors, pages: [] }), '拖拉机', { elsewhere }))).toEqual([['任务1', ['农机'], '装备']]);
    expect(related(findAnswer(data([], { sectors }), '拖拉机', { elsewhere }))).toEqual([['任务1', ['农机'], '装备']]);
  });
  it('from the sector a page belongs to', () => {
    const sub = { title: '拖拉机', href: '/p/sectors/s-1/', kind: 'sector' as const };
    const pages = [...PAGES, { h: '/p/sectors/s-1/', n: '拖拉机', k: 'sector' as const, s: 0 }];
    expect(related(findAnswer(data([], { sectors, pages }), '拖拉机', { elsewhere: [sub] }))).toEqual([['任务1', ['农机'], '装备']]);
    // A page the data does not list, or one of no sector: none.
    const measure = { title: '强化支撑', href: '/p/measures/x/', kind: 'measure' as const };
    expect(related(findAnswer(data([], { sectors }), '拖拉机', { elsewhere: [measure] }))).toEqual([]);
    expect(related(findAnswer(data([], { sectors }), '拖拉机', { elsewhere: [{ ...measure, href: '/p/measures/m/' }] }))).toEqual([]);
  });
  it('a task that mentions the topic itself is listed once, by its own mention', () => {
    const d = data([para(1, '推广农机。'), { a: 's-b1', p: 3, t: '发展农机。' }], { sectors });
    expect(related(findAnswer(d, '农机'))).toEqual([['任务1', ['农机'], null]]);
    // Two places of the same sector: its tasks still once.
    const pages = [...PAGES, { h: '/p/sectors/s-1/', n: '拖拉机', k: 'sector' as const, s: 0 }];
    const e = findAnswer(data([{ a: 's-b1', p: 3, t: '拖拉机。' }, { a: 's1-b1', p: 7, t: '拖拉机。' }], { sectors, pages }), '拖拉机');
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
