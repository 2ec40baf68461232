/**
 * The HTML reader's rules one by one, each on a page written so that the rule alone decides what is
 * read: alignment and preformatting inherited from around the body, table rows in printed order,
 * header rows, layout tables, the body finder's shares and the title above the body, furniture
 * named so, the portal record's labels and cells, the page's address, and the charset.
 */
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../src/lib/model/errors.ts';
import type { ReadDocument, TableBlock } from '../../../src/lib/model/schemas/document.ts';
import { readHtml } from '../../../src/lib/read/html.ts';
import { declaredCharset, decodeHtml } from '../../../src/lib/read/html/decode.ts';
import { isHidden } from '../../../src/lib/read/html/dom.ts';
import { parseFragment } from 'parse5';

const read = (html: string): ReadDocument => readHtml(new TextEncoder().encode(html), 'page.html');
const texts = (d: ReadDocument): string[] => d.blocks.map((b) => (b.type === 'paragraph' ? b.text : '[table]'));
const tables = (d: ReadDocument): TableBlock[] => d.blocks.filter((b): b is TableBlock => b.type === 'table');
const rowTexts = (rows: TableBlock['rows']): string[][] => rows.map((r) => r.cells.map((c) => c.text));
const para = (n: number) => `<p>${'各地区各部门要认真贯彻落实。'.repeat(n)}</p>`;
const P = (n: number) => '各地区各部门要认真贯彻落实。'.repeat(n);
const refusal = (html: string): string => {
  try {
    read(html);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error('read, not refused');
};
/** Three record pairs, each in its own paragraph: enough for a record, so that the page's address is read. */
const RECORD = '<p>索引号：1</p><p>发文机关：国务院</p><p>成文日期：2019年1月1日</p>';

describe('alignment, headings and preformatting', () => {
  it('reads text-align after other declarations and with spaces around its colon, and an align attribute with spaces', () => {
    const d = read('<p style="color:red; text-align:center">甲</p><p style="text-align : right">乙</p><p align=" Right ">丙</p>');
    expect(d.blocks.map((b) => (b.type === 'paragraph' ? b.align : null))).toEqual(['center', 'right', 'right']);
  });

  it('never takes a table\'s align attribute for the alignment of a body inside the table', () => {
    const d = read(`<table align="center"><tr><td><div>${para(3)}${para(2)}</div></td></tr></table>`);
    expect(texts(d)).toEqual([P(3), P(2)]);
    expect(d.blocks.map((b) => (b.type === 'paragraph' ? b.align : 'x'))).toEqual([null, null]);
  });

  it('gives the body the alignment, heading level and preformatting of the elements around it', () => {
    const centred = read(`<div style="text-align:center"><div class="content">${para(3)}${para(2)}</div></div>`);
    expect(centred.blocks.map((b) => (b.type === 'paragraph' ? b.align : 'x'))).toEqual(['center', 'center']);
    const heading = read(`<h3><div>${para(3)}${para(2)}</div></h3>`);
    expect(heading.blocks.map((b) => (b.type === 'paragraph' ? b.headingLevel : 'x'))).toEqual([3, 3]);
    const pre = read(`<pre><div><p>第一行\n第二行</p><p>第三行</p></div></pre>`);
    expect(texts(pre)).toEqual(['第一行', '第二行', '第三行']);
  });

  it('breaks preformatted text at the source\'s line breaks inside inline elements too, never before the first', () => {
    expect(texts(read('<pre>甲<b>乙\n丙</b>丁</pre>'))).toEqual(['甲乙', '丙丁']);
  });

  it('ends the line before a table: text before it comes before it', () => {
    const d = read('<div>前文<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>推进</td></tr></table>后文</div>');
    expect(texts(d)).toEqual(['前文', '[table]', '后文']);
    expect(d.blocks.map((b) => b.pos)).toEqual([{ block: 0 }, { block: 1 }, { block: 2 }]);
  });
});

describe('table rows and cells', () => {
  it('prints <thead> rows first and <tfoot> rows last, wherever the markup puts them', () => {
    const [t] = tables(read('<table><tfoot><tr><td>合计</td><td>9</td></tr></tfoot><tbody><tr><td>甲</td><td>4</td></tr><tr><td>乙</td><td>5</td></tr></tbody><thead><tr><td>地区</td><td>数量</td></tr></thead></table>'));
    expect(rowTexts(t.header)).toEqual([['地区', '数量']]);
    expect(rowTexts(t.rows)).toEqual([['甲', '4'], ['乙', '5'], ['合计', '9']]);
    expect(t.rows.map((r) => r.pos.row)).toEqual([1, 2, 3]);
  });

  it('reads only rows and cells from a table\'s parts: no script, hidden cell or caption among them', () => {
    const [t] = tables(read('<table><caption>表一</caption><tbody><script>var a</script><tr><td>甲</td><td hidden>隐</td><script>b()</script><td>乙</td></tr><tr><td>丙</td><td style="display:none">隐</td><td>丁</td></tr></tbody></table>'));
    expect(t.caption).toBe('表一');
    expect(t.header).toEqual([]);
    expect(rowTexts(t.rows)).toEqual([['甲', '乙'], ['丙', '丁']]);
    expect(t.rows[0].cells.map((c) => c.pos)).toEqual([{ block: 0, row: 0, cell: 0 }, { block: 0, row: 0, cell: 1 }]);
  });

  it('has no caption where the table prints none, and joins a caption\'s lines with a space', () => {
    const [a, b] = tables(read('<table><tr><td>甲</td><td>乙</td></tr></table><table><caption>表一<br>分工</caption><tr><td>甲</td><td>乙</td></tr></table>'));
    expect(a.caption).toBeNull();
    expect(b.caption).toBe('表一 分工');
  });

  it('reads a cell\'s source line breaks as a browser does, never as preformatted lines', () => {
    const [t] = tables(read('<table><tr><td>教育\n部</td><td>Policy\nplan</td></tr></table>'));
    expect(rowTexts(t.rows)).toEqual([['教育部', 'Policy plan']]);
  });

  it('keeps a table with one empty row, or an empty cell in every row', () => {
    const [a, b] = tables(read('<table><tr><td></td><td></td></tr><tr><td>甲</td><td>乙</td></tr></table><table><tr><td>甲</td><td></td></tr><tr><td>乙</td><td></td></tr></table>'));
    expect(rowTexts(a.rows)).toEqual([['', ''], ['甲', '乙']]);
    expect(rowTexts(b.rows)).toEqual([['甲', ''], ['乙', '']]);
  });

  it('reads a one-column table as a table unless one of its cells holds three paragraphs; role=none is layout', () => {
    const two = read('<table><tr><td><p>甲一</p><p>甲二</p></td></tr><tr><td>乙乙乙乙</td></tr></table>');
    expect(rowTexts(tables(two)[0].rows)).toEqual([['甲一\n甲二'], ['乙乙乙乙']]);
    const three = read('<table><tr><td><p>甲一</p><p>甲二</p><p>甲三</p></td></tr><tr><td>乙乙乙乙乙乙</td></tr></table>');
    expect(texts(three)).toEqual(['甲一', '甲二', '甲三', '乙乙乙乙乙乙']);
    const wide = read('<table><tr><td><p>甲一</p><p>甲二</p><p>甲三</p></td><td>乙乙乙乙乙乙</td></tr></table>');
    expect(rowTexts(tables(wide)[0].rows)).toEqual([['甲一\n甲二\n甲三', '乙乙乙乙乙乙']]);
    expect(texts(read('<table role="none"><tr><td>左</td><td>右</td></tr></table>'))).toEqual(['左', '右']);
  });
});

describe('header rows', () => {
  it('takes leading rows of <th> cells as the header whatever their words, never the last row', () => {
    const [a, b] = tables(read('<table><tr><th>甲</th><th>乙</th></tr><tr><td>1</td><td>2</td></tr></table><table><tr><th>甲</th><th>乙</th></tr><tr><th>丙</th><th>丁</th></tr></table>'));
    expect(rowTexts(a.header)).toEqual([['甲', '乙']]);
    expect(rowTexts(a.rows)).toEqual([['1', '2']]);
    expect(rowTexts(b.header)).toEqual([['甲', '乙']]);
    expect(rowTexts(b.rows)).toEqual([['丙', '丁']]);
  });

  it('counts <th> rows only where there is no <thead>, and stops at a row without cells', () => {
    const [a] = tables(read('<table><thead><tr><td>地区</td><td>目标</td></tr></thead><tbody><tr><th>甲</th><th>乙</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>'));
    expect(rowTexts(a.header)).toEqual([['地区', '目标']]);
    expect(rowTexts(a.rows)).toEqual([['甲', '乙'], ['1', '2']]);
    const [b] = tables(read('<table><tr></tr><tr><th>甲</th><th>乙</th></tr><tr><td>1</td><td>2</td></tr></table>'));
    expect(b.header).toEqual([]);
    expect(rowTexts(b.rows)).toEqual([[], ['甲', '乙'], ['1', '2']]);
  });

  it('keeps two <thead> rows as the header even when the first is of header words', () => {
    const [t] = tables(read('<table><thead><tr><td>序号</td><td>名称</td></tr><tr><td>甲</td><td>乙</td></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>'));
    expect(rowTexts(t.header)).toEqual([['序号', '名称'], ['甲', '乙']]);
  });

  it('reads a first row as a header only if every cell is a short non-empty head and one is a header word, in a table of two rows or more', () => {
    const head = (html: string) => rowTexts(tables(read(html))[0].header);
    expect(head('<table><tr><td>指标</td><td>2020年</td></tr><tr><td>甲</td><td>1</td></tr></table>')).toEqual([['指标', '2020年']]);
    expect(head('<table><tr><td>指标</td><td>2020</td></tr><tr><td>甲</td><td>1</td></tr></table>')).toEqual([]);
    expect(head('<table><tr><td>指标</td><td>目标2020</td></tr><tr><td>甲</td><td>1</td></tr></table>')).toEqual([['指标', '目标2020']]);
    expect(head('<table><tr><td>序号</td><td></td></tr><tr><td>甲</td><td>1</td></tr></table>')).toEqual([]);
    expect(head('<table><tr><td>序号</td><td>一二三四五六七八九十名称</td></tr><tr><td>甲</td><td>1</td></tr></table>')).toEqual([['序号', '一二三四五六七八九十名称']]);
    expect(head('<table><tr><td>序号</td><td>一二三四五六七八九十一名称</td></tr><tr><td>甲</td><td>1</td></tr></table>')).toEqual([]);
    expect(head('<table><tr><td>序号</td><td>名称</td></tr></table>')).toEqual([]);
    expect(head('<table><tr><td>序号</td></tr><tr><td>1</td></tr></table>')).toEqual([]);
  });

  it('carries the header down a header cell\'s row span, but never over the last row', () => {
    const [t] = tables(read('<table><tr><th rowspan="3">序号</th><th>名称</th></tr><tr><td>甲</td></tr><tr><td>乙</td></tr></table>'));
    expect(rowTexts(t.header)).toEqual([['序号', '名称'], ['甲']]);
    expect(rowTexts(t.rows)).toEqual([['乙']]);
    expect(t.header[0].cells[0].rowSpan).toBe(3);
  });
});

describe('the body and what is left out of it', () => {
  it('leaves out a nav, aside or footer inside the body whatever text it holds', () => {
    const d = read(`<div class="main">${para(20)}<nav>${'导航栏目的文字'.repeat(25)}</nav></div>`);
    expect(texts(d)).toEqual([P(20)]);
  });

  it('leaves out a part named as furniture when it is mostly links, even with a hundred characters of its own', () => {
    const d = read(`<div class="main">${para(20)}<div class="related">${'相'.repeat(120)}<a>${'链'.repeat(300)}</a></div></div>`);
    expect(texts(d)).toEqual([P(20)]);
  });

  it('keeps a part named as furniture that holds a hundred characters or more and few links, leaves one of fewer out', () => {
    const kept = read(`<div class="main">${para(20)}<div class="share">${'分'.repeat(100)}</div></div>`);
    expect(texts(kept)).toEqual([P(20), '分'.repeat(100)]);
    const dropped = read(`<div class="main">${para(20)}<div class="share">${'分'.repeat(99)}</div></div>`);
    expect(texts(dropped)).toEqual([P(20)]);
  });

  it('reads a furniture name from the class alone, where the page gives no id', () => {
    const d = read(`<div class="main">${para(20)}<div class="nav-links"><a>上一篇</a>下一篇</div></div>`);
    expect(texts(d)).toEqual([P(20)]);
  });

  it('takes an article class holding half of the text, or exactly half, the first of two in document order', () => {
    expect(texts(read(`<div class="pages_content">${para(6)}</div><div>${para(4)}</div>`))).toEqual([P(6)]);
    expect(texts(read(`<div id="zoom">${para(5)}</div><div><p>${'甲'.repeat(65)}</p></div>`))).toEqual([P(5)]);
    expect(texts(read(`<div id="zoom">${para(5)}</div><div class="TRS_Editor"><p>${'甲'.repeat(65)}</p></div>`))).toEqual([P(5)]);
  });

  it('goes down into a child holding exactly the body share of the text', () => {
    const d = read(`<div><p>${'甲'.repeat(40)}</p><p>${'乙'.repeat(40)}</p></div><p>${'丙'.repeat(20)}</p>`);
    expect(texts(d)).toEqual(['甲'.repeat(40), '乙'.repeat(40)]);
  });

  it('weighs a page without Chinese by its printed characters, never by its spaces', () => {
    const d = read(`<div id="a"><p>${'A'.repeat(40)}</p><p>${'B'.repeat(28)}</p></div><div id="b"><p>x y</p></div>`);
    expect(texts(d)).toEqual(['A'.repeat(40), 'B'.repeat(28)]);
  });

  it('weighs a page without Chinese by its characters wherever the heavier part stands', () => {
    const d = read(`<div id="b"><p>x y</p><p>z</p></div><div id="a"><p>${'A'.repeat(40)}</p><p>${'B'.repeat(28)}</p></div>`);
    expect(texts(d)).toEqual(['A'.repeat(40), 'B'.repeat(28)]);
  });

  it('keeps a part named as furniture whose own text is exactly half of all its text', () => {
    const d = read(`<div class="main">${para(20)}<div class="related">${'相'.repeat(120)}<a>${'链'.repeat(120)}</a></div></div>`);
    expect(texts(d)).toEqual([P(20), `${'相'.repeat(120)}${'链'.repeat(120)}`]);
  });

  it('weighs a Chinese page by its Chinese alone, not by Latin text beside it', () => {
    const d = read(`<div>${para(3)}${para(2)}</div><div><p>${'Latin text of a sidebar. '.repeat(20)}</p></div>`);
    expect(texts(d)).toEqual([P(3), P(2)]);
  });

  it('refuses a page whose only text is furniture', () => {
    expect(refusal('<nav>首页导航栏目</nav>')).toBe('page.html:b0: no document body: the page holds no paragraphs of text');
  });
});

describe('the title above the body', () => {
  it('takes the first heading of a box before the body, not a heading after it, nor one in an aside, a logo or a link', () => {
    const d = read(`<div class="wrap"><div class="title-box"><h1>某省关于印发方案的通知</h1><p>发布日期</p></div><div class="content">${para(20)}</div></div>`);
    expect(texts(d)).toEqual(['某省关于印发方案的通知', P(20)]);
    expect(d.blocks[0]).toMatchObject({ headingLevel: 1, pos: { block: 0 } });
    expect(texts(read(`<div><div class="content">${para(20)}</div><h2>附件下载</h2></div>`))).toEqual([P(20)]);
    expect(texts(read(`<div><aside><h3>栏目</h3></aside><div class="content">${para(20)}</div></div>`))).toEqual([P(20)]);
    expect(texts(read(`<div><div id="logo"><h1>某某市人民政府</h1></div><div class="content">${para(20)}</div></div>`))).toEqual([P(20)]);
    expect(texts(read(`<div><h2><a href="/">返回首页</a></h2><div class="content">${para(20)}</div></div>`))).toEqual([P(20)]);
  });

  it('takes only h1 to h3 for the title, not a lower heading or a paragraph', () => {
    expect(texts(read(`<div><h4>小标题</h4><div class="content">${para(20)}</div></div>`))).toEqual([P(20)]);
    expect(texts(read(`<div><p>导语</p><div class="content">${para(20)}</div></div>`))).toEqual([P(20)]);
  });
});

describe('the portal record', () => {
  it('never takes label words inside a value for labels', () => {
    const d = read('<table><tr><td>标题：</td><td>关于发文机关名称的通知</td></tr><tr><td>发文机关：</td><td>国务院</td></tr><tr><td>索引号：</td><td>1</td></tr></table><p>正文</p>');
    expect(d.record).toMatchObject({ title: '关于发文机关名称的通知', issuer: '国务院', indexNumber: '1' });
  });

  it('reads label cells printed without a colon, the first one opening the page', () => {
    const d = read('<table><tr><td>索引号</td><td>1</td><td>发文机关</td><td>国务院</td></tr><tr><td>成文日期</td><td>2019年1月1日</td></tr></table><p>正文</p>');
    expect(d.record).toMatchObject({ indexNumber: '1', issuer: '国务院', writtenDate: '2019年1月1日' });
    expect(texts(d)).toEqual(['正文']);
  });

  it('reads a line break in a value as a space', () => {
    const d = read('<p>索引号：1</p><p>标题：Policy<br>Plan</p><p>发文机关：国务院</p><p>正文</p>');
    expect(d.record?.title).toBe('Policy Plan');
  });

  it('takes an empty cell beside a label as an empty value, not the cell after it', () => {
    const d = read('<table><tr><td>索引号：</td><td>1</td></tr><tr><td>发文机关：</td><td>国务院</td></tr><tr><td>成文日期：</td><td>2019年</td></tr><tr><td>主题分类：</td><td></td><td>备注文字</td></tr></table><p>正文</p>');
    expect(d.record).toMatchObject({ indexNumber: '1', issuer: '国务院', writtenDate: '2019年', topic: null });
  });

  it('takes the next item for a label standing alone in its item, past an empty paragraph the item ends with', () => {
    const d = read('<ul><li>索引号：1</li><li>标题：<p></p></li><li>关于印发方案的通知</li><li>发文机关：国务院</li></ul><p>正文</p>');
    expect(d.record).toMatchObject({ indexNumber: '1', title: '关于印发方案的通知', issuer: '国务院' });
    expect(texts(d)).toEqual(['正文']);
  });

  it('gives an empty label followed by another label in the same line no value, never the next cell', () => {
    const d = read('<table><tr><td>索引号： 主题分类：综合 发文机关：国务院</td><td>正文说明</td></tr></table><p>正文</p>');
    expect(d.record).toMatchObject({ indexNumber: null, topic: '综合', issuer: '国务院' });
  });

  it('never takes the next label for a value, and leaves a label without value out of the body', () => {
    const d = read('<table><tr><td>主题分类：</td><td>发文机关：</td><td>国务院</td></tr><tr><td>索引号：</td><td>1</td></tr></table><p>正文</p>');
    expect(d.record).toMatchObject({ topic: null, issuer: '国务院', indexNumber: '1' });
    const e = read(`<p>索引号：1</p><p>主题分类：</p><p>发文机关：国务院</p>${para(3)}`);
    expect(e.record).toMatchObject({ indexNumber: '1', topic: null, issuer: '国务院' });
    expect(texts(e)).toEqual([P(3)]);
  });

  it('keeps pairs one block across empty cells between them', () => {
    const d = read('<table><tr><td>索引号：</td><td>1</td><td></td></tr><tr><td>发文机关：</td><td>国务院</td><td></td></tr><tr><td>成文日期：</td><td>2019年</td></tr></table><p>正文</p>');
    expect(d.record).toMatchObject({ indexNumber: '1', issuer: '国务院', writtenDate: '2019年' });
  });

  it('leaves out of the body a table printing two cells of the record', () => {
    const d = read(`<table><tr><td>索引号：</td><td>000014349/2019-00003</td></tr></table><p>发文机关：国务院</p><p>成文日期：2019年01月12日</p>${para(3)}`);
    expect(d.record).toMatchObject({ indexNumber: '000014349/2019-00003', issuer: '国务院' });
    expect(texts(d)).toEqual([P(3)]);
  });
});

describe('the page\'s address', () => {
  const url = (head: string) => read(`<html><head>${head}</head><body>${RECORD}${para(3)}</body></html>`).record?.url;

  it('takes the first canonical link, trimmed, in any case of rel, past other links', () => {
    expect(url('<link rel="stylesheet" href="a.css"><link rel="Canonical" href=" http://a.gov.cn/1.htm "><link rel="canonical" href="http://a.gov.cn/2.htm">')).toBe('http://a.gov.cn/1.htm');
    expect(url('<link rel="alternate canonical" href="http://a.gov.cn/3.htm">')).toBe('http://a.gov.cn/3.htm');
  });

  it('falls back to og:url, by property or name, past a canonical link without an address', () => {
    expect(url('<link rel="canonical"><link rel="canonical" href="  "><meta property="og:title" content="标题"><meta property="og:url" content=" http://a.gov.cn/4.htm ">')).toBe('http://a.gov.cn/4.htm');
    expect(url('<meta name="og:url" content=""><meta name="og:url" content="http://a.gov.cn/5.htm">')).toBe('http://a.gov.cn/5.htm');
    expect(url('<meta property="og:url">')).toBeNull();
  });
});

describe('hidden elements', () => {
  const el = (style: string) => (parseFragment(`<p style="${style}">x</p>`).childNodes[0] as Parameters<typeof isHidden>[0]);

  it('reads display:none and visibility:hidden with spaces, after other declarations, with !important', () => {
    for (const s of ['display:none', 'color:red; display : none', 'display: none ;', 'visibility : hidden', 'visibility:hidden', 'visibility: hidden', 'display:none !important;', 'display:none!important', 'display:none !important ;']) {
      expect(isHidden(el(s)), s).toBe(true);
    }
    for (const s of ['display:nonex', 'display:block', 'xdisplay:none', 'visibility:visible']) expect(isHidden(el(s)), s).toBe(false);
  });
});

describe('charsets', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);

  it('reads the declared charset in lower case, from <meta charset> in any form or from an XML declaration', () => {
    expect(declaredCharset(ascii('<meta charset="GBK">'))).toBe('gbk');
    expect(declaredCharset(ascii('<meta charset = gb2312>'))).toBe('gb2312');
    expect(declaredCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'))).toBe('gb18030');
    expect(declaredCharset(ascii('<?xml version="1.0" encoding="GB2312"?>'))).toBe('gb2312');
    expect(declaredCharset(ascii('  <?xml version="1.0" encoding = \'gbk\'?>'))).toBe('gbk');
    expect(declaredCharset(ascii('<p>x</p><?xml version="1.0" encoding="gbk"?>'))).toBeNull();
    expect(declaredCharset(ascii('<p>无声明</p>'))).toBeNull();
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<p>a</p>')]), 'f')).toBe('<p>a</p>');
  });

  it('takes bytes that merely begin like a byte-order mark as legacy text', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0x41]), 'f')).toBe(new TextDecoder('gb18030').decode(new Uint8Array([0xef, 0x41])));
  });

  it('reads a page declaring an unknown charset as GB18030, and names the charset it cannot decode', () => {
    const gbk = [0xd6, 0xd0, 0xce, 0xc4];
    expect(decodeHtml(new Uint8Array([...ascii('<meta charset="x-bogus"><p>'), ...gbk]), 'f')).toBe('<meta charset="x-bogus"><p>中文');
    expect(() => decodeHtml(new Uint8Array([...ascii('<meta charset="x-bogus"><p>'), 0xff]), 'f')).toThrow('f:b0: the file is not valid UTF-8 or GB18030');
    expect(() => decodeHtml(new Uint8Array([...ascii('<meta charset="gbk"><p>'), 0xff]), 'f')).toThrow('f:b0: the file is not valid GBK');
    expect(() => decodeHtml(new Uint8Array([...ascii('<p>'), 0xff]), 'f')).toThrow('f:b0: the file is not valid UTF-8 or GB18030');
  });
});
