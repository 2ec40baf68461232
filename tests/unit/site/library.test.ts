import { beforeAll, describe, expect, it } from 'vitest';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { PlanRecordSchema, RegistrySchema, type PlanModel, type Citation, type Registry } from '../../../src/lib/model/schema.ts';
import { citationLinks, citedBy, citesOf, facets, cardsFor, libraryCrumbs, libraryDepartments, planCard, planKind, planYear, sortCards, summary, type PlanCard, planLabel } from '../../../src/lib/site/library/library.ts';
import { departmentKindLabel } from '../../../src/lib/model/labels.ts';
import { facetPath } from '../../../src/lib/model/routes.ts';
import { fixtureBytes, realPlanBytes } from '../../support/plans.ts';
import { bundledModel } from '../../support/bundled-model.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let real: PlanModel;
beforeAll(() => {
  real = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' }).model;
});
let lib: PlanModel;
beforeAll(() => {
  lib = convertPlan(fixtureBytes('library/liaoning-2019-8.txt'), { file: 'liaoning-2019-8.txt' }).model;
});
let qc: PlanModel;
beforeAll(() => {
  qc = convertPlan(fixtureBytes('library/qingchuan-2020-3.txt'), { file: 'qingchuan-2020-3.txt' }).model;
});
let models: PlanModel[];
beforeAll(() => {
  models = [real, lib, qc];
});

let registry: Registry;
beforeAll(() => {
  registry = RegistrySchema.parse({
    departments: [
      { name: '省经济和信息化委', fullName: '辽宁省经济和信息化委员会', englishName: null, successor: { name: '辽宁省工业和信息化厅', since: '2018', source: '《辽宁省机构改革方案》（2018年）' } },
      { name: '省工业和信息化厅', fullName: '辽宁省工业和信息化厅', englishName: null, successor: null },
      { name: '省科技厅', fullName: '辽宁省科学技术厅', englishName: null, successor: null },
    ],
  });
});

