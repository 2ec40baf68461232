import { describe, expect, it } from 'vitest';
import { filterAttr } from '../../../src/lib/search/attributes.ts';

describe('Pagefind attributes', () => {
  it('writes key:value and never an ASCII comma (Pagefind splits on it)', () => {
    expect(filterAttr('牵头部门', '省经济和信息化委')).toBe('牵头部门:省经济和信息化委');
    expect(filterAttr('栏目', '重点行业,A  B')).toBe('栏目:重点行业，A B');
    expect(filterAttr('类别', ' 任务\n')).toBe('类别:任务');
  });
  it('rejects empty values', () => {
    expect(() => filterAttr('类别', ' ')).toThrow('empty value for filter 类别');
  });
});
