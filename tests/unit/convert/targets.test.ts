import { describe, expect, it } from 'vitest';
import { findDeadlines, findQuantities, paragraphTargets } from '../../../src/lib/convert/targets.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { convertFixture, realPlanBytes } from '../../support/plans.ts';

const para = (text: string, id = 'p1-b1') => ({ id, text });

describe('quantities', () => {
  it('reads a number with its unit and the comparison after it', () => {
    const [q] = findQuantities('每年新认定省级及以上企业技术中心 50 家以上。');
    expect(q).toMatchObject({ value: 50, unit: '家', after: '以上', printed: '50 家以上' });
  });
  it('prefers the longest unit (个百分点 over 个, 亿元 over 元)', () => {
    expect(findQuantities('提高 3 个百分点，').map((q) => q.unit)).toEqual(['个百分点']);
    expect(findQuantities('新增投资 20 亿元，').map((q) => q.unit)).toEqual(['亿元']);
  });
  it('leaves out attributive quantities (…以上的), sizes of a noun, codes, 《》 and 〔〕', () => {
    expect(findQuantities('投资 10 亿元以上的重大工业项目')).toEqual([]);
    expect(findQuantities('加快 10 万吨空分的研制')).toEqual([]);
    expect(findQuantities('加快 i5 数控系统、3G 网络、601 所建设')).toEqual([]);
    expect(findQuantities('《中国制造 2025》（国发〔2015〕28号）')).toEqual([]);
  });
  it('leaves out counts in a clause that cites another document', () => {
    expect(findQuantities('根据《中国制造 2025》提出的 9 大任务和 5 项重大工程，瞄准高端化')).toEqual([]);
  });
  it('keeps a count followed by the noun it counts', () => {
    expect(findQuantities('重点建设某某基地等 5 个石化园区。').map((q) => q.printed)).toEqual(['5 个']);
  });
  it('ignores Chinese numerals (七项工程 counts the plan’s own list)', () => {
    expect(findQuantities('重点抓好“七项工程”，在以下五个方面取得突破')).toEqual([]);
  });
});

describe('deadlines', () => {
  it('reads 到 YYYY 年, 到YYYY年底 and 每年; a bare year is not a deadline', () => {
    const d = findDeadlines('到 2017 年，到2015年底，每年，2014 年数据');
    expect(d.map((x) => [x.printed.trim(), x.year, x.yearEnd, x.frequency])).toEqual([
      ['到 2017 年', 2017, false, null],
      ['到2015年底', 2015, true, null],
      ['每年', null, false, 'annual'],
    ]);
  });
});

describe('paragraphTargets', () => {
  it('gives each quantity of a sentence the deadline that opens it', () => {
    const t = paragraphTargets(para('计划到 2017 年，累计攻克重大关键技术 120 项，开发重大创新产品 60 个。'));
    expect(t.map((x) => [x.phrase, x.value, x.unit, x.deadline, x.year])).toEqual([
      ['累计攻克重大关键技术 120 项', 120, '项', '到 2017 年', 2017],
      ['开发重大创新产品 60 个', 60, '个', '到 2017 年', 2017],
    ]);
    expect(t[0].comparison).toEqual(['累计']);
    expect(t.map((x) => x.id)).toEqual(['p1-b1-t1', 'p1-b1-t2']);
  });
  it('records comparison words on both sides and the bound they mean', () => {
    const [t] = paragraphTargets(para('到 2017 年，数控化率达到 50% 以上。'));
    expect(t).toMatchObject({ quantity: '50% 以上', value: 50, unit: '%', comparison: ['达到', '以上'], bound: 'at-least' });
    expect(paragraphTargets(para('到 2020 年，占比达到 12.5% 左右。'))[0].bound).toBe('about');
  });
  it('does not carry a deadline across sentences', () => {
    const t = paragraphTargets(para('到 2017 年完成改造。全省重点发展 31 个产业集群。'));
    const cluster = t.find((x) => x.value === 31)!;
    expect(cluster.deadline).toBeNull();
  });
  it('lists a dated sentence without a number as a dated commitment, with offsets into the text', () => {
    const text = '推广新工艺，到2015年底基本淘汰落后水泥产能，支持协同处置。';
    const [t] = paragraphTargets(para(text));
    expect(t).toMatchObject({ phrase: '到2015年底基本淘汰落后水泥产能', quantity: null, value: null, year: 2015, yearEnd: true });
    expect(text.slice(t.start, t.end)).toBe(t.phrase);
  });
  it('takes the rest of the sentence when the deadline stands alone in its clause', () => {
    const [t] = paragraphTargets(para('到 2020 年，工业结构不断优化，创新能力显著提升。'));
    expect(t.phrase).toBe('工业结构不断优化，创新能力显著提升');
  });
});

