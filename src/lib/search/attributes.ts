/**
 * Values of Pagefind's data-pagefind-filter attribute ("key:value").
 * Pagefind splits an attribute's value on commas into several filters, so a value must not carry a
 * comma; the ASCII comma is replaced with the full-width one the Chinese text uses anyway.
 */
/** Names of the Pagefind filters every page carries: written by PagefindFilters.astro, read by search. */
export const FILTER = { kind: '类别', path: '栏目', leads: '牵头部门', group: '行业组', plan: '文件', issuer: '发文机关', year: '年份', topic: '主题' } as const;

const clean = (s: string) => s.replace(/,/g, '，').replace(/\s+/g, ' ').trim();

export function filterAttr(key: string, value: string): string {
  if (!value.trim()) throw new Error(`empty value for filter ${key}`);
  return `${key}:${clean(value)}`;
}
