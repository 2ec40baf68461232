import { describe, expect, it } from 'vitest';
import { holdsTerms, readableExcerpt, yearHeads } from '../../../src/lib/search/excerpt.ts';
import { checkExcerptHtml } from '../../../src/lib/search/excerpt-html.ts';

// As Pagefind gives the indicators table: head cells run together, rows joined with ". ".
const CONTENT = '原表. 主要指标类别指 标2014 年2017 年2020 年经济规模工业增加值年均增长(%) 4.8. 6. 7.';

describe('yearHeads', () => {
  it('reads the year column heads of a table', () => {
    expect(yearHeads(CONTENT)).toEqual(['2014 年', '2017 年', '2020 年']);
    expect(yearHeads('到 2020 年，产值翻番')).toEqual([]);
  });
});

describe('readableExcerpt', () => {
  it('writes table rows as name：year value → year value, dropping values of a row cut off', () => {
    expect(readableExcerpt('. 25. 化工产品<mark>精细</mark>化率(%) 54.1. 55. 58. 钢铁企业比重(%) — &gt;10. &gt;15.', CONTENT))
      .toBe('化工产品<mark>精细</mark>化率(%)：2014 年 54.1 → 2017 年 55 → 2020 年 58；钢铁企业比重(%)：2014 年 — → 2017 年 &gt;10 → 2020 年 &gt;15');
  });
  it('leaves the years out when the row has another number of values', () => {
    expect(readableExcerpt('增长(%) 4.8. 6. 投资 1.5. 6. 7.', CONTENT)).toBe('增长(%)：4.8 → 6；投资：2014 年 1.5 → 2017 年 6 → 2020 年 7');
  });
  it('leaves text with fewer than three values as it is', () => {
    expect(readableExcerpt('推进<mark>中国制造</mark> 2025. 加快发展', CONTENT)).toBe('推进<mark>中国制造</mark> 2025. 加快发展');
  });
  it('keeps the shape the Trusted Types policy lets through', () => {
    expect(() => checkExcerptHtml(readableExcerpt('. 25. <mark>化工</mark>(%) 54.1. 55. 58.', CONTENT))).not.toThrow();
  });
});

describe('holdsTerms', () => {
  it('every term in the text, marks and spaces ignored', () => {
    expect(holdsTerms('<mark>中国</mark>制造 2025', ['中国制造2025'])).toBe(true);
    expect(holdsTerms('<mark>机器</mark>人', ['机器人', '沈阳'])).toBe(false);
  });
});