describe('targets of converted plans', () => {
  it('finds the commitments of an invented plan (named-plan.txt), and none that describe something else', () => {
    const { model } = convertFixture('named-plan.txt');
    const got = model.targets.map((t) => [t.quantity, t.deadline, t.bound]);
    expect(got).toEqual([
      [null, '到 2022 年', null],
      ['30 个以上', '到 2021 年底', 'at-least'],
      ['20 家', '每年', 'exact'],
      ['12.5% 左右', '到 2022 年', 'about'],
      ['2 个', '到 2022 年', 'exact'],
    ]);
    expect(model.stats.targets).toBe(5);
  });

  it('finds the commitments the issue names in the real plan', () => {
    const { model } = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' });
    const find = (q: string) => model.targets.find((t) => t.quantity === q && t.phrase.includes(q));
    expect(find('50 家以上')).toMatchObject({ frequency: 'annual', deadline: '每年' });
    expect(find('120 项')).toMatchObject({ year: 2017, comparison: ['累计'] });
    expect(find('50% 以上')).toMatchObject({ year: 2017, comparison: ['达到', '以上'], bound: 'at-least' });
    expect(model.targets.find((t) => t.deadline === '到2015年底')?.phrase).toBe('到2015年底基本淘汰落后水泥产能');
    // 投资 10 亿元以上的 describes the projects; 10 万吨空分 sizes a machine: neither is a target.
    expect(model.targets.some((t) => t.quantity?.startsWith('10 亿元') || t.quantity?.includes('万吨'))).toBe(false);
    for (const t of model.targets) expect(t.phrase.length).toBeGreaterThan(0);
  });
});

describe('the deadline of a quantity in a sentence with two years', () => {
  it('is the nearest one before the quantity, not the first of the sentence', () => {
    const t = paragraphTargets(para('到 2015 年，新增企业技术中心 10 家，到 2017 年，累计达到 30 家。'));
    expect(t.map((x) => [x.quantity, x.year])).toEqual([
      ['10 家', 2015],
      ['30 家', 2017],
    ]);
  });
  it('is the first one after it when none comes before', () => {
    const t = paragraphTargets(para('新增企业技术中心 10 家，到 2017 年底完成，到 2020 年巩固。'));
    expect(t.filter((x) => x.quantity !== null).map((x) => [x.quantity, x.year, x.yearEnd])).toEqual([['10 家', 2017, true]]);
  });
});

