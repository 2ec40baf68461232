import { describe, expect, it } from 'vitest';
import { formatDate, joinNames } from '../../../src/lib/site/views/format.ts';

describe('formatDate', () => {
  it('writes an ISO date the Chinese way without leading zeros', () => {
    expect(formatDate('2015-07-27')).toBe('2015年7月27日');
    expect(formatDate('2020-03-01')).toBe('2020年3月1日');
  });
  it('is empty for no date', () => {
    expect(formatDate(null)).toBe('');
  });
});

describe('joinNames', () => {
  it('joins with the enumeration comma', () => {
    expect(joinNames(['市甲局', '市乙局'])).toBe('市甲局、市乙局');
    expect(joinNames([])).toBe('');
  });
});
