import { describe, expect, it } from 'vitest';
import { anchorAt, cleanExcerpt, excerptContext, hasHan, landingHref, normalizeQuery, pagefindFilters, parseState, queryTerms, stateToSearch, substringMatches } from '../../../src/lib/search/query.ts';
import { squeeze as compact } from '../../../src/lib/model/normalise.ts';

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
  it('trims filter values and reads a missing query as empty', () => {
    expect(parseState('?类别=%20任务%20&行业组=x')).toEqual({ q: '', filters: { 类别: ['任务'], 行业组: ['x'] } });
  });
  it('turns the selection into Pagefind filters (any value within a key)', () => {
    expect(pagefindFilters({ 类别: ['任务'], 牵头部门: [] })).toEqual({ 类别: { any: ['任务'] } });
  });
});

describe('excerptContext', () => {
  it('takes the Han characters right before the first mark, without Pagefind’s zero-width spaces', () => {
    expect(excerptContext('依托\u200B沈阳\u200B新松\u200B<mark>机器</mark>人')).toEqual({ prefix: '依托沈阳新松', match: '机器' });
  });
  it('keeps at most `size` characters of a longer run (6 by default)', () => {
    expect(excerptContext('大力\u200B依托\u200B沈阳\u200B新松\u200B<mark>机器</mark>人')).toEqual({ prefix: '依托沈阳新松', match: '机器' });
    expect(excerptContext('大力依托沈阳新松<mark>机器</mark>人', 3)).toEqual({ prefix: '阳新松', match: '机器' });
  });
  it('skips spaces and tags before the mark, and decodes entities in the match (&amp; last)', () => {
    expect(excerptContext('依托<b>沈阳</b>  <mark>机器</mark>')).toEqual({ prefix: '依托沈阳', match: '机器' });
    expect(excerptContext('见<mark>&lt;&gt;&quot;&#39;&amp;lt;</mark>')).toEqual({ prefix: '见', match: `<>"'&lt;` });
    expect(excerptContext('见<mark><i>机</i>器</mark>')).toEqual({ prefix: '见', match: '机器' });
  });
  it('has an empty prefix when the excerpt opens on the mark', () => {
    expect(excerptContext('<mark>轴承</mark>产业')).toEqual({ prefix: '', match: '轴承' });
  });
  it('stops at punctuation and at the ". " Pagefind puts between blocks', () => {
    expect(excerptContext('2. 智能<mark>机器</mark>人')).toEqual({ prefix: '智能', match: '机器' });
    expect(excerptContext('产业。<mark>轴承</mark>')).toEqual({ prefix: '', match: '轴承' });
  });
  it('pins the whole typed term, not a marked word that only starts it (电子商务 for 商务协同)', () => {
    const excerpt = '鼓励\u200B重点\u200B企业\u200B以\u200B电子\u200B<mark>商务</mark>\u200B为\u200B手段\u200B提高\u200B供应\u200B链\u200B<mark>协同</mark>、<mark>商务</mark><mark>协同</mark>水平';
    // The first mark is 商务 of 电子商务: the prefix must come from where 商务协同 really occurs.
    expect(excerptContext(excerpt, 6, ['商务协同'])).toEqual({ prefix: '', match: '商务协同' });
    expect(excerptContext('提高供应链协同和<mark>商务</mark>协同水平，发展电子商务', 6, ['商务协同'])).toEqual({ prefix: '提高供应链协同和'.slice(-6), match: '商务' });
    expect(excerptContext('以电子<mark>商务</mark>为手段。推动商务协同', 6, ['商务协同'])).toEqual({ prefix: '推动', match: '商务协同' });
    // The term is not in the excerpt at all: no prefix, so the browser looks for the term itself.
    expect(excerptContext('以电子<mark>商务</mark>为手段', 6, ['商务协同'])).toEqual({ prefix: '', match: '商务' });
    // A term equal to the mark, or not starting with it, changes nothing.
    expect(excerptContext('以电子<mark>商务</mark>为手段', 6, ['商务', '电子'])).toEqual({ prefix: '以电子', match: '商务' });
  });
  it('chooses the longer typed term over one equal to the mark, and ignores terms that do not start with it', () => {
    expect(excerptContext('以电子<mark>商务</mark>为手段。推动商务协同', 6, ['商务', '商务协同'])).toEqual({ prefix: '推动', match: '商务协同' });
    expect(excerptContext('甲乙<mark>商务</mark>', 6, ['电子商务平台'])).toEqual({ prefix: '甲乙', match: '商务' });
  });
  it('drops only the spaces right before the mark', () => {
    expect(excerptContext('沈阳 新松 <mark>机器</mark>')).toEqual({ prefix: '新松', match: '机器' });
  });
  it('returns null without a highlighted word', () => {
    expect(excerptContext('没有高亮')).toBeNull();
    expect(excerptContext('没有<mark>结束')).toBeNull();
    expect(excerptContext('半个</mark>标记')).toBeNull();
  });
});