describe('plan cards and facets', () => {
  it('reads the kind from the end of the plan title, the longest kind first', () => {
    expect(planKind({ planTitle: '辽宁省传统工业转型升级实施方案', noticeTitle: '' })).toBe('实施方案');
    expect(planKind({ planTitle: '青川市数字经济提速行动方案', noticeTitle: '' })).toBe('行动方案');
    expect(planKind({ planTitle: '某省制造业发展规划（2016—2020年）', noticeTitle: '' })).toBe('规划');
    expect(planKind({ planTitle: '某省促进工业稳增长', noticeTitle: '关于促进工业稳增长的若干意见' })).toBe('意见');
    expect(planKind({ planTitle: '某某', noticeTitle: '某某' })).toBe('其他');
  });

  it('takes the year from the issue date, else from the 文号', () => {
    expect(planYear({ issuedDate: '2019-04-10', docNumber: '辽政发〔2018〕8号' })).toBe(2019);
    expect(planYear({ issuedDate: null, docNumber: '辽政发〔2018〕8号' })).toBe(2018);
    expect(planYear({ issuedDate: null, docNumber: '无' })).toBeNull();
  });

  it('orders plans newest first and counts every facet value', () => {
    const cards = sortCards(models.map(planCard));
    expect(cards.map((c) => c.id)).toEqual(['qingchuan-2020-3', 'liaoning-2019-8', 'liaoning-2015-24']);
    const f = facets(cards);
    expect(f.issuer.map((v) => [v.label, v.count])).toEqual([['辽宁省人民政府', 2], ['青川市人民政府', 1]]);
    expect(f.year.map((v) => v.label)).toEqual(['2020', '2019', '2015']);
    expect(f.kind.map((v) => v.label).sort()).toEqual(['方案', '实施方案', '行动方案'].sort());
    const liaoning = f.issuer[0];
    expect(facetPath(liaoning)).toBe('/plans/issuer/liao-ning-sheng-ren-min-zheng-fu/');
    expect(cardsFor(cards, liaoning).map((c) => c.id)).toEqual(['liaoning-2019-8', 'liaoning-2015-24']);
    for (const key of ['issuer', 'year', 'kind', 'status'] as const) {
      expect(f[key].every((v) => /^[a-z0-9-]+$/.test(v.slug))).toBe(true);
      expect(f[key].reduce((n, v) => n + v.count, 0)).toBe(3);
    }
    // No plan has a recorded status or a portal record: every one is 未标注, and no 主题分类 is listed.
    expect(f.status.map((v) => [v.label, v.count])).toEqual([['未标注', 3]]);
    expect(f.topic).toEqual([]);
  });

  it('facets the recorded status and the portal\'s 主题分类 (a patched model)', () => {
    const record = PlanRecordSchema.parse({ status: '现行有效', basis: { kind: 'portal', statement: '现行有效', url: 'https://www.ln.gov.cn/zwgk/2.html' } });
    const portalRecord = { indexNumber: null, topic: '工业、交通', issuer: null, writtenDate: null, title: null, docNumber: null, publishedDate: null, subjectWords: null, url: null };
    const cards = sortCards([{ ...lib, record, portalRecord }, real, qc].map(planCard));
    const f = facets(cards);
    expect(f.status.map((v) => [v.label, v.count])).toEqual([['未标注', 2], ['现行有效', 1]].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'zh-CN')));
    expect(cardsFor(cards, f.status.find((v) => v.label === '现行有效')!).map((c) => c.id)).toEqual([lib.id]);
    expect(f.topic.map((v) => [v.label, v.count])).toEqual([['工业、交通', 1]]);
    expect(facetPath(f.topic[0])).toBe('/plans/topic/gong-ye-jiao-tong/');
  });

  it('gives two labels with the same pinyin two slugs', () => {
    const a = { ...planCard(lib), issuer: '青川市人民政府' };
    const b = { ...planCard(qc), issuer: '清川市人民政府' };
    const slugs = facets([a, b]).issuer.map((v) => v.slug);
    expect(new Set(slugs).size).toBe(2);
  });

  it('summarises plans, issuers, tasks and years', () => {
    expect(summary(models, 21)).toEqual({ plans: 3, issuers: 2, departments: 21, tasks: real.stats.tasks + 6, firstYear: 2015, lastYear: 2020 });
  });
});

describe('libraryCrumbs', () => {
  const crumbs = [{ label: '首页', href: '/liaoning-2019-8/' }, { label: '主要任务', href: '/liaoning-2019-8/parts/p3/' }];
  it('names the plan after the library inside a library', () => {
    expect(libraryCrumbs(crumbs, models).map((c) => c.label)).toEqual(['文库', '辽宁省智能制造推进方案', '主要任务']);
  });
  it('leaves a one-plan site exactly as it was', () => {
    expect(libraryCrumbs(crumbs, [lib])).toBe(crumbs);
  });
});

