/**
 * Library rules one at a time: kinds and years read from titles and 文号, the order of cards, facet
 * values and their slugs, summaries, breadcrumbs, department ids, and citations between plans.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanModelSchema, RegistrySchema, type Citation, type PlanModel } from '../../../src/lib/model/schema.ts';
import { citationLinks, citedBy, citesOf, facets, libraryCrumbs, libraryDepartments, planKind, planLabel, planYear, sortCards, summary, type PlanCard } from '../../../src/lib/site/library/library.ts';

const base = (): PlanModel => PlanModelSchema.parse(JSON.parse(readFileSync('content/generated/liaoning-2015-24/plan.json', 'utf8')));
const plan = (id: string, meta: Partial<PlanModel['meta']> = {}, citations: Citation[] = []): PlanModel => {
  const b = base();
  return { ...b, id, meta: { ...b.meta, ...meta }, citations };
};
const cite = (docNumber: string, paragraph: string, title: string | null = null): Citation => ({ title, docNumber, paragraph, start: 0, end: 5, printed: `（${docNumber}）` });
const card = (id: string, date: string | null, docNumber: string | null, over: Partial<PlanCard> = {}): PlanCard => ({
  id, issuer: '某省人民政府', docNumber, title: id, label: id, date, year: date ? Number(date.slice(0, 4)) : null, kind: '方案', tasks: 1, departments: 1, targets: 0, ...over,
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
