import { describe, expect, it } from 'vitest';
import { departmentKindLabel, kindLabel, partyKindNote } from '../../../src/lib/model/labels.ts';

describe('kind labels', () => {
  it('a party’s note: none for a department, its kind for a government or another body', () => {
    expect(partyKindNote('department')).toBeNull();
    expect(partyKindNote('local-government')).toBe('地方政府');
    expect(partyKindNote('other')).toBe('其他单位');
  });

  it('a department kind from another plan’s model: 部门 when absent, 其他单位 when this code does not know it', () => {
    expect(departmentKindLabel(undefined)).toBe('部门');
    expect(departmentKindLabel('department')).toBe('部门');
    expect(departmentKindLabel('local-government')).toBe('地方政府');
    expect(departmentKindLabel('ministry')).toBe('其他单位');
  });

  it('a search result kind in reader words; a kind without a label is shown as indexed', () => {
    expect(kindLabel('名录')).toBe('企业与城市');
    expect(kindLabel('概览')).toBe('方案首页');
    expect(kindLabel('新类别')).toBe('新类别');
  });
});
