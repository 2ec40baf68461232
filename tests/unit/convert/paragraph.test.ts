import { describe, expect, it } from 'vitest';
import { findEnumeration, leadLength, makeParagraph } from '../../../src/lib/convert/paragraph.ts';

describe('leadLength', () => {
  it('measures a short opening sentence including its 。', () => {
    // 加快企业技术创新步伐 is 10 characters, plus 。.
    expect(leadLength('加快企业技术创新步伐。强化企业技术创新主体地位。')).toBe(11);
  });
  it('is undefined when the opening sentence has an inner pause', () => {
    expect(leadLength('加快创新，提升能力。强化主体地位。')).toBeUndefined();
    expect(leadLength('推进“七项工程”。强化主体地位。')).toBeUndefined();
  });
  it('allows at most 18 characters including the 。', () => {
    expect(leadLength(`${'甲'.repeat(17)}。后文。`)).toBe(18);
    expect(leadLength(`${'甲'.repeat(18)}。后文。`)).toBeUndefined();
  });
  it('is undefined when the sentence is the whole paragraph or there is none', () => {
    expect(leadLength('加快企业技术创新步伐。')).toBeUndefined();
    expect(leadLength('没有句号的文字')).toBeUndefined();
    expect(leadLength('。开头就是句号。')).toBeUndefined();
  });
});

describe('findEnumeration', () => {
  it('finds 一是…二是…三是 entries, each running to the next', () => {
    const text = '抓好三项工程。一是甲工程。二是乙工程；三是丙工程。';
    const one = text.indexOf('一是');
    const two = text.indexOf('二是');
    const three = text.indexOf('三是');
    expect(findEnumeration(text)).toEqual([
      { ordinal: 1, start: one, end: two },
      { ordinal: 2, start: two, end: three },
      { ordinal: 3, start: three, end: text.length },
    ]);
  });
  it('accepts an entry at the very start of the text', () => {
    expect(findEnumeration('一是甲。二是乙。')?.map((e) => e.start)).toEqual([0, 4]);
  });
  it('does not take 统一是 inside a word as an entry', () => {
    const text = '标准统一是基础，一是加强领导；二是完善机制。';
    expect(findEnumeration(text)?.[0].start).toBe(text.indexOf('，一是') + 1);
  });
  it('needs at least two entries', () => {
    expect(findEnumeration('重点工作。一是加强领导。')).toBeUndefined();
    expect(findEnumeration('标准统一是基础，二是完善机制。')).toBeUndefined();
  });
  it('stops at the first missing ordinal', () => {
    expect(findEnumeration('一是甲。二是乙。四是丁。')?.length).toBe(2);
  });
});

describe('makeParagraph', () => {
  const base = { id: 'p1-b1', line: 3, endLine: 4, marks: [] };
  it('sets leadLength only when a lead is allowed', () => {
    const text = '加快企业技术创新步伐。强化主体地位。';
    expect(makeParagraph({ ...base, text, allowLead: true }).leadLength).toBe(11);
    expect(makeParagraph({ ...base, text, allowLead: false })).not.toHaveProperty('leadLength');
  });
  it('records an enumeration and leaves it out when there is none', () => {
    expect(makeParagraph({ ...base, text: '一是甲。二是乙。', allowLead: false }).enumeration).toHaveLength(2);
    expect(makeParagraph({ ...base, text: '普通段落，没有列举。', allowLead: true })).not.toHaveProperty('enumeration');
  });
});

describe('lead sentence and enumeration, each rule on its own', () => {
  it('has no lead when the opening sentence holds any inner pause or bracket', () => {
    for (const mark of ['，', '、', '；', '：', '“', '”', '（', '）', '(', ')']) expect(leadLength(`加快技术${mark}创新。后文。`), mark).toBeUndefined();
  });
  it('looks for pauses in the opening sentence only', () => {
    expect(leadLength('加快创新。强化，主体地位。')).toBe(5);
  });
  it('takes an entry after 。；：， or a space, but not after any other character', () => {
    for (const mark of ['。', '；', '：', '，', ' ', '\n']) expect(findEnumeration(`开头${mark}一是甲。二是乙。`)?.[0].start, JSON.stringify(mark)).toBe(3);
    expect(findEnumeration('开头、一是甲。二是乙。')).toBeUndefined();
  });
  it('runs up to 十是, and each entry ends where the next begins', () => {
    const n = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const text = n.map((x) => `${x}是做事。`).join('');
    const e = findEnumeration(text)!;
    expect(e.map((x) => x.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(e.map((x) => text.slice(x.start, x.end))).toEqual(n.map((x) => `${x}是做事。`));
  });
  it('looks for the next ordinal only after the previous one', () => {
    expect(findEnumeration('二是乙。一是甲。三是丙。')).toBeUndefined();
  });
});
