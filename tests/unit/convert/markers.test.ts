import { describe, expect, it } from 'vitest';
import { matchHeading, parseChineseNumeral, splitTitle, headingScheme, markerLabel, matchMarker, OFFICIAL_SCHEME, toNumeral, type MarkerKind } from '../../../src/lib/convert/markers.ts';

describe('parseChineseNumeral', () => {
  it('reads single digits', () => {
    expect(parseChineseNumeral('一')).toBe(1);
    expect(parseChineseNumeral('九')).toBe(9);
  });
  it('reads 十 as ten and 十一 as eleven', () => {
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('十一')).toBe(11);
  });
  it('reads tens with and without units', () => {
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('二十三')).toBe(23);
    expect(parseChineseNumeral('九十九')).toBe(99);
  });
  it('rejects strings that are not a numeral from 一 to 九十九', () => {
    for (const bad of ['', '二二', '十十', '一十二十', '二十三四', '百', '一百', 'a', '1', '零']) {
      expect(parseChineseNumeral(bad), bad).toBeNull();
    }
  });
});

describe('matchHeading', () => {
  it('matches a part heading 一、', () => {
    expect(matchHeading('一、总体思路和目标')).toMatchObject({ level: 'part', number: 1, marker: '一、', rest: '总体思路和目标' });
  });
  it('matches a two-character part numeral 十二、', () => {
    expect(matchHeading('十二、其他事项')).toMatchObject({ level: 'part', number: 12 });
  });
  it('matches a full-width section （一）', () => {
    expect(matchHeading('（三）主要目标。')).toMatchObject({ level: 'section', number: 3, marker: '（三）', rest: '主要目标。' });
  });
  it('matches a half-width section (一) and keeps the trailing space in the marker', () => {
    expect(matchHeading('(二) 拓宽融资渠道。')).toMatchObject({ level: 'section', number: 2, marker: '(二) ', rest: '拓宽融资渠道。' });
  });
  it('matches a section numbered 十 and above', () => {
    expect(matchHeading('（十）提升开放合作水平。')).toMatchObject({ level: 'section', number: 10 });
  });
  it('matches an item 1. with its trailing space', () => {
    expect(matchHeading('1. 坚持创新驱动。')).toMatchObject({ level: 'item', number: 1, marker: '1. ', rest: '坚持创新驱动。' });
  });
  it('matches two-digit items and the full-width period', () => {
    expect(matchHeading('11. 工程机械。')).toMatchObject({ level: 'item', number: 11 });
    expect(matchHeading('3．建材工业。')).toMatchObject({ level: 'item', number: 3, marker: '3．' });
  });
  it('matches a clause ——', () => {
    expect(matchHeading('——炼油行业。推动')).toMatchObject({ level: 'clause', number: 0, marker: '——', rest: '炼油行业。推动' });
  });
  it('does not treat a bare —— as a clause', () => {
    expect(matchHeading('——')).toBeNull();
  });
  it('does not read a decimal such as 0.65 as an item', () => {
    expect(matchHeading('0.65 (2013 年)')).toBeNull();
    expect(matchHeading('2.5倍以上')).toBeNull();
  });
  it('does not read a year such as 2015年 as an item', () => {
    expect(matchHeading('2015年7月27日印发')).toBeNull();
    expect(matchHeading('2020 年，全市')).toBeNull();
  });
  it('does not read a department line or an enumeration as a heading', () => {
    expect(matchHeading('（市商务局牵头负责）')).toBeNull();
    expect(matchHeading('一是传统工业转型升级工程。')).toBeNull();
    expect(matchHeading('到 2020 年，全省')).toBeNull();
  });
});

