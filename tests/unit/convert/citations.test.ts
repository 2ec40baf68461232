import { describe, expect, it } from 'vitest';
import { findCitations, findCitationsInText } from '../../../src/lib/convert/citations.ts';
import { canonicalDocNumber } from '../../../src/lib/model/doc-number.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { fixtureBytes, realPlanBytes } from '../../support/plans.ts';

describe('findCitationsInText', () => {
  it('reads a title in 《》 followed by its 文号 in brackets, with the span as printed', () => {
    const text = '为贯彻落实《中国制造 2025》（国发〔2015〕28号），制定本方案。';
    const [c, ...rest] = findCitationsInText(text);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ title: '中国制造 2025', docNumber: '国发〔2015〕28号' });
    expect(text.slice(c.start, c.end)).toBe('《中国制造 2025》（国发〔2015〕28号）');
  });

  it('reads a 文号 alone and leaves the words before it out of the issuer prefix', () => {
    const text = '按照辽政发〔2015〕24号确定的方向，根据国办发〔2019〕12号要求，落实工信部规〔2016〕1号。';
    const found = findCitationsInText(text);
    expect(found.map((c) => c.docNumber)).toEqual(['辽政发〔2015〕24号', '国办发〔2019〕12号', '工信部规〔2016〕1号']);
    expect(found.map((c) => c.title)).toEqual([null, null, null]);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['辽政发〔2015〕24号', '国办发〔2019〕12号', '工信部规〔2016〕1号']);
  });

  it('treats the brackets extraction substitutes for 〔〕 and a leading zero as the same 文号', () => {
    expect(findCitationsInText('见国发[2015]28号和国发（2015）028号').map((c) => c.docNumber)).toEqual(['国发〔2015〕28号', '国发〔2015〕28号']);
    expect(canonicalDocNumber('辽政发〔2015〕24号')).toBe('辽政发〔2015〕24号');
    expect(canonicalDocNumber('不是文号')).toBeNull();
  });

  it('does not take a title without a 文号, a year alone or a number of items for a citation', () => {
    expect(findCitationsInText('现将《辽宁省传统工业转型升级实施方案》印发给你们。到2020年完成20项任务，（2018年）基数。')).toEqual([]);
  });
});

describe('findCitations', () => {
  it('keeps every occurrence with its paragraph and leaves out the plan’s own 文号', () => {
    const paragraphs = [
      { id: 'a', text: '依据辽政发〔2015〕24号和《中国制造2025》（国发〔2015〕28号）。' },
      { id: 'b', text: '再次引用国发〔2015〕28号。' },
    ];
    const out = findCitations(paragraphs, '辽政发〔2015〕24号');
    expect(out.map((c) => [c.paragraph, c.docNumber, c.title])).toEqual([
      ['a', '国发〔2015〕28号', '中国制造2025'],
      ['b', '国发〔2015〕28号', null],
    ]);
    expect(out[0].printed).toBe('《中国制造2025》（国发〔2015〕28号）');
  });

  it('finds the citations of the fixture plans and of the bundled plan in the model', () => {
    const lib = convertPlan(fixtureBytes('library/liaoning-2019-8.txt'), { file: 'liaoning-2019-8.txt' }).model;
    expect(lib.citations.map((c) => [c.title, c.docNumber])).toEqual([
      ['中国制造 2025', '国发〔2015〕28号'],
      ['辽宁省传统工业转型升级实施方案', '辽政发〔2015〕24号'],
      [null, '辽政发〔2015〕24号'],
    ]);
    const qc = convertPlan(fixtureBytes('library/qingchuan-2020-3.txt'), { file: 'qingchuan-2020-3.txt' }).model;
    expect(qc.citations.map((c) => c.docNumber)).toEqual(['辽政发〔2019〕8号']);
    const real = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' }).model;
    expect(real.citations.map((c) => c.printed)).toEqual(['《中国制造 2025》（国发〔2015〕28号）']);
  });
});
