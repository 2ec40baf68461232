import { describe, expect, it } from 'vitest';
import { addCounts, bundleFileKey, directoryRecord, directoryVariant, distinctWords, DIRECTORY_KIND, PLAN_KEY, planKey, plansFound } from '../../../src/lib/search/directory.ts';

describe('distinctWords', () => {
  it('keeps each word once, in the order first met, without punctuation', () => {
    const words = distinctWords(['推进智能制造，发展智能制造。', '智能制造'], { segment: (s: string) => s.split(/([，,。])/).filter(Boolean).map((w) => ({ segment: w, index: 0, input: s, isWordLike: !/^[，,。]$/.test(w) })) as unknown as Intl.Segments });
    expect(words).toEqual(['推进智能制造', '发展智能制造', '智能制造']);
  });
  it('folds full-width letters and lower-cases them', () => {
    expect(distinctWords(['ＡＩ与Ai'])).toContain('ai');
    expect(distinctWords(['ＡＩ与Ai']).filter((w) => w === 'ai')).toHaveLength(1);
  });
  it('cuts Chinese text into words with the default segmenter', () => {
    const words = distinctWords(['加快发展产业，发展产业']);
    expect(words).toContain('发展');
    expect(words.filter((w) => w === '发展')).toHaveLength(1);
    expect(words).not.toContain('，');
  });
});

describe('directoryRecord', () => {
  const filter = { kind: '类别', plan: '文件', issuer: '发文机关', year: '年份' };
  it('is one record per plan: its home, its words once, its library filters', () => {
    const r = directoryRecord({ id: 'p-1', label: '方案（辽政发〔2015〕1号）', issuer: '省政府', year: 2015, texts: ['发展产业', '发展'] }, filter, 'zh-cn');
    expect(r.url).toBe('/p-1/');
    expect(r.content.split(' ').filter((w) => w === '发展')).toHaveLength(1);
    expect(r.filters).toEqual({ 类别: [DIRECTORY_KIND], [PLAN_KEY]: ['2015:p-1'], 文件: ['方案（辽政发〔2015〕1号）'], 发文机关: ['省政府'], 年份: ['2015'] });
    expect(r.meta.title).toBe('方案（辽政发〔2015〕1号）');
  });
  it('has no 年份 when the year is unknown', () => {
    const r = directoryRecord({ id: 'q', label: 'Q', issuer: 'I', year: null, texts: ['x'] }, filter, 'zh-cn');
    expect(r.filters).not.toHaveProperty('年份');
    expect(r.filters[PLAN_KEY]).toEqual([':q']);
  });
});

describe('plansFound', () => {
  it('lists the plans counted, newest first, then by id', () => {
    expect(plansFound({ [planKey('b', 2015)]: 1, [planKey('a', 2015)]: 1, [planKey('c', 2020)]: 1, [planKey('d', null)]: 1, [planKey('e', 2024)]: 0 })).toEqual(['c', 'a', 'b', 'd']);
  });
  it('keeps an id that holds a colon whole', () => {
    expect(plansFound({ '2019:x:y': 2 })).toEqual(['x:y']);
  });
});

describe('bundleFileKey', () => {
  it('keeps a bundle file once, whatever its ?ts=', () => {
    expect(bundleFileKey('http://h/pagefind/directory/pagefind-entry.json?ts=1', 'http://h/')).toBe(bundleFileKey('http://h/pagefind/directory/pagefind-entry.json?ts=2', 'http://h/'));
    expect(bundleFileKey('http://h/pagefind/plans/p/index/a.pf_index', 'http://h/')).toBe('http://h/pagefind/plans/p/index/a.pf_index');
  });
  it('tells bundles and hosts apart, and leaves other urls alone', () => {
    expect(bundleFileKey('http://h/pagefind/plans/a/pagefind-entry.json', 'http://h/')).not.toBe(bundleFileKey('http://h/pagefind/plans/b/pagefind-entry.json', 'http://h/'));
    expect(bundleFileKey('/pagefind/x.pf_meta', 'http://a/')).not.toBe(bundleFileKey('/pagefind/x.pf_meta', 'http://b/'));
    expect(bundleFileKey('http://h/p/answers.json', 'http://h/')).toBeNull();
    expect(bundleFileKey('http://h/search/?q=pagefind', 'http://h/')).toBeNull();
  });
});

describe('directoryVariant', () => {
  const cut = (words: string[]) => ({ segment: () => words.map((w) => ({ segment: w, index: 0, input: '', isWordLike: w !== '，' })) as unknown as Intl.Segments });
  it('drops the first character of each word of three or more Han characters', () => {
    expect(directoryVariant('原材料 钢', cut(['原材料', '钢']))).toBe('材料 钢');
  });
  it('is null when the segmenter cuts no word that long', () => {
    expect(directoryVariant('智能制造', cut(['智能', '制造']))).toBeNull();
    expect(directoryVariant('MES系统', cut(['mes', '系统']))).toBeNull();
  });
  it('leaves Latin words whole and the punctuation out', () => {
    expect(directoryVariant('x', cut(['abcd', '，', '数控机床']))).toBe('abcd 控机床');
  });
});

describe('addCounts', () => {
  it('adds the counts of each value of each key', () => {
    expect(addCounts({ 类别: { 任务: 2, 行业: 1 } }, { 类别: { 任务: 3 }, 文件: { a: 1 } }, {})).toEqual({ 类别: { 任务: 5, 行业: 1 }, 文件: { a: 1 } });
  });
});