describe('splitTitle', () => {
  it('splits at the first 。 into title and remainder', () => {
    expect(splitTitle('增强自主创新能力。加快推进网络建设。')).toEqual({
      title: '增强自主创新能力',
      terminator: '。',
      remainder: '加快推进网络建设。',
      sentence: false,
    });
  });
  it('keeps the whole trimmed line as the title when there is no 。', () => {
    expect(splitTitle('总体思路和目标 ')).toEqual({ title: '总体思路和目标', terminator: '', remainder: '', sentence: false });
  });
  it('flags a title with inner punctuation as a sentence', () => {
    expect(splitTitle('重点推进铁岭车用燃料乙醇生产、乳制品生产等项目建设。').sentence).toBe(true);
  });
  it('flags a title longer than 24 characters as a sentence', () => {
    const long = '甲'.repeat(25);
    expect(splitTitle(`${long}。`).sentence).toBe(true);
    expect(splitTitle(`${'甲'.repeat(24)}。`).sentence).toBe(false);
  });
});

describe('heading schemes', () => {
  it('reads 1、 like 1. as an item', () => {
    expect(matchHeading('1、加快技术改造。')).toMatchObject({ level: 'item', number: 1, marker: '1、', rest: '加快技术改造。' });
    expect(matchHeading('2020、2021年连续增长')).toBeNull();
  });
  it('keeps the official levels unless the plan uses chapters, 节 or 条', () => {
    expect(headingScheme(['一、甲', '（一）乙', '1. 丙', '（1）丁', '——戊'])).toEqual(OFFICIAL_SCHEME);
    expect(headingScheme(['第一章 甲', '第一节 乙', '一、丙', '（一）丁', '1. 戊'])).toEqual({ chapter: 'part', jie: 'section', numeral: 'item', 'paren-numeral': 'clause' });
    expect(headingScheme(['第一章 总则', '第一条 为了', '第二章 附则'])).toEqual({ chapter: 'part', article: 'section' });
  });
  it('does not read a line that is only a dash rule as a clause', () => {
    expect(matchMarker('——')).toBeNull();
  });
});

describe('every marker kind', () => {
  it('reads its number and prints its label for messages', () => {
    const cases: [string, string, number, string][] = [
      ['第十二章 总则', 'chapter', 12, '第十二章'],
      ['第三节 任务', 'jie', 3, '第三节'],
      ['第二十条 附则', 'article', 20, '第二十条'],
      ['十一、保障', 'numeral', 11, '十一、'],
      ['(二)任务', 'paren-numeral', 2, '（二）'],
      ['12．任务', 'arabic', 12, '12.'],
      ['（3）任务', 'paren-arabic', 3, '（3）'],
      ['⑳任务', 'circled', 20, '⑳'],
      ['②任务', 'circled', 2, '②'],
    ];
    for (const [text, kind, number, label] of cases) {
      expect(matchMarker(text), text).toMatchObject({ kind, number });
      expect(markerLabel(kind as MarkerKind, number), text).toBe(label);
    }
    expect(markerLabel('circled', 21)).toBe('(21)');
    expect(markerLabel('dash', 0)).toBe('——');
    expect(matchMarker('——推进工作')).toMatchObject({ kind: 'dash', number: 0, marker: '——', rest: '推进工作' });
  });
  it('is no marker when its numeral is not one (第十十章, 一二、)', () => {
    expect(matchMarker('第十十章 总则')).toBeNull();
    expect(matchMarker('一二、总则')).toBeNull();
    expect(matchMarker('（十十）任务')).toBeNull();
  });
  it('prints numerals from one to ninety-nine', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(toNumeral)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
  });
});

describe('schemes of plans with chapters', () => {
  it('take the first four kinds the plan uses, in rank order, whatever order they appear in', () => {
    expect(headingScheme(['（1）戊', '1. 丁', '第一节 乙', '第一章 甲', '一、丙'])).toEqual({ chapter: 'part', jie: 'section', numeral: 'item', arabic: 'clause' });
    expect(headingScheme(['第一条 甲', '（一）乙', '①丙'])).toEqual({ article: 'part', 'paren-numeral': 'section', circled: 'item' });
  });
  it('leave deeper markers as text', () => {
    const scheme = headingScheme(['第一章 甲', '第一节 乙', '一、丙', '（一）丁', '1. 戊']);
    expect(matchHeading('1. 戊', scheme)).toBeNull();
    expect(matchHeading('第一节 乙', scheme)).toMatchObject({ level: 'section', kind: 'jie' });
  });
});
