import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, splitTitle, headingScheme, isPartHeading, markerLabel, markerRank, matchMarker, OFFICIAL_SCHEME, toNumeral, type MarkerKind } from '../../../src/lib/convert/markers.ts';

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

describe('matchMarker on the official markers', () => {
  it('matches a part heading 一、', () => {
    expect(matchMarker('一、总体思路和目标')).toEqual({ kind: 'numeral', number: 1, marker: '一、', rest: '总体思路和目标' });
  });
  it('matches a two-character part numeral 十二、', () => {
    expect(matchMarker('十二、其他事项')).toMatchObject({ kind: 'numeral', number: 12 });
  });
  it('matches a full-width section （一）', () => {
    expect(matchMarker('（三）主要目标。')).toEqual({ kind: 'paren-numeral', number: 3, marker: '（三）', rest: '主要目标。' });
  });
  it('matches a half-width section (一) and keeps the trailing space in the marker', () => {
    expect(matchMarker('(二) 拓宽融资渠道。')).toEqual({ kind: 'paren-numeral', number: 2, marker: '(二) ', rest: '拓宽融资渠道。' });
  });
  it('matches a section numbered 十 and above', () => {
    expect(matchMarker('（十）提升开放合作水平。')).toMatchObject({ kind: 'paren-numeral', number: 10 });
  });
  it('matches an item 1. with its trailing space', () => {
    expect(matchMarker('1. 坚持创新驱动。')).toEqual({ kind: 'arabic', number: 1, marker: '1. ', rest: '坚持创新驱动。' });
  });
  it('matches two-digit items and the full-width period', () => {
    expect(matchMarker('11. 工程机械。')).toMatchObject({ kind: 'arabic', number: 11 });
    expect(matchMarker('3．建材工业。')).toMatchObject({ kind: 'arabic', number: 3, marker: '3．' });
  });
  it('matches a clause ——', () => {
    expect(matchMarker('——炼油行业。推动')).toEqual({ kind: 'dash', number: 0, marker: '——', rest: '炼油行业。推动' });
  });
  it('does not treat a bare —— as a clause', () => {
    expect(matchMarker('——')).toBeNull();
  });
  it('does not read a decimal such as 2.5倍 as an item', () => {
    expect(matchMarker('2.5倍以上')).toBeNull();
    expect(matchMarker('0.65%')).toBeNull();
  });
  it('does not read a year such as 2015年 as an item', () => {
    expect(matchMarker('2015年7月27日印发')).toBeNull();
    expect(matchMarker('2020 年，全市')).toBeNull();
  });
  it('does not read a department line or an enumeration as a heading', () => {
    expect(matchMarker('（市商务局牵头负责）')).toBeNull();
    expect(matchMarker('一是传统工业转型升级工程。')).toBeNull();
    expect(matchMarker('到 2020 年，全省')).toBeNull();
  });
  it('reads a traditional copy through its simplified view, keeping the printed rest', () => {
    expect(matchMarker('一、總體要求')).toEqual({ kind: 'numeral', number: 1, marker: '一、', rest: '總體要求' });
  });
});

