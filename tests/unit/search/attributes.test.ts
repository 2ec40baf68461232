import { describe, expect, it } from 'vitest';
import { filterAttr, metaAttr } from '../../../src/lib/search/attributes.ts';

describe('Pagefind attributes', () => {
  it('writes key:value and never an ASCII comma (Pagefind splits on it)', () => {
    expect(filterAttr('牵头部门', '省经济和信息化委')).toBe('牵头部门:省经济和信息化委');
    expect(metaAttr('path', '首页 › 重点行业,A')).toBe('path:首页 › 重点行业，A');
  });
  it('rejects empty filter values and non-ASCII meta keys', () => {
    expect(() => filterAttr('类别', ' ')).toThrow();
    expect(() => metaAttr('路径', 'x')).toThrow();
  });
});
