import { describe, expect, it } from 'vitest';
import { findDeadlines, findQuantities, paragraphTargets } from '../../../src/lib/convert/targets.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { convertFixture, realPlanBytes } from '../helpers.ts';

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

describe('long paragraphs (found by fuzzing: a 1 MB line hung the converter)', () => {
  // Each of these took minutes before the scan became linear; vitest's timeout catches a regression.
  it('reads a quantity after a 1 MB run of digits once', () => {
    const digits = '1'.repeat(1 << 20);
    expect(findQuantities(`${digits}个`).map((q) => q.printed.length)).toEqual([digits.length + 1]);
  });
  it('finds every quantity and deadline of a long clause without rescanning it', () => {
    const targets = paragraphTargets(para('到2015年1个'.repeat(50_000)));
    expect(targets).toHaveLength(50_000);
    expect(targets[49_999]).toMatchObject({ quantity: '1个', deadline: '到2015年', start: 0 });
  });
  it('reads dated commitments in a long sentence of short clauses', () => {
    const clauses = '到2015年，完成改造，'.repeat(20_000);
    const targets = paragraphTargets(para(`${clauses}${' '.repeat(100_000)}。`));
    expect(targets).toHaveLength(20_000);
    // Each deadline stands alone in its clause: its commitment runs to the end of the sentence.
    expect(targets[0]).toMatchObject({ deadline: '到2015年', start: 7, end: clauses.length });
    expect(targets[19_999]).toMatchObject({ phrase: '完成改造，', start: clauses.length - 5 });
  });
});
