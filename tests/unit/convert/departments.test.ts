import { describe, expect, it } from 'vitest';
import { looksLikeDepartmentLine, parseDepartmentLine } from '../../../src/lib/convert/departments.ts';

describe('parseDepartmentLine', () => {
  it('reads leads, the 牵头 verb and partners ending in 等部门配合', () => {
    expect(parseDepartmentLine('（市发展改革委、市科技局牵头，市财政局、市统计局等部门配合）')).toMatchObject({
      ok: true,
      value: { leads: ['市发展改革委', '市科技局'], leadVerb: '牵头', partners: ['市财政局', '市统计局'], partnersOpenEnded: true },
    });
  });
  it('reads 牵头负责 with no partners', () => {
    expect(parseDepartmentLine('（市商务局牵头负责）')).toMatchObject({
      ok: true,
      value: { leads: ['市商务局'], leadVerb: '牵头负责', partners: [], partnersOpenEnded: false },
    });
  });
  it('reads a bare 牵头 with no partners', () => {
    expect(parseDepartmentLine('（市数据局、市商务局牵头）')).toMatchObject({
      ok: true,
      value: { leads: ['市数据局', '市商务局'], leadVerb: '牵头', partners: [] },
    });
  });
  it('treats a partner list without 等 as exhaustive', () => {
    expect(parseDepartmentLine('（市数据局牵头，市市场监管局、市商务局配合）')).toMatchObject({
      ok: true,
      value: { partners: ['市市场监管局', '市商务局'], partnersOpenEnded: false },
    });
  });
  it('drops a trailing 部门/单位 word from an exhaustive list', () => {
    expect(parseDepartmentLine('（市数据局牵头，有关部门配合）')).toMatchObject({ ok: true, value: { partners: [], partnersOpenEnded: false } });
  });
  it('accepts half-width and mixed parentheses', () => {
    expect(parseDepartmentLine('(市数据局牵头，市文旅局等部门配合)')).toMatchObject({ ok: true, value: { leads: ['市数据局'], partners: ['市文旅局'] } });
    expect(parseDepartmentLine('（市数据局牵头，市文旅局等部门配合)')).toMatchObject({ ok: true });
  });
  it('ignores whitespace left by a joined line break', () => {
    expect(parseDepartmentLine('（市交通运输局牵头，市财政局等 部门配合）')).toMatchObject({
      ok: true,
      value: { partners: ['市财政局'], partnersOpenEnded: true },
    });
  });
  it('rejects an unclosed parenthesis', () => {
    const r = parseDepartmentLine('（市数据局牵头，市财政局等部门配合');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/unclosed parenthesis/);
  });
  it('reads a name with a parenthesis of its own, and rejects an unbalanced one', () => {
    expect(parseDepartmentLine('（市数据局（筹）牵头，各县（市、区）政府配合）')).toMatchObject({ ok: true, value: { leads: ['市数据局（筹）'], partners: ['各县（市、区）政府'] } });
    expect(parseDepartmentLine('（市数据局（筹牵头）').ok).toBe(false);
  });
  it('reads a line without 牵头 that ends in 负责 as an undivided list, and rejects one that names no duty', () => {
    expect(parseDepartmentLine('（市数据局、市财政局负责）')).toEqual({
      ok: true,
      value: { leads: ['市数据局', '市财政局'], leadVerb: '', partners: [], partnersOpenEnded: false, notation: 'trailing-parenthesis', undivided: true, deadline: null },
    });
    expect(parseDepartmentLine('（市数据局配合）')).toEqual({ ok: false, message: 'not a department line: “（市数据局配合）”' });
  });
  it('rejects a line that does not start with a parenthesis', () => {
    expect(parseDepartmentLine('市数据局牵头）').ok).toBe(false);
  });
});

describe('looksLikeDepartmentLine', () => {
  it('is true for a parenthesised line naming 牵头, closed or not', () => {
    expect(looksLikeDepartmentLine('（市商务局牵头负责）')).toBe(true);
    expect(looksLikeDepartmentLine('(市商务局牵头，市财政局配合')).toBe(true);
  });
  it('is false for a section heading even if it mentions 牵头', () => {
    expect(looksLikeDepartmentLine('（一）明确牵头单位。')).toBe(false);
  });
  it('is false for prose and for parentheses without 牵头', () => {
    expect(looksLikeDepartmentLine('由市商务局牵头。')).toBe(false);
    expect(looksLikeDepartmentLine('(此件公开发布)')).toBe(false);
  });
});
