import { describe, expect, it } from 'vitest';
import { anchorAt, cleanExcerpt, excerptContext, landingHref, normalizeQuery, pagefindFilters, parseState, queryTerms, stateToSearch, substringMatches } from '../../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it('folds full-width Latin, digits and the ideographic space, and collapses whitespace', () => {
    expect(normalizeQuery('  ＭＥＳ　普及率 ')).toBe('MES 普及率');
    expect(normalizeQuery('中国制造２０２５')).toBe('中国制造2025');
    expect(normalizeQuery('3D\t\n电视')).toBe('3D 电视');
  });
  it('caps the length', () => {
    expect([...normalizeQuery('机'.repeat(200))].length).toBe(64);
  });
});

describe('queryTerms', () => {
  it('keeps the words the reader separated, once each', () => {
    expect(queryTerms('沈阳  机器人 沈阳')).toEqual(['沈阳', '机器人']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('URL state', () => {
  it('round-trips the query and the chosen filter values', () => {
    const state = { q: '机器人', filters: { 类别: ['任务', '行业'], 行业组: ['发展先进装备制造业'] } };
    const search = stateToSearch(state);
    expect(new URLSearchParams(search).getAll('类别')).toEqual(['任务', '行业']);
    expect(parseState(search)).toEqual(state);
  });
  it('ignores unknown keys, empty and repeated values', () => {
    expect(parseState('?q=%20轴承%20&类别=&类别=任务&类别=任务&foo=bar')).toEqual({ q: '轴承', filters: { 类别: ['任务'] } });
    expect(stateToSearch({ q: '', filters: {} })).toBe('');
  });
  it('turns the selection into Pagefind filters (any value within a key)', () => {
    expect(pagefindFilters({ 类别: ['任务'], 牵头部门: [] })).toEqual({ 类别: { any: ['任务'] } });
  });
});

describe('excerptContext', () => {
  it('takes the Han characters right before the first mark, without Pagefind’s zero-width spaces', () => {
    expect(excerptContext('依托\u200B沈阳\u200B新松\u200B<mark>机器</mark>人')).toEqual({ prefix: '依托沈阳新松', match: '机器' });
  });
  it('stops at punctuation and at the ". " Pagefind puts between blocks', () => {
    expect(excerptContext('2. 智能<mark>机器</mark>人')).toEqual({ prefix: '智能', match: '机器' });
    expect(excerptContext('产业。<mark>轴承</mark>')).toEqual({ prefix: '', match: '轴承' });
  });
  it('returns null without a highlighted word', () => {
    expect(excerptContext('没有高亮')).toBeNull();
  });
});

describe('landingHref', () => {
  it('lands on the anchor and highlights the whole typed term, pinned by its prefix', () => {
    const href = landingHref('/p/plan/', 'p2-1-2-b1', ['机器人'], { prefix: '新松', match: '机器' });
    expect(href).toBe(`/p/plan/#p2-1-2-b1:~:text=${encodeURIComponent('新松')}-,${encodeURIComponent('机器人')}`);
  });
  it('adds one text directive per other term and escapes dashes', () => {
    const href = landingHref('/p/x/#old', null, ['沈阳', 'A-B'], null);
    expect(href).toBe(`/p/x/#:~:text=${encodeURIComponent('沈阳')}&text=A%2DB`);
  });
  it('is the plain URL without terms', () => {
    expect(landingHref('/p/x/', null, [], null)).toBe('/p/x/');
  });
});

describe('anchorAt', () => {
  const anchors = [
    { element: 'h2', id: 'p2', location: 0 },
    { element: 'p', id: 'p2-b1', location: 10 },
    { element: 'span', id: 'x', location: 15 },
    { element: 'p', id: 'p2-b2', location: 40 },
  ];
  it('finds the paragraph holding a word position', () => {
    expect(anchorAt(anchors, 12)).toBe('p2-b1');
    expect(anchorAt(anchors, 40)).toBe('p2-b2');
    expect(anchorAt(anchors, 5)).toBe('p2');
  });
  it('skips elements that are not blocks, and positions before any anchor', () => {
    expect(anchorAt(anchors, 16)).toBe('p2-b1');
    expect(anchorAt([{ element: 'p', id: 'a', location: 3 }], 1)).toBeNull();
  });
});

describe('substringMatches', () => {
  it('keeps pages that contain every word, ignoring case and spaces', () => {
    const pages = new Map([
      ['/a/', '依托沈阳新松机器人'],
      ['/b/', '盘锦石化产业基地'],
      ['/c/', '《中国制造 2025》与mes'],
    ]);
    expect(substringMatches(pages, '沈阳 机器人')).toEqual(['/a/']);
    expect(substringMatches(pages, '中国制造2025')).toEqual(['/c/']);
    expect(substringMatches(pages, 'MES')).toEqual(['/c/']);
    expect(substringMatches(pages, '沈阳 石化')).toEqual([]);
  });
});

describe('cleanExcerpt', () => {
  it('removes segmentation marks and the punctuation an excerpt window opens on', () => {
    expect(cleanExcerpt('。\u200B鼓励\u200B重点\u200B<mark>企业</mark>')).toBe('鼓励重点<mark>企业</mark>');
    expect(cleanExcerpt('，、 支持<mark>企业</mark>。')).toBe('支持<mark>企业</mark>。');
    expect(cleanExcerpt('<mark>企业</mark>，发展')).toBe('<mark>企业</mark>，发展');
  });
});