describe('target rules, one at a time', () => {
  it('reads 至…年末 and 在…年 as deadlines, 年末 as the end of the year, 年前 as not', () => {
    expect(findDeadlines('至 2020 年末，在2019年，2018 年前').map((d) => [d.printed.trim(), d.year, d.yearEnd, d.frequency])).toEqual([
      ['至 2020 年末', 2020, true, null],
      ['在2019年', 2019, false, null],
      ['2018 年前', 2018, false, null],
    ]);
    expect(findDeadlines('到 2017 年').map((d) => [d.start, d.end])).toEqual([[0, 8]]);
  });
  it('gives each bound word its meaning', () => {
    const b = (s: string) => paragraphTargets(para(s))[0].bound;
    expect([b('新增企业 10 家以内。'), b('新增企业 10 家以下。'), b('企业不超过 10 家。'), b('企业超过 10 家。'), b('企业突破 10 家。'), b('企业不少于 10 家。'), b('比重不低于 10%。'), b('新增 10 家。')]).toEqual([
      'at-most', 'at-most', 'at-most', 'at-least', 'at-least', 'at-least', 'at-least', 'exact',
    ]);
  });
  it('reads 不超过 as one word, not also as 超过 (at most, never at least)', () => {
    expect(paragraphTargets(para('企业不超过 10 家。'))[0]).toMatchObject({ comparison: ['不超过'], bound: 'at-most' });
  });
  it('lists comparison words in the order printed, then the word after the number', () => {
    expect(paragraphTargets(para('累计新增企业达到 10 家以上。'))[0].comparison).toEqual(['累计', '新增', '达到', '以上']);
  });
  it('leaves out a number that continues another (-5%, x1 个, 3.5.1 项)', () => {
    expect(findQuantities('下降-5%，x1 个，第 3.5.1 项')).toEqual([]);
  });
  it('keeps a quantity after a closed 《》 and a measure unit followed by 等/和/、', () => {
    expect(findQuantities('落实《规划》，新增 5 家').map((q) => q.printed)).toEqual(['5 家']);
    expect(findQuantities('形成 10 万吨、20 万吨和 30 万吨等产能').map((q) => q.printed)).toEqual(['10 万吨', '20 万吨', '30 万吨']);
  });
  it('takes the clause around a quantity, trimmed, with its offsets', () => {
    const text = '推进改造，  新增企业 10 家  ；完善服务。';
    const [t] = paragraphTargets(para(text));
    expect(t.phrase).toBe('新增企业 10 家');
    expect(text.slice(t.start, t.end)).toBe(t.phrase);
  });
  it('numbers the targets of a paragraph in text order, dated commitments among them', () => {
    const t = paragraphTargets(para('到2015年底基本淘汰落后产能。到 2017 年，新增 5 家。', 'p9-b2'));
    expect(t.map((x) => [x.id, x.quantity, x.year, x.yearEnd])).toEqual([
      ['p9-b2-t1', null, 2015, true],
      ['p9-b2-t2', '5 家', 2017, false],
    ]);
  });
  it('makes no dated commitment of 每年 alone, nor of a deadline with nothing to commit to', () => {
    expect(paragraphTargets(para('每年召开会议。'))).toEqual([]);
    expect(paragraphTargets(para('力争到 2020 年。'))).toEqual([]);
  });
  it('drops 计划/力争/争取 before judging whether the clause says more than its deadline', () => {
    const [t] = paragraphTargets(para('力争到 2020 年，产业结构明显优化。'));
    expect(t.phrase).toBe('产业结构明显优化');
  });
  it('lists the targets of several paragraphs in order', async () => {
    const { findTargets } = await import('../../../src/lib/convert/targets.ts');
    expect(findTargets([para('新增 5 家。', 'a'), para('新增 6 家。', 'b')]).map((t) => [t.id, t.value])).toEqual([['a-t1', 5], ['b-t1', 6]]);
  });
});

describe('target rules at their edges', () => {
  it('leaves out a number inside 〔〕 or inside a 《》 title even past a comma, but not one after the closing bracket', () => {
    expect(findQuantities('见〔第 5 项〕和《关于，5 项的意见》')).toEqual([]);
    expect(findQuantities('〔2015〕后新增 5 家').map((q) => q.printed)).toEqual(['5 家']);
  });
  it('reads a quantity at the very start of the text', () => {
    expect(findQuantities('5 家企业入选').map((q) => q.printed)).toEqual(['5 家']);
  });
  it('skips 的 after any run of spaces, and keeps a measure followed by a non-Han sign', () => {
    expect(findQuantities('投资 10 亿元  的项目')).toEqual([]);
    expect(findQuantities('新增产能 10 万吨/年').map((q) => q.printed)).toEqual(['10 万吨']);
  });
  it('takes a deadline that ends the sentence, and one printed right before the number', () => {
    expect(paragraphTargets(para('新增 5 家，到 2017 年'))[0]).toMatchObject({ quantity: '5 家', year: 2017 });
    expect(paragraphTargets(para('企业数每年50家以上。'))[0]).toMatchObject({ quantity: '50家以上', frequency: 'annual' });
  });
  it('prints the deadline without the spaces after it, and a quantity without one as having none', () => {
    expect(paragraphTargets(para('到 2017 年 新增 5 家。'))[0].deadline).toBe('到 2017 年');
    expect(paragraphTargets(para('新增 5 家。'))[0]).toMatchObject({ deadline: null, year: null, yearEnd: false, frequency: null });
  });
  it('ends a phrase in the last clause at the end of the text', () => {
    const text = '推进改造，新增 5 家';
    const [t] = paragraphTargets(para(text));
    expect([t.start, t.end]).toEqual([5, text.length]);
  });
  it('keeps a dated clause of exactly four characters besides its deadline as the phrase', () => {
    expect(paragraphTargets(para('到 2020 年完成改造，全面推广。'))[0].phrase).toBe('到 2020 年完成改造');
  });
  it('lists a dated sentence after a sentence with a number', () => {
    const t = paragraphTargets(para('新增 5 家。到2015年底基本淘汰落后产能。'));
    expect(t.map((x) => [x.quantity, x.deadline])).toEqual([['5 家', null], [null, '到2015年底']]);
  });
});

