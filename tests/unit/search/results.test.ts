import { describe, expect, it } from 'vitest';
import { dropMarkers, excerptText, foldRepeats, markTerms, plainSnippet, resultLabel, sentenceKey, snippetHtml } from '../../../src/lib/search/results.ts';

describe('result label', () => {
  it('says a part once: an entity page\'s breadcrumb is its kind', () => {
    expect(resultLabel('企业与城市', '企业与城市')).toBe('企业与城市');
    expect(resultLabel('重点领域发展导向 › 调整优化原材料工业', '行业')).toBe('重点领域发展导向 › 调整优化原材料工业 · 行业');
    expect(resultLabel('责任部门 › 部门', '部门')).toBe('责任部门 › 部门');
    expect(resultLabel(undefined, '原文')).toBe('原文');
    expect(resultLabel(undefined, undefined)).toBe('');
  });
});

describe('snippets in plain words', () => {
  it('drops mention counts', () => {
    expect(plainSnippet('大连环宇阳光提及 1 次 · 大连. 锦州阳光能源提及 12 次')).toBe('大连环宇阳光、大连；锦州阳光能源');
  });
  it('drops a list\'s markers, not a table row\'s values', () => {
    expect(plainSnippet('数字视听产业. 3. 现代通信产业. 4. 太阳能光伏产业. 5. 新型元器件产业')).toBe('数字视听产业；现代通信产业；太阳能光伏产业；新型元器件产业');
    expect(plainSnippet('精细化工产业. 2. 冶金工业 钢铁行业. （3）建材工业.')).toBe('精细化工产业；冶金工业 钢铁行业；建材工业');
    expect(plainSnippet('. 25. 化工产品精细化率(%) 54.1. 55. 58. 规模以上钢铁企业新产品销售收入占主营业务收入比重(%) —. >10', '指 标2014 年2017 年2020 年')).toBe(
      '化工产品精细化率(%)：2014 年 54.1 → 2017 年 55 → 2020 年 58；规模以上钢铁企业新产品销售收入占主营业务收入比重(%)：— → >10',
    );
    expect(dropMarkers('54.1. 55. 58. 规模')).toBe('54.1. 55. 58. 规模');
  });
  it('says a name once when the next block begins with it', () => {
    expect(plainSnippet('大连机床. 大连机床集团有限责任公司')).toBe('大连机床集团有限责任公司');
    expect(plainSnippet('钢铁行业. 全面提高产品质量、档次和稳定性')).toBe('钢铁行业；全面提高产品质量、档次和稳定性');
  });
  it('keeps sentences as printed', () => {
    expect(plainSnippet('以锦州阳光能源、锦州华昌光伏等为依托，重点发展硅料。')).toBe('以锦州阳光能源、锦州华昌光伏等为依托，重点发展硅料。');
  });
});

describe('highlights on whole query words', () => {
  it('marks each occurrence of the query word and nothing inside another word', () => {
    expect(markTerms('以锦州阳光能源、锦州华昌光伏为依托', ['光伏'])).toBe('以锦州阳光能源、锦州华昌<mark>光伏</mark>为依托');
    expect(markTerms('依托沈阳新松机器人、新材料', ['新松'])).toBe('依托沈阳<mark>新松</mark>机器人、新材料');
    expect(markTerms('推广 MES 与 mes', ['MES'])).toBe('推广 <mark>MES</mark> 与 <mark>mes</mark>');
  });
  it('lets the longest word win an overlap and escapes the text', () => {
    expect(markTerms('数控机床<机床>', ['机床', '数控机床'])).toBe('<mark>数控机床</mark>&lt;<mark>机床</mark>&gt;');
    expect(markTerms('盘锦石化', ['盘锦', '石化'])).toBe('<mark>盘锦石化</mark>');
  });
  it('replaces Pagefind\'s marks (the index word) with the query word\'s', () => {
    expect(snippetHtml('以锦州阳<mark>光</mark>能源、锦州华昌<mark>光伏</mark>', ['光伏'])).toBe('以锦州阳光能源、锦州华昌<mark>光伏</mark>');
    expect(excerptText('a &amp; <mark>b</mark> &lt;c&gt;')).toBe('a & b <c>');
    // Not Pagefind's escaped text: left for the Trusted Types policy to refuse.
    expect(snippetHtml('轴承<img src=x onerror="1">', ['轴承'])).toBe('轴承<img src=x onerror="1">');
  });
});

describe('one sentence shown once', () => {
  const line = '规模以上钢铁企业新产品销售收入占主营业务收入比重(%)：— → >10';
  it('keys a snippet by the sentence that holds a query word', () => {
    expect(sentenceKey(`化工产品精细化率(%)：54.1；${line}`, ['钢铁'])).toBe('规模以上钢铁企业新产品销售收入占主营业务收入比重');
    expect(sentenceKey('钢铁行业；全面提高', ['钢铁'])).toBeNull();
    expect(sentenceKey('没有这个词的一句很长的话。', ['钢铁'])).toBeNull();
  });
  it('folds later results showing the same sentence into the first', () => {
    const items = [
      { url: 'indicator', text: `化工产品精细化率(%)：54.1；${line}` },
      { url: 'sector', text: '钢铁行业；全面提高产品质量、档次和稳定性' },
      { url: 'home', text: line },
      { url: 'plan', text: `${line}；——钢铁行业。` },
    ];
    const out = foldRepeats(items, (i) => sentenceKey(i.text, ['钢铁']));
    expect(out.map((o) => [o.item.url, o.also.map((a) => a.url)])).toEqual([
      ['indicator', ['home', 'plan']],
      ['sector', []],
    ]);
  });
});
