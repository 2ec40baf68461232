import { describe, expect, it } from 'vitest';
import { departmentsNoun, documentDate } from '../../../src/lib/site/views/format.ts';

describe('departmentsNoun', () => {
  it('names departments by the issuer’s level', () => {
    expect(['辽宁省人民政府', '江临省人民政府办公厅', '广西壮族自治区人民政府', '临江市人民政府', '江北县人民政府办公室', '国务院办公厅', '国务院', null].map(departmentsNoun)).toEqual([
      '省直部门', '省直部门', '省直部门', '市直部门', '县直部门', '国务院部门和单位', '国务院部门和单位', '部门和单位',
    ]);
  });
});

describe('documentDate', () => {
  it('is the 印发 date, else the first signature’s date, else none', () => {
    expect(documentDate({ issuedDate: '2015-07-27', signatures: [{ isoDate: '2015-07-20' }] })).toBe('2015-07-27');
    expect(documentDate({ issuedDate: null, signatures: [{ isoDate: null }, { isoDate: '2019-01-22' }] })).toBe('2019-01-22');
    expect(documentDate({ issuedDate: null, signatures: [] })).toBeNull();
  });
});
