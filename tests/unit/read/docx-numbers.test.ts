import { describe, expect, it } from 'vitest';
import { chineseCounting, formatNumber, symbolChar } from '../../../src/lib/read/docx-numbers.ts';

describe('Word number formats', () => {
  it('counts in Chinese as a document prints its headings: 一 … 十, 十一, 二十, 二十五', () => {
    const printed = Array.from({ length: 25 }, (_, i) => formatNumber(i + 1, 'chineseCounting'));
    expect(printed).toEqual([
      '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
      '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
      '二十一', '二十二', '二十三', '二十四', '二十五',
    ]);
  });

  it('writes zeros and hundreds as spoken: 一百, 一百零一, 一百一十, 一千零一, 九千九百九十九', () => {
    expect([100, 101, 110, 111, 1000, 1001, 1010, 2019, 9999].map((n) => chineseCounting(n))).toEqual([
      '一百', '一百零一', '一百一十', '一百一十一', '一千', '一千零一', '一千零一十', '二千零一十九', '九千九百九十九',
    ]);
    expect(chineseCounting(0)).toBe('〇');
    expect(chineseCounting(10000)).toBeNull();
    expect(chineseCounting(-1)).toBeNull();
    expect(chineseCounting(1.5)).toBeNull();
  });

  it('prints every counting variant of Word the same way below ten thousand, and digits past it', () => {
    for (const format of ['chineseCountingThousand', 'japaneseCounting', 'taiwaneseCounting', 'taiwaneseCountingThousand']) {
      expect([1, 10, 12, 20, 105].map((n) => formatNumber(n, format))).toEqual(['一', '十', '十二', '二十', '一百零五']);
    }
    expect(formatNumber(12345, 'chineseCounting')).toBe('12345');
  });

  it('keeps the tens digit in the financial forms (壹拾壹) and writes digit by digit with 〇', () => {
    expect(formatNumber(11, 'chineseLegalSimplified')).toBe('壹拾壹');
    expect(formatNumber(203, 'chineseLegalSimplified')).toBe('贰佰零叁');
    expect(formatNumber(3, 'ideographLegalTraditional')).toBe('參');
    expect(formatNumber(2019, 'ideographDigital')).toBe('二〇一九');
    expect(formatNumber(10, 'taiwaneseDigital')).toBe('一〇');
  });

  it('prints the heavenly stems and earthly branches, then digits past their end', () => {
    expect([1, 2, 10].map((n) => formatNumber(n, 'ideographTraditional'))).toEqual(['甲', '乙', '癸']);
    expect(formatNumber(11, 'ideographTraditional')).toBe('11');
    expect([1, 12].map((n) => formatNumber(n, 'ideographZodiac'))).toEqual(['子', '亥']);
    expect(formatNumber(13, 'ideographZodiac')).toBe('13');
  });

  it('prints enclosed numbers in their three Unicode runs, then digits', () => {
    expect([1, 20, 21, 35, 36, 50].map((n) => formatNumber(n, 'decimalEnclosedCircle'))).toEqual(['①', '⑳', '㉑', '㉟', '㊱', '㊿']);
    expect(formatNumber(51, 'decimalEnclosedCircle')).toBe('51');
    expect(formatNumber(0, 'decimalEnclosedCircle')).toBe('0');
    expect(formatNumber(3, 'decimalEnclosedCircleChinese')).toBe('③');
    expect([1, 10].map((n) => formatNumber(n, 'ideographEnclosedCircle'))).toEqual(['㈠', '㈩']);
    expect(formatNumber(11, 'ideographEnclosedCircle')).toBe('11');
    expect([1, 20].map((n) => formatNumber(n, 'decimalEnclosedParen'))).toEqual(['⑴', '⒇']);
    expect([1, 20].map((n) => formatNumber(n, 'decimalEnclosedFullstop'))).toEqual(['⒈', '⒛']);
    expect(formatNumber(21, 'decimalEnclosedFullstop')).toBe('21');
  });

  it('prints Latin forms as Word does: roman numerals, repeated letters, a leading zero, full-width digits', () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1994, 3999].map((n) => formatNumber(n, 'upperRoman'))).toEqual([
      'I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV', 'MMMCMXCIX',
    ]);
    expect(formatNumber(4000, 'upperRoman')).toBe('4000');
    expect(formatNumber(0, 'lowerRoman')).toBe('0');
    expect(formatNumber(3, 'lowerRoman')).toBe('iii');
    expect([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['A', 'Z', 'AA', 'BB', 'AAA']);
    expect(formatNumber(2, 'lowerLetter')).toBe('b');
    expect(formatNumber(0, 'lowerLetter')).toBe('0');
    expect([7, 10].map((n) => formatNumber(n, 'decimalZero'))).toEqual(['07', '10']);
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(12, 'decimal')).toBe('12');
    expect(formatNumber(12, 'someFutureFormat')).toBe('12');
    expect(formatNumber(12, 'none')).toBe('');
  });

  it('reads the private-use characters of the symbol fonts as the signs they draw, and keeps others', () => {
    expect(symbolChar('\uf0b7', 'Symbol')).toBe('•');
    expect(symbolChar('\uf0fc', 'Wingdings')).toBe('✓');
    expect(symbolChar('\u00b7', ' symbol ')).toBe('•');
    expect(symbolChar('\uf0b7', 'Wingdings 2')).toBe('\uf0b7');
    expect(symbolChar('\uf0b7', null)).toBe('\uf0b7');
    expect(symbolChar('\uf001', 'Symbol')).toBe('\uf001');
    expect(symbolChar('x', 'constructor')).toBe('x');
  });
});
