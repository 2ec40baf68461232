import { describe, expect, it } from 'vitest';
import { columnYear, parseIndicatorCell, splitUnit } from '../../../src/lib/convert/indicators.ts';

describe('parseIndicatorCell', () => {
  it('reads a dash as a missing value, not zero', () => {
    expect(parseIndicatorCell('—')).toEqual({ printed: '—', value: null, comparator: null, note: null, year: null });
  });
  it('reads a plain number', () => {
    expect(parseIndicatorCell('54.1')).toEqual({ printed: '54.1', value: 54.1, comparator: null, note: null, year: null });
  });
  it('reads >10 as a bound with its comparator', () => {
    expect(parseIndicatorCell('>10')).toMatchObject({ value: 10, comparator: '>' });
    expect(parseIndicatorCell('≥ 30')).toMatchObject({ value: 30, comparator: '≥' });
  });
  it('folds full-width comparators to ASCII', () => {
    expect(parseIndicatorCell('＞15')).toMatchObject({ value: 15, comparator: '>' });
  });
  it('reads a parenthesised year note as note and year', () => {
    expect(parseIndicatorCell('0.65 (2013 年)')).toEqual({ printed: '0.65 (2013 年)', value: 0.65, comparator: null, note: '2013 年', year: 2013 });
    expect(parseIndicatorCell('8.5（2018年）')).toMatchObject({ value: 8.5, note: '2018年', year: 2018 });
  });
  it('keeps a note that is not a year without a year', () => {
    expect(parseIndicatorCell('12 (预计)')).toMatchObject({ value: 12, note: '预计', year: null });
  });
  it('keeps unreadable text as a note with no value', () => {
    expect(parseIndicatorCell('约十')).toMatchObject({ value: null, note: '约十' });
  });
  it('keeps the cell exactly as printed, spaces included', () => {
    expect(parseIndicatorCell(' 7 ').printed).toBe(' 7 ');
    expect(parseIndicatorCell(' 7 ').value).toBe(7);
  });
});

describe('splitUnit', () => {
  it('splits a trailing half-width unit', () => {
    expect(splitUnit('规模以上工业增加值年均增长(%)')).toEqual({ name: '规模以上工业增加值年均增长', unit: '%' });
  });
  it('splits a trailing full-width unit', () => {
    expect(splitUnit('数字经济核心产业增加值（亿元）')).toEqual({ name: '数字经济核心产业增加值', unit: '亿元' });
  });
  it('keeps inner spaces and parentheses of the name', () => {
    expect(splitUnit('万元工业增加值能耗比 2015 年下降(%)')).toEqual({ name: '万元工业增加值能耗比 2015 年下降', unit: '%' });
    expect(splitUnit('研发经费(R&D)占比(%)')).toEqual({ name: '研发经费(R&D)占比', unit: '%' });
  });
  it('gives no unit when none is printed', () => {
    expect(splitUnit(' 工业投资 ')).toEqual({ name: '工业投资', unit: null });
  });
});

describe('columnYear', () => {
  it('reads 2014 年, 2014年 and 2014', () => {
    expect(columnYear('2014 年')).toBe(2014);
    expect(columnYear('2017年')).toBe(2017);
    expect(columnYear(' 2020 ')).toBe(2020);
  });
  it('reads a base-year or target-year column named in the header', () => {
    expect(columnYear('2014 年目标')).toBe(2014);
    expect(columnYear('2015年（基期）')).toBe(2015);
    expect(columnYear('2020年目标值')).toBe(2020);
  });
  it('is null for a non-year header', () => {
    expect(columnYear('指 标')).toBeNull();
    expect(columnYear('类别')).toBeNull();
    expect(columnYear('2014 年目标增长')).toBeNull();
    expect(columnYear('201')).toBeNull();
  });
});

describe('indicator cells and headers at the edges', () => {
  it('reads a dash with spaces around it as missing', () => {
    expect(parseIndicatorCell(' — ')).toEqual({ printed: ' — ', value: null, comparator: null, note: null, year: null });
  });
  it('takes a year from a note that is only a year', () => {
    expect(parseIndicatorCell('5 (约2013 年)')).toMatchObject({ value: 5, note: '约2013 年', year: null });
    expect(parseIndicatorCell('5 (2013 年起)')).toMatchObject({ value: 5, note: '2013 年起', year: null });
  });
  it('reads a column year only when the header is the year', () => {
    expect(columnYear('第2014年')).toBeNull();
  });
});