describe('landingHref', () => {
  it('lands on the anchor and highlights the whole typed term, pinned by its prefix', () => {
    const href = landingHref('/p/plan/', 'p2-1-2-b1', ['机器人'], { prefix: '新松', match: '机器' });
    expect(href).toBe(`/p/plan/#p2-1-2-b1:~:text=${encodeURIComponent('新松')}-,${encodeURIComponent('机器人')}`);
  });
  it('with the context of a marked word that only starts the term, never pairs a prefix with text the page lacks', () => {
    const context = excerptContext('以电子<mark>商务</mark>为手段。推动商务协同', 6, ['商务协同']);
    expect(landingHref('/p/plan/', 'a', ['商务协同'], context)).toBe(`/p/plan/#a:~:text=${encodeURIComponent('推动')}-,${encodeURIComponent('商务协同')}`);
  });
  it('adds one text directive per other term and escapes dashes', () => {
    const href = landingHref('/p/x/#old', null, ['沈阳', 'A-B'], null);
    expect(href).toBe(`/p/x/#:~:text=${encodeURIComponent('沈阳')}&text=A%2DB`);
  });
  it('is the plain URL without terms, or the URL and its anchor', () => {
    expect(landingHref('/p/x/', null, [], null)).toBe('/p/x/');
    expect(landingHref('/p/x/#old', 'p2-b1', [], null)).toBe('/p/x/#p2-b1');
  });
  it('highlights the match without a prefix when the excerpt gives none', () => {
    expect(landingHref('/p/x/', 'a', ['轴承'], { prefix: '', match: '轴承' })).toBe(`/p/x/#a:~:text=${encodeURIComponent('轴承')}`);
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
  it('takes the nearest anchor whatever the list order, the later of two at one position, and every block element', () => {
    expect(anchorAt([{ element: 'p', id: 'near', location: 10 }, { element: 'p', id: 'far', location: 5 }], 12)).toBe('near');
    expect(anchorAt([{ element: 'h2', id: 'sec', location: 0 }, { element: 'p', id: 'sec-b1', location: 0 }], 3)).toBe('sec-b1');
    for (const element of ['p', 'h2', 'h3', 'h4', 'h5', 'table', 'li']) expect(anchorAt([{ element, id: element, location: 0 }], 1), element).toBe(element);
    expect(anchorAt([{ element: 'div', id: 'div', location: 0 }], 1)).toBeNull();
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

describe('hasHan and compact', () => {
  it('tells a query with Chinese characters from one without', () => {
    expect(hasHan('3D 电视')).toBe(true);
    expect(hasHan('MES')).toBe(false);
  });
  it('removes every space, line break and zero-width space', () => {
    expect(compact(' 中国制造\u200B 2025\n》')).toBe('中国制造2025》');
  });
});