describe('libraryDepartments', () => {
  const setup = () => {
    const { departments, unknown } = libraryDepartments(models, registry);
    const byName = new Map(departments.map((d) => [d.name, d]));

    return { departments, unknown, byName };
  };
  it('recognises one printed name across plans and gathers its duties plan by plan, newest first', () => {
    const { departments, unknown, byName } = setup();
    const kj = byName.get('省科技厅')!;
    expect(kj.duties.map((d) => d.plan.id)).toEqual(['liaoning-2019-8', 'liaoning-2015-24']);
    expect(kj.duties[0].partners.map((t) => t.title)).toEqual(['建设智能工厂']);
    expect(kj.duties[1].leads.length + kj.duties[1].partners.length).toBe(real.departments.find((d) => d.name === '省科技厅')!.leads.length + real.departments.find((d) => d.name === '省科技厅')!.partners.length);
  });

  it('relates a body and its registry successor both ways, never merging them', () => {
    const { departments, unknown, byName } = setup();
    const old = byName.get('省经济和信息化委')!;
    const now = byName.get('省工业和信息化厅')!;
    expect(old.related).toEqual([{ id: now.id, name: '省工业和信息化厅', relation: 'successor' }]);
    expect(now.related).toEqual([{ id: old.id, name: '省经济和信息化委', relation: 'predecessor' }]);
    expect(old.duties.map((d) => d.plan.id)).toEqual(['liaoning-2015-24']);
    expect(now.duties.map((d) => d.plan.id)).toEqual(['liaoning-2019-8']);
  });

  it('gives a printed name the registry lacks its own entry and lists it', () => {
    const { departments, unknown, byName } = setup();
    expect(byName.get('省大数据管理局')?.registry).toBeNull();
    expect(unknown).toContain('省大数据管理局');
    expect(unknown).toContain('市数据局');
    expect(unknown).not.toContain('省科技厅');
  });

  it('has one ASCII id per name', () => {
    const { departments, unknown, byName } = setup();
    const ids = departments.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('shows a department kind it does not know as 其他单位 and no kind as 部门', () => {
    const { departments, unknown, byName } = setup();
    expect(departmentKindLabel(undefined)).toBe('部门');
    expect(departmentKindLabel('local-government')).toBe('地方政府');
    expect(departmentKindLabel('future-kind')).toBe('其他单位');
  });
});

describe('citations between plans', () => {
  it('links a citation to the cited plan when the library holds it, and keeps the others as text', () => {
    const cites = citesOf(lib, models);
    expect(cites.map((c) => [c.docNumber, c.target?.id ?? null])).toEqual([
      ['国发〔2015〕28号', null],
      ['辽政发〔2015〕24号', 'liaoning-2015-24'],
    ]);
    expect(cites[1].paragraphs.length).toBe(2);
  });

  it('gives the in-text spans of citations of plans in the library, and none for the others', () => {
    const links = citationLinks(lib, models);
    const spans = [...links.values()].flat();
    expect(spans.map((l) => l.href)).toEqual(['/liaoning-2015-24/', '/liaoning-2015-24/']);
    for (const [paragraph, ls] of links) {
      const text = lib.citations.find((c) => c.paragraph === paragraph)!;
      for (const l of ls) expect(lib.citations.some((c) => c.paragraph === paragraph && c.start === l.start && c.end === l.end && c.docNumber === '辽政发〔2015〕24号')).toBe(true);
      expect(text).toBeDefined();
    }
    expect(citationLinks(real, models).size).toBe(0);
  });

  it('lists the plans that cite a plan', () => {
    expect(citedBy(real, models).map((x) => x.plan.id)).toEqual(['liaoning-2019-8']);
    expect(citedBy(lib, models).map((x) => x.plan.id)).toEqual(['qingchuan-2020-3']);
    expect(citedBy(qc, models)).toEqual([]);
  });
});

const base = (): PlanModel => bundledModel();
const plan = (id: string, meta: Partial<PlanModel['meta']> = {}, citations: Citation[] = []): PlanModel => {
  const b = base();
  return { ...b, id, meta: { ...b.meta, ...meta }, citations };
};
const cite = (docNumber: string, paragraph: string, title: string | null = null): Citation => ({ title, docNumber, paragraph, start: 0, end: 5, printed: `（${docNumber}）` });
const card = (id: string, date: string | null, docNumber: string | null, over: Partial<PlanCard> = {}): PlanCard => ({
  id, issuer: '某省人民政府', docNumber, title: id, label: id, date, year: date ? Number(date.slice(0, 4)) : null, kind: '方案', tasks: 1, departments: 1, targets: 0, status: '未标注', topic: null, ...over,
});

describe('plan kind', () => {
  it('drops a trailing parenthesis even when a space precedes it', () => {
    expect(planKind({ planTitle: '某省制造业发展规划 （2016—2020年）', noticeTitle: null })).toBe('规划');
  });
  it('drops only the parenthesis at the very end', () => {
    expect(planKind({ planTitle: '某省（2016—2020年）工业转型实施方案', noticeTitle: null })).toBe('实施方案');
    expect(planKind({ planTitle: '某省（2016—2020年）工业转型实施方案（试行）', noticeTitle: null })).toBe('实施方案');
  });
  it('says 其他 when neither the plan title nor a missing notice title names a kind', () => {
    expect(planKind({ planTitle: '某省促进工业稳增长', noticeTitle: null })).toBe('其他');
  });
});

describe('plan year and label', () => {
  it('reads the year from a 文号 printed with square brackets', () => {
    expect(planYear({ issuedDate: null, docNumber: '某政发[2018]8号' })).toBe(2018);
  });
  it('has no year without date or 文号', () => {
    expect(planYear({ issuedDate: null, docNumber: null })).toBeNull();
  });
  it('names a plan by title and 文号, or the title alone', () => {
    expect(planLabel({ planTitle: '某方案', docNumber: '某发〔2019〕1号' })).toBe('某方案（某发〔2019〕1号）');
    expect(planLabel({ planTitle: '某方案', docNumber: null })).toBe('某方案');
  });
});

describe('card order', () => {
  it('puts undated plans after dated ones, whichever side of the comparison they are on', () => {
    expect(sortCards([card('a', null, null), card('b', '2019-01-01', null)]).map((c) => c.id)).toEqual(['b', 'a']);
    expect(sortCards([card('b', '2019-01-01', null), card('a', null, null)]).map((c) => c.id)).toEqual(['b', 'a']);
  });
  it('orders plans of one date by 文号 before id, a plan without 文号 first', () => {
    const cards = [card('a', '2019-01-01', '辽政发〔2019〕8号'), card('b', '2019-01-01', 'A〔2019〕1号'), card('c', '2019-01-01', null)];
    expect(sortCards(cards).map((c) => c.id)).toEqual(['c', 'b', 'a']);
    expect(sortCards([...cards].reverse()).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('facets', () => {
  it('lists no year for a plan without one', () => {
    const f = facets([card('a', null, null), card('b', '2019-01-01', null)]);
    expect(f.year).toEqual([{ facet: 'year', slug: '2019', label: '2019', count: 1 }]);
  });
  it('orders issuers by pinyin (安徽 before 北京), not by code point', () => {
    const f = facets([card('a', null, null, { issuer: '北京市人民政府' }), card('b', null, null, { issuer: '安徽省人民政府' })]);
    expect(f.issuer.map((v) => [v.label, v.slug])).toEqual([['安徽省人民政府', 'an-hui-sheng-ren-min-zheng-fu'], ['北京市人民政府', 'bei-jing-shi-ren-min-zheng-fu']]);
  });
  it('numbers the second label of one pinyin -2', () => {
    const f = facets([card('a', null, null, { issuer: '青川市人民政府' }), card('b', null, null, { issuer: '清川市人民政府' })]);
    expect(f.issuer.map((v) => v.slug).sort()).toEqual(['qing-chuan-shi-ren-min-zheng-fu', 'qing-chuan-shi-ren-min-zheng-fu-2']);
  });
});

describe('summary', () => {
  it('spans the years of the plans that have one', () => {
    const s = summary([plan('a', { issuedDate: '2016-05-01' }), plan('b', { issuedDate: null, docNumber: null }), plan('c', { issuedDate: '2019-05-01' })], 0);
    expect([s.firstYear, s.lastYear]).toEqual([2016, 2019]);
  });
});

describe('libraryCrumbs', () => {
  const models = () => [plan('a'), plan('b')];
  it('keeps a page without crumbs without crumbs', () => {
    expect(libraryCrumbs([], models())).toEqual([]);
  });
  it('keeps the crumbs of a page outside any plan', () => {
    const crumbs = [{ label: '部门', href: '/departments/' }];
    expect(libraryCrumbs(crumbs, models())).toEqual(crumbs);
  });
  it('starts a plan page with the library home', () => {
    expect(libraryCrumbs([{ label: '首页', href: '/a/' }], models())[0]).toEqual({ label: '文库', href: '/' });
  });
});

describe('library departments', () => {
  it('gives two printed names with one pinyin the ids x and x-2', () => {
    const b = base();
    const [d1, d2] = b.departments;
    const m = { ...b, departments: [{ ...d1, name: '青川市财政局' }, { ...d2, name: '清川市财政局' }] };
    const ids = libraryDepartments([m], RegistrySchema.parse({ departments: [] })).departments.map((d) => d.id);
    expect(ids.sort()).toEqual(['qing-chuan-shi-cai-zheng-ju', 'qing-chuan-shi-cai-zheng-ju-2']);
  });
});

describe('citesOf', () => {
  it('tolerates plans without 文号 in the library', () => {
    const models = [plan('x', { docNumber: null }), plan('t', { docNumber: '某发〔2019〕1号', planTitle: '目标方案' })];
    expect(citesOf({ citations: [cite('某发〔2019〕1号', 'p1')] }, models).map((c) => c.target?.id)).toEqual(['t']);
  });
  it('takes the title printed with the 文号, else the cited plan title, else none', () => {
    const models = [plan('t', { docNumber: '某发〔2019〕1号', planTitle: '目标方案' })];
    const cites = citesOf({ citations: [cite('某发〔2019〕1号', 'p1'), cite('国发〔2015〕28号', 'p1', '中国制造 2025'), cite('国发〔2016〕1号', 'p2')] }, models);
    expect(cites.map((c) => c.title)).toEqual(['目标方案', '中国制造 2025', null]);
  });
  it('keeps the first title found for a document cited twice', () => {
    const cites = citesOf({ citations: [cite('国发〔2015〕28号', 'p1', '中国制造 2025'), cite('国发〔2015〕28号', 'p2', '另一标题')] }, []);
    expect(cites.map((c) => [c.title, c.paragraphs])).toEqual([['中国制造 2025', ['p1', 'p2']]]);
  });
  it('lists a paragraph once however often it cites the document', () => {
    const cites = citesOf({ citations: [cite('国发〔2015〕28号', 'p1'), cite('国发〔2015〕28号', 'p1')] }, []);
    expect(cites[0].paragraphs).toEqual(['p1']);
  });
});

describe('citationLinks', () => {
  it('links no citation of the plan itself, and tolerates plans without 文号', () => {
    const self = plan('s', { docNumber: '某发〔2019〕1号' }, [cite('某发〔2019〕1号', 'p1')]);
    expect(citationLinks(self, [self, plan('x', { docNumber: null })]).size).toBe(0);
  });
});

describe('citedBy', () => {
  it('lists nothing for a plan without 文号', () => {
    const target = plan('t', { docNumber: null });
    expect(citedBy(target, [target, plan('a', {}, [cite('某发〔2019〕1号', 'p1')])])).toEqual([]);
  });
  it('finds citations of a plan whose 文号 is printed with square brackets', () => {
    const target = plan('t', { docNumber: '某发[2019]1号' });
    expect(citedBy(target, [target, plan('a', {}, [cite('某发〔2019〕1号', 'p1')])]).map((x) => x.plan.id)).toEqual(['a']);
  });
  it('does not count a plan citing itself', () => {
    const self = plan('s', { docNumber: '某发〔2019〕1号' }, [cite('某发〔2019〕1号', 'p1')]);
    expect(citedBy(self, [self])).toEqual([]);
  });
  it('lists citing plans newest first, whatever the input order', () => {
    const target = plan('t', { docNumber: '某发〔2015〕1号', issuedDate: '2015-01-01' });
    const c = [cite('某发〔2015〕1号', 'p1')];
    const models = [target, plan('a', { issuedDate: '2019-01-01' }, c), plan('b', { issuedDate: '2021-01-01' }, c), plan('c', { issuedDate: '2020-01-01' }, c)];
    expect(citedBy(target, models).map((x) => x.plan.id)).toEqual(['b', 'c', 'a']);
  });
});