describe('matchMarker on the markers of 规划s and 预案s', () => {
  it('matches 第一部分 as a bufen marker', () => {
    expect(matchMarker('第三部分 总体要求')).toEqual({ kind: 'bufen', number: 3, marker: '第三部分 ', rest: '总体要求' });
  });
  it('matches the decimal outline 1　总则 · 1.1　编制目的 · 1.1.1　适用范围, numbering by the last figure', () => {
    expect(matchMarker('1　总则')).toEqual({ kind: 'decimal-1', number: 1, marker: '1　', rest: '总则' });
    expect(matchMarker('2.3　编制目的')).toEqual({ kind: 'decimal-2', number: 3, marker: '2.3　', rest: '编制目的' });
    expect(matchMarker('2.3.4 适用范围')).toEqual({ kind: 'decimal-3', number: 4, marker: '2.3.4 ', rest: '适用范围' });
    // Three numbers are a heading without the space a PDF's text can lose; two are not (5.1亿元).
    expect(matchMarker('5.1.2省级人民政府必须')).toEqual({ kind: 'decimal-3', number: 2, marker: '5.1.2', rest: '省级人民政府必须' });
    expect(matchMarker('5.1亿元用于')?.kind).not.toBe('decimal-2');
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
    expect(matchMarker('1、加快技术改造。')).toEqual({ kind: 'arabic', number: 1, marker: '1、', rest: '加快技术改造。' });
    expect(matchMarker('2020、2021年连续增长')).toBeNull();
  });
  it('lists the kinds a plan uses in rank order, its parts made by the highest', () => {
    expect(OFFICIAL_SCHEME).toEqual({ kinds: ['numeral', 'paren-numeral', 'arabic', 'dash'], part: 'numeral' });
    expect(headingScheme(['一、甲', '（一）乙', '1. 丙', '——戊'])).toEqual(OFFICIAL_SCHEME);
    expect(headingScheme(['一、甲', '（一）乙', '1. 丙', '（1）丁', '——戊'])).toEqual({ kinds: ['numeral', 'paren-numeral', 'arabic', 'paren-arabic', 'dash'], part: 'numeral' });
    expect(headingScheme(['第一章 甲', '第一节 乙', '一、丙', '（一）丁', '1. 戊'])).toEqual({ kinds: ['chapter', 'jie', 'numeral', 'paren-numeral', 'arabic'], part: 'chapter' });
    expect(headingScheme(['第一章 总则', '第一条 为了', '第二章 附则'])).toEqual({ kinds: ['chapter', 'article'], part: 'chapter' });
    expect(headingScheme(['第一部分 甲', '一、乙'])).toEqual({ kinds: ['bufen', 'numeral'], part: 'bufen' });
  });
  it('never makes parts of list markers (① and ——), and has no parts in a text without markers', () => {
    expect(headingScheme(['①甲', '——乙'])).toEqual({ kinds: ['circled', 'dash'], part: null });
    expect(headingScheme(['正文。'])).toEqual({ kinds: [], part: null });
  });
  it('counts a number and a space (1　总则) as a heading only where the plan also numbers 1.1', () => {
    expect(headingScheme(['1　总则', '1.1　编制目的', '1.1.1　适用', '2　组织'])).toEqual({ kinds: ['decimal-1', 'decimal-2', 'decimal-3'], part: 'decimal-1' });
    expect(headingScheme(['1　总则', '2　组织'])).toEqual({ kinds: [], part: null });
  });
  // Converter bug (reported to the lead): a line that starts with a decimal and a space
  // (0.65 （2013 年）, a value printed under an indicator) matches decimal-2, whose rank is above
  // 一、, so it takes the parts from the official markers.
  it('keeps the official parts when a line happens to start with a decimal number', () => {
    expect(headingScheme(['一、甲', '（一）乙', '0.65 （2013 年）', '二、丙']).part).toBe('numeral');
  });
  it('does not read a line that is only a dash rule as a clause', () => {
    expect(matchMarker('——')).toBeNull();
  });
});

describe('isPartHeading and markerRank', () => {
  it('is true only for the scheme’s part kind, the official 一、 by default', () => {
    const chapters = headingScheme(['第一章 甲', '第一节 乙', '一、丙', '（一）丁', '1. 戊']);
    expect([isPartHeading('第一章 甲', chapters), isPartHeading('一、丙', chapters)]).toEqual([true, false]);
    expect([isPartHeading('一、丙'), isPartHeading('（一）丁'), isPartHeading('第一章 甲'), isPartHeading('正文。')]).toEqual([true, false, false, false]);
    expect(isPartHeading('一、丙', { kinds: [], part: null })).toBe(false);
  });
  it('ranks the markers from 第一部分 down to ——', () => {
    const order: MarkerKind[] = ['bufen', 'chapter', 'jie', 'article', 'decimal-1', 'decimal-2', 'decimal-3', 'numeral', 'paren-numeral', 'arabic', 'paren-arabic', 'circled', 'dash'];
    expect(order.map(markerRank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
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
  it('take every kind the plan uses, in rank order, whatever order they appear in', () => {
    expect(headingScheme(['（1）戊', '1. 丁', '第一节 乙', '第一章 甲', '一、丙'])).toEqual({ kinds: ['chapter', 'jie', 'numeral', 'arabic', 'paren-arabic'], part: 'chapter' });
    expect(headingScheme(['第一条 甲', '（一）乙', '①丙'])).toEqual({ kinds: ['article', 'paren-numeral', 'circled'], part: 'article' });
  });
});
