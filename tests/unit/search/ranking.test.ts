import { describe, expect, it } from 'vitest';
import { FIRST_KINDS, firstGroupFirst, firstKinds, tiered } from '../../../src/lib/search/ranking.ts';

describe('ranking rule for queries of several words', () => {
  it('applies to two words or more only', () => {
    expect(tiered(['石化'])).toBe(false);
    expect(tiered(['盘锦', '石化'])).toBe(true);
  });
  it('puts sector, task, measure and department pages first, within the reader\'s kind filter and exclusions', () => {
    expect(firstKinds(undefined)).toEqual([...FIRST_KINDS]);
    expect(firstKinds(['行业', '名录'])).toEqual(['行业']);
    expect(firstKinds(['名录'])).toEqual([]);
    expect(firstKinds(undefined, ['部门'])).toEqual(['行业', '任务', '保障措施']);
  });
  it('keeps each group in its order', () => {
    const hits = ['park', 'project', 'entities', 'sector', 'task'].map((id) => ({ id }));
    expect(firstGroupFirst(hits, new Set(['task', 'sector'])).map((h) => h.id)).toEqual(['sector', 'task', 'park', 'project', 'entities']);
  });
});
