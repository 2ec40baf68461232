/**
 * The HTML reader on small pages written for each rule (what a browser would print, in blocks), and
 * on the 30 real portal pages of the shared corpus, whose portal record and text copy were made
 * independently of this reader (manifest.json, gov-2019/<id>.txt).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { env } from '../../../src/lib/build/env.ts';
import { ReadError } from '../../../src/lib/model/errors.ts';
import { ReadDocumentSchema, type DocumentBlock, type ReadDocument, type TableBlock } from '../../../src/lib/model/schemas/document.ts';
import { readHtml } from '../../../src/lib/read/html.ts';

const read = (html: string): ReadDocument => readHtml(new TextEncoder().encode(html), 'page.html');
const texts = (d: ReadDocument): string[] => d.blocks.map((b) => (b.type === 'paragraph' ? b.text : '[table]'));
const tables = (d: ReadDocument): TableBlock[] => d.blocks.filter((b): b is TableBlock => b.type === 'table');
const rowTexts = (rows: TableBlock['rows']): string[][] => rows.map((r) => r.cells.map((c) => c.text));

function refusal(bytes: Uint8Array | string): string {
  try {
    readHtml(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, 'page.html');
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error('read, not refused');
}

describe('paragraphs as the page breaks them', () => {
  it('reads each <p>, each <div> with text of its own and each heading as a block, numbered in reading order', () => {
    const d = read('<div>一、总体要求<p>（一）指导思想。</p>坚持稳中求进。</div><h2>二、主要任务</h2><h4>（一）深化改革</h4>');
    expect(d.format).toBe('html');
    expect(d.blocks).toEqual([
      { type: 'paragraph', text: '一、总体要求', pos: { block: 0 }, numbering: null, headingLevel: null, align: null },
      { type: 'paragraph', text: '（一）指导思想。', pos: { block: 1 }, numbering: null, headingLevel: null, align: null },
      { type: 'paragraph', text: '坚持稳中求进。', pos: { block: 2 }, numbering: null, headingLevel: null, align: null },
      { type: 'paragraph', text: '二、主要任务', pos: { block: 3 }, numbering: null, headingLevel: 2, align: null },
      { type: 'paragraph', text: '（一）深化改革', pos: { block: 4 }, numbering: null, headingLevel: 4, align: null },
    ]);
    expect(ReadDocumentSchema.parse(d)).toEqual(d);
  });

  it('joins inline elements into their line and splits a paragraph at each <br>, one block a printed line', () => {
    const d = read('<p><b>国务院</b><span>办公厅</span><br>2019年1月16日<br/><br>（此件公开发布）</p><p>下一段</p>');
    expect(texts(d)).toEqual(['国务院办公厅', '2019年1月16日', '（此件公开发布）', '下一段']);
    expect(d.blocks.map((b) => b.pos)).toEqual([{ block: 0 }, { block: 1 }, { block: 2 }, { block: 3 }]);
  });

  it('takes alignment from style text-align over the align attribute, inherited by nested blocks, never from an inline element', () => {
    const d = read(`
      <p style="text-align: center">标题</p>
      <p align="right">国务院</p>
      <p align="center" style="text-align:justify">正文</p>
      <div align="center"><p>内层</p></div>
      <p align=""><span style="text-align:right">行内</span></p>
      <p style="TEXT-ALIGN: RIGHT">大写</p>
      <center>居中</center>
      <table align="center"><tr><td>表外</td></tr></table>`);
    expect(d.blocks.map((b) => (b.type === 'paragraph' ? [b.text, b.align] : null))).toEqual([
      ['标题', 'center'], ['国务院', 'right'], ['正文', 'justify'], ['内层', 'center'], ['行内', null], ['大写', 'right'],
      ['居中', 'center'], ['表外', null],
    ]);
  });

  it('collapses HTML whitespace as a browser prints it, keeps &nbsp; as spaces and ideographic spaces as they are', () => {
    const d = read('<p>  Policy \n\t  text  </p><p>各省、自治区、\n      直辖市人民政府</p><p>主&nbsp;&nbsp;任：孙春兰　　国务院副总理</p><p>　　第一条　本办法&nbsp;</p>');
    expect(texts(d)).toEqual(['Policy text', '各省、自治区、直辖市人民政府', '主  任：孙春兰　　国务院副总理', '第一条　本办法']);
  });

  it('prints an image by its alt text, where it stands; an image without one prints nothing', () => {
    const d = read('<p><img src="a.png" alt="图1 组织架构"></p><p>见<img src="b.png" alt="附图">所示</p><p><img src="c.png"><img src="d.png" alt="  "></p>');
    expect(texts(d)).toEqual(['图1 组织架构', '见附图所示']);
  });

  it('breaks preformatted text where the source breaks it', () => {
    expect(texts(read('<pre>第一行\n  第二行\n\n第三行</pre><p>后</p>'))).toEqual(['第一行', '第二行', '第三行', '后']);
  });

  it('drops empty paragraphs and reads character references', () => {
    const d = read('<p> </p><p>&nbsp;</p><p><br></p><p>A&amp;B &lt;规定&gt;</p>');
    expect(texts(d)).toEqual(['A&B <规定>']);
    expect(d.blocks[0].pos).toEqual({ block: 0 });
  });

  it('reads a bare article fragment (no <html>, only paragraphs)', () => {
    expect(texts(read('<p>第一段。</p>\n<p>第二段。</p>'))).toEqual(['第一段。', '第二段。']);
    expect(texts(read('只有一行文字'))).toEqual(['只有一行文字']);
  });
});

describe('nothing of the markup but text', () => {
  it('never reads script, style, noscript, template, iframe, object, form controls, comments or hidden elements', () => {
    const d = read(`<p onclick="alert('x')">正文<script>var 脚本 = 1;</script><style>p{color:red}/*样式*/</style></p>
      <noscript>请启用脚本</noscript><template><p>模板</p></template><iframe src="x">框架</iframe>
      <object>对象</object><select><option>选项</option></select><button>按钮</button><textarea>文本框</textarea>
      <!-- 注释 --><p style="display:none">隐藏</p><p hidden>也隐藏</p><p>结尾</p>`);
    expect(texts(d)).toEqual(['正文', '结尾']);
  });
});

describe('the document body, not the page around it', () => {
  const para = (n: number) => `<p>${'各地区各部门要认真贯彻落实。'.repeat(n)}</p>`;

  it('leaves out navigation, share bars, related links and footers, found by the text they hold', () => {
    const d = read(`<html><head><title>页面标题</title></head><body>
      <div class="header"><a href="/">首页</a> <a href="/zc">政策</a> <a href="/hd">互动</a></div>
      <nav><a href="/a">导航甲</a></nav>
      <div class="main">
        <div class="left"><ul><li><a href="/1">相关文件一</a></li><li><a href="/2">相关文件二</a></li></ul></div>
        <div class="detail">${para(5)}${para(6)}<div class="share">分享到：<a>微信</a><a>微博</a></div></div>
      </div>
      <footer>版权所有：中国政府网</footer><div class="foot">主办单位：某某办公厅</div></body></html>`);
    expect(texts(d)).toEqual(['各地区各部门要认真贯彻落实。'.repeat(5), '各地区各部门要认真贯彻落实。'.repeat(6)]);
  });

  it('takes the central portal\'s content cell (UCAP-CONTENT) first, even beside a larger text', () => {
    const d = read(`<table><tr><td id="UCAP-CONTENT"><p>国务院关于某事的通知</p>${para(6)}</td><td>${para(4)}</td></tr></table>`);
    expect(texts(d)).toEqual(['国务院关于某事的通知', '各地区各部门要认真贯彻落实。'.repeat(6)]);
  });

  it('keeps a title printed just above the content element, outside it', () => {
    const d = read(`<div class="article"><h1>某省人民政府关于印发实施方案的通知</h1><div class="info">发布时间：2019-03-01</div>
      <div class="content">${para(20)}<p>某省人民政府</p></div></div><div class="links"><a>相关链接</a></div>`);
    expect(texts(d)).toEqual(['某省人民政府关于印发实施方案的通知', '各地区各部门要认真贯彻落实。'.repeat(20), '某省人民政府']);
    expect(d.blocks[0]).toMatchObject({ headingLevel: 1, pos: { block: 0 } });
    expect(d.blocks[2].pos).toEqual({ block: 2 });
  });

  it('keeps an element named like furniture when it holds the article\'s text rather than links', () => {
    const d = read(`<div class="print-area">${para(10)}</div><div class="print"><a>打印</a></div>`);
    expect(texts(d)).toEqual(['各地区各部门要认真贯彻落实。'.repeat(10)]);
  });

  it('passes over a content id that holds less than half of the text', () => {
    const d = read(`<div id="UCAP-CONTENT"><p>摘要</p></div><div class="main"><p>摘要</p>${para(6)}${para(3)}</div>`);
    expect(texts(d)).toEqual(['摘要', '各地区各部门要认真贯彻落实。'.repeat(6), '各地区各部门要认真贯彻落实。'.repeat(3)]);
  });

  it('never takes a site\'s name printed as a heading in its header for the title', () => {
    const d = read(`<div class="page"><div class="logo"><h1>某某市人民政府</h1></div><div class="article"><div class="TRS_Editor">${para(8)}</div></div></div>`);
    expect(texts(d)).toEqual(['各地区各部门要认真贯彻落实。'.repeat(8)]);
    const e = read(`<div class="page"><h1>某某市人民政府</h1><div class="main"><div class="article"><div class="TRS_Editor">${para(8)}</div></div></div></div>`);
    expect(texts(e)).toEqual(['各地区各部门要认真贯彻落实。'.repeat(8)]);
  });

  it('reads a provincial page: its record in <th>/<td> cells, the title above a TRS_Editor body, no style text', () => {
    const d = read(`<div class="xxgk"><table><tr><th>索引号：</th><td>11440000006939964A/2019-00012</td><th>分类：</th><td>综合政务</td></tr>
      <tr><th>发布机构：</th><td>广东省人民政府办公厅</td><th>成文日期：</th><td>2019-02-15</td></tr>
      <tr><th>名称：</th><td>关于印发实施方案的通知</td></tr><tr><th>文号：</th><td>粤府办〔2019〕3号</td><th>发布日期：</th><td>2019-02-20</td></tr></table></div>
      <div class="article"><h3 class="title">广东省人民政府办公厅关于印发实施方案的通知</h3><div class="info">来源：本网 浏览次数：<span>120</span></div>
      <div class="TRS_Editor"><style>.TRS_Editor P{line-height:2}</style><p>各地级以上市人民政府：</p>${para(12)}<p style="text-align:right">广东省人民政府办公厅</p></div></div>`);
    expect(d.record).toEqual({ indexNumber: '11440000006939964A/2019-00012', topic: null, issuer: '广东省人民政府办公厅', writtenDate: '2019-02-15', title: '关于印发实施方案的通知', docNumber: '粤府办〔2019〕3号', publishedDate: '2019-02-20', subjectWords: null, url: null });
    expect(texts(d)).toEqual(['广东省人民政府办公厅关于印发实施方案的通知', '各地级以上市人民政府：', '各地区各部门要认真贯彻落实。'.repeat(12), '广东省人民政府办公厅']);
    expect(d.blocks.map((b) => (b.type === 'paragraph' ? [b.headingLevel, b.align] : null))).toEqual([[3, null], [null, null], [null, null], [null, 'right']]);
  });

  it('reads the whole article when its text is spread over several sibling elements', () => {
    const d = read(`<div id="wrap"><div class="a">${para(3)}</div><div class="b">${para(3)}</div></div><div class="nav"><a>返回</a></div>`);
    expect(d.blocks).toHaveLength(2);
  });
});

describe('tables', () => {
  it('reads rows and cells with their spans and positions, a row listing only the cells that start in it', () => {
    const d = read(`<p>附件</p><table border="1">
      <tr><th>序号</th><th>重点任务</th><th colspan="2">责任分工</th></tr>
      <tr><td rowspan="2">1</td><td>推进改革</td><td>发展改革委</td><td>财政部</td></tr>
      <tr><td>加强监管</td><td colspan="2">市场监管总局</td></tr></table><p>后文</p>`);
    const [t] = tables(d);
    expect(t.pos).toEqual({ block: 1 });
    expect(rowTexts(t.header)).toEqual([['序号', '重点任务', '责任分工']]);
    expect(rowTexts(t.rows)).toEqual([['1', '推进改革', '发展改革委', '财政部'], ['加强监管', '市场监管总局']]);
    expect(t.header[0].cells[2]).toEqual({ text: '责任分工', rowSpan: 1, colSpan: 2, pos: { block: 1, row: 0, cell: 2 } });
    expect(t.rows[0].cells[0]).toEqual({ text: '1', rowSpan: 2, colSpan: 1, pos: { block: 1, row: 1, cell: 0 } });
    expect(t.rows[1].pos).toEqual({ block: 1, row: 2 });
    expect(t.rows[1].cells[1]).toMatchObject({ colSpan: 2, pos: { block: 1, row: 2, cell: 1 } });
    expect(texts(d)).toEqual(['附件', '[table]', '后文']);
    expect(d.blocks[2].pos).toEqual({ block: 2 });
  });

  it('takes <thead> rows as the header, and a header cell spanning down carries the header over two rows', () => {
    const d = read(`<table><thead><tr><td>地区</td><td>目标</td></tr></thead><tbody><tr><td>北京</td><td>90%</td></tr></tbody></table>
      <table><tr><td rowspan="2">序号</td><td colspan="2">牵头单位</td></tr><tr><td>主办</td><td>协办</td></tr><tr><td>1</td><td>教育部</td><td>财政部</td></tr></table>`);
    const [a, b] = tables(d);
    expect(rowTexts(a.header)).toEqual([['地区', '目标']]);
    expect(rowTexts(a.rows)).toEqual([['北京', '90%']]);
    expect(rowTexts(b.header)).toEqual([['序号', '牵头单位'], ['主办', '协办']]);
    expect(rowTexts(b.rows)).toEqual([['1', '教育部', '财政部']]);
    const [c] = tables(read('<table><thead><tr><th>地区</th><th>目标</th></tr></thead></table>'));
    expect(rowTexts(c.header)).toEqual([['地区', '目标']]);
    expect(c.rows).toEqual([]);
  });

  it('takes a first row of short header words as the header, and no header where the first row is data', () => {
    const d = read(`<table><tr><td>指标</td><td>单位</td><td>2020年目标</td></tr><tr><td>城镇化率</td><td>%</td><td>60</td></tr></table>
      <table><tr><td>城镇化率</td><td>%</td></tr><tr><td>人均收入</td><td>元</td></tr></table>
      <table><tr><td>指标</td><td>到2020年，城镇化率达到60%以上。</td></tr><tr><td>甲</td><td>乙</td></tr></table>`);
    const [a, b, c] = tables(d);
    expect(rowTexts(a.header)).toEqual([['指标', '单位', '2020年目标']]);
    expect(rowTexts(a.rows)).toEqual([['城镇化率', '%', '60']]);
    expect(rowTexts(b.header)).toEqual([]);
    expect(rowTexts(b.rows)).toEqual([['城镇化率', '%'], ['人均收入', '元']]);
    expect(c.header).toEqual([]);
    const d2 = read('<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr><tr><td>1</td><td>甲</td><td>乙</td><td>2019年底</td></tr></table>');
    expect(rowTexts(tables(d2)[0].header)).toEqual([['序号', '工作任务', '牵头单位', '完成时限']]);
    const d3 = read('<table><tr><th>指标</th><td>60%</td></tr><tr><th>单位</th><td>万人</td></tr></table>');
    expect(tables(d3)[0].header).toEqual([]);
    expect(tables(d2)[0].rows[0].pos).toEqual({ block: 0, row: 1 });
  });

  it('joins a cell\'s paragraphs and lines with a line break, gives a nested table\'s text to its cell, and reads the caption', () => {
    const d = read(`<table><caption> 重点任务 分工表 </caption><tr><th>任务</th><th>单位</th></tr>
      <tr><td><p>（一）加强</p><p>组织领导</p></td><td>教育部<br>财政部</td></tr>
      <tr><td>内表</td><td><table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td></td></tr></table></td></tr></table>`);
    const [t] = tables(d);
    expect(t.caption).toBe('重点任务 分工表');
    expect(rowTexts(t.rows)).toEqual([['（一）加强\n组织领导', '教育部\n财政部'], ['内表', '甲\n乙\n丙']]);
    expect(d.blocks).toHaveLength(1);
  });

  it('reads a layout table (one cell, or marked presentation) as paragraphs, and drops a table without text', () => {
    const d = read(`<table><tr><td><p>第一段</p><p>第二段</p></td></tr></table>
      <table role="presentation"><tr><td>左</td><td>右</td></tr></table><table><tr><td> </td><td></td></tr></table><p>完</p>`);
    expect(texts(d)).toEqual(['第一段', '第二段', '左', '右', '完']);
  });

  it('clamps spans to what the table can hold', () => {
    const d = read('<table><tr><th>项目</th><th>内容</th></tr><tr><td rowspan="99">甲</td><td colspan="0">乙</td></tr><tr><td>丙</td></tr></table>');
    const [t] = tables(d);
    expect(t.rows[0].cells.map((c) => [c.rowSpan, c.colSpan])).toEqual([[2, 1], [1, 1]]);
  });
});

describe('the portal record', () => {
  const tableBlock = `<table class="bd1"><tbody>
    <tr><td><b>索 引 号：</b></td><td>000014349/2019-00003</td><td><b>主题分类：</b></td><td> 商贸、海关、旅游\\海关 </td></tr>
    <tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2019年01月12日</td></tr>
    <tr><td><b>标　　题：</b></td><td colspan="3">国务院关于促进综合保税区高水平开放高质量发展的若干意见</td></tr>
    <tr><td><b>发文字号：</b></td><td>国发〔2019〕3号</td><td><b>发布日期：</b></td><td>2019年01月25日</td></tr></tbody></table>
    <table><tr><td><b>主 题 词：</b></td><td></td><td></td></tr></table>`;

  it('reads a label cell and the value in the next cell, empty values as null, and keeps the block out of the body', () => {
    const d = read(`<html><head><link rel="canonical" href="http://www.gov.cn/zhengce/content/2019-01/25/content_5361158.htm"></head>
      <body>${tableBlock}<div id="UCAP-CONTENT"><p>国务院关于促进综合保税区高水平开放高质量发展的若干意见</p><p>国发〔2019〕3号</p></div></body></html>`);
    expect(d.record).toEqual({
      indexNumber: '000014349/2019-00003', topic: '商贸、海关、旅游\\海关', issuer: '国务院', writtenDate: '2019年01月12日',
      title: '国务院关于促进综合保税区高水平开放高质量发展的若干意见', docNumber: '国发〔2019〕3号', publishedDate: '2019年01月25日',
      subjectWords: null, url: 'http://www.gov.cn/zhengce/content/2019-01/25/content_5361158.htm',
    });
    expect(texts(d)).toEqual(['国务院关于促进综合保税区高水平开放高质量发展的若干意见', '国发〔2019〕3号']);
  });

  it('reads label and value in one element, several pairs on one line, the url from og:url, and leaves the block out of a body it stands in', () => {
    const d = read(`<meta property="og:url" content="https://www.example.gov.cn/zwgk/1.html">
      <div class="content"><ul class="xxgk"><li><span>索引号:</span>11A00-0101-2019-0003</li><li>发布机构：某省人民政府办公厅</li>
      <li>文号：某政办发〔2019〕5号</li><li>主题词：教育 改革</li></ul>
      <p>成文日期：2019-03-01 发布日期：2019-03-05</p>
      <p>${'各市人民政府要抓好落实。'.repeat(4)}</p></div>`);
    expect(d.record).toEqual({
      indexNumber: '11A00-0101-2019-0003', topic: null, issuer: '某省人民政府办公厅', writtenDate: '2019-03-01', title: null,
      docNumber: '某政办发〔2019〕5号', publishedDate: '2019-03-05', subjectWords: '教育 改革', url: 'https://www.example.gov.cn/zwgk/1.html',
    });
    expect(texts(d)).toEqual(['各市人民政府要抓好落实。'.repeat(4)]);
  });

  it('never takes the document\'s text for a value: a value stands beside its label, and a label printed again belongs to the text', () => {
    const d = read(`<table><tr><td>索引号：</td><td>1</td></tr><tr><td>发文机关：</td><td>国务院</td></tr><tr><td>成文日期：</td><td>2019年</td></tr>
      <tr><td>主题词：</td></tr></table><p>国务院关于某事的通知</p><p>标题：正文里的标题</p>`);
    expect(d.record).toMatchObject({ indexNumber: '1', issuer: '国务院', writtenDate: '2019年', subjectWords: null, title: null });
    expect(texts(d)).toEqual(['国务院关于某事的通知', '标题：正文里的标题']);
  });

  it('takes a label printed twice in the block from its first printing, and keeps the second as text', () => {
    const d = read('<ul><li>索引号：1</li><li>标题：甲</li><li>标题：乙</li><li>发文机关：国务院</li></ul><p>正文</p>');
    expect(d.record).toMatchObject({ indexNumber: '1', title: '甲', issuer: '国务院' });
    expect(texts(d)).toEqual(['标题：乙', '正文']);
  });

  it('is null on a page without such a block, and a label or two in the text do not make one', () => {
    const d = read('<p>标题：关于某事的通知</p><p>发布日期：2019年</p><p>正文</p>');
    expect(d.record).toBeNull();
    expect(texts(d)).toEqual(['标题：关于某事的通知', '发布日期：2019年', '正文']);
  });
});

describe('charsets', () => {
  // "中文政策" in GBK, written out byte by byte (no encoder here would write GBK).
  const GBK = [0xd6, 0xd0, 0xce, 0xc4, 0xd5, 0xfe, 0xb2, 0xdf];
  const bytes = (head: string, body: number[], tail = '</p>') => new Uint8Array([...new TextEncoder().encode(head), ...body, ...new TextEncoder().encode(tail)]);

  it('reads GBK as the page declares it, by <meta charset> or http-equiv, and undeclared as GB18030', () => {
    for (const head of ['<meta charset="gbk"><p>', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>', '<p>']) {
      expect(texts(readHtml(bytes(head, GBK), 'gbk.html')), head).toEqual(['中文政策']);
    }
  });

  it('reads UTF-8 with or without a BOM, even where an old <meta> says GBK, and UTF-16 by its BOM', () => {
    const utf8 = [...new TextEncoder().encode('通知')];
    expect(texts(readHtml(bytes('<meta charset="gb2312"><p>', utf8), 'a.html'))).toEqual(['通知']);
    expect(texts(readHtml(bytes('', [0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>通知')]), 'a.html'))).toEqual(['通知']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<p>通知</p>'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(texts(readHtml(utf16, 'a.html'))).toEqual(['通知']);
  });

  it('refuses bytes the declared charset cannot decode, naming it', () => {
    expect(refusal(bytes('<meta charset="gb2312"><p>', [0xd6, 0xd0, 0x81, 0x20]))).toBe('page.html:b0: the file is not valid GB2312');
    expect(refusal(bytes('<meta charset="utf-8"><p>', [0xe4, 0xb8]))).toBe('page.html:b0: the file is not valid UTF-8');
    expect(refusal(bytes('<p>', [0x81, 0x20]))).toBe('page.html:b0: the file is not valid UTF-8 or GB18030');
    expect(refusal(new Uint8Array([0xfe, 0xff, 0xd8, 0x00]))).toBe('page.html:b0: the file is not valid UTF-16BE');
  });
});

describe('refusals', () => {
  it('refuses an empty or blank file', () => {
    expect(refusal('')).toBe('page.html:b0: the file is empty');
    expect(refusal(' \n\t ')).toBe('page.html:b0: the file is empty');
  });

  it('refuses a page with no document text: markup only, scripts only, a record only', () => {
    const message = 'page.html:b0: no document body: the page holds no paragraphs of text';
    expect(refusal('<html><head><title>标题</title></head><body></body></html>')).toBe(message);
    expect(refusal('<script>document.write("正文")</script><style>p{}</style><!-- 注释 -->')).toBe(message);
    expect(refusal('<table><tr><td>索引号：</td><td>1</td><td>发文机关：</td><td>国务院</td><td>发布日期：</td><td>2019年</td></tr></table>')).toBe(message);
    expect(refusal('<ul><li><a href="/1">首页</a></li><li><a href="/2">政策文件</a></li></ul>')).toBe(message);
    expect(refusal('<p><img src="a.png"></p><p><a href="/">Home</a></p>')).toBe(message);
  });

  it('reads a page without Chinese text by all its characters', () => {
    const d = read('<nav><a href="/">Home</a> <a href="/p">Policies</a></nav><div class="article"><p>Notice on the plan.</p><p>Article 1. It applies.</p></div>');
    expect(texts(d)).toEqual(['Notice on the plan.', 'Article 1. It applies.']);
  });

  it('reads elements nested thousands deep, and says a page nested past that is too deep, never crashes', () => {
    expect(texts(read('<div>'.repeat(2000) + '正文'))).toEqual(['正文']);
    expect(refusal('<span>'.repeat(50000) + '正文')).toBe('page.html:b0: the page is nested too deeply to read');
  });
});

describe('the 30 portal pages of the shared corpus (gov-2019-pages)', () => {
  const dir = () => env.corpusDir();
  const has = () => existsSync(join(dir(), 'gov-2019-pages', 'manifest.json'));
  type Entry = { file: string; portal: Record<string, string> };
  const FIELDS: Record<string, string> = { 索引号: 'indexNumber', 主题分类: 'topic', 发文机关: 'issuer', 成文日期: 'writtenDate', 标题: 'title', 发文字号: 'docNumber', 发布日期: 'publishedDate', 主题词: 'subjectWords' };
  /** The lines a page prints: paragraphs, and a table's cells row by row, line by line (as the portal's text copy gives them). */
  const lines = (blocks: DocumentBlock[]) =>
    blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [...b.header, ...b.rows].flatMap((r) => r.cells.flatMap((c) => c.text.split('\n'))))).map((s) => s.trim()).filter((s) => s !== '');

  it('reads every page\'s record as the manifest prints it, and its text line for line as the portal\'s text copy', () => {
    if (!has()) {
      console.warn(`html.test: no shared corpus at ${dir()}; skipping the portal pages`);
      return;
    }
    const manifest = JSON.parse(readFileSync(join(dir(), 'gov-2019-pages', 'manifest.json'), 'utf8')) as Entry[];
    expect(manifest).toHaveLength(30);
    const recordWrong: string[] = [];
    const textWrong: string[] = [];
    for (const { file, portal } of manifest) {
      const doc = readHtml(readFileSync(join(dir(), 'gov-2019-pages', file)), file);
      expect(ReadDocumentSchema.parse(doc)).toEqual(doc);
      const printed = Object.fromEntries(Object.entries(portal).map(([label, value]) => [FIELDS[label], value]));
      const read = Object.fromEntries(Object.keys(printed).map((k) => [k, doc.record?.[k as keyof typeof doc.record]]));
      if (JSON.stringify(read) !== JSON.stringify(printed)) recordWrong.push(file);
      const copy = readFileSync(join(dir(), 'gov-2019', file.replace('.html', '.txt')), 'utf8').split('\n').map((s) => s.trim()).filter((s) => s !== '');
      if (JSON.stringify(lines(doc.blocks)) !== JSON.stringify(copy)) textWrong.push(file);
    }
    // Pinned: 30 of 30 records (the manifest's seven fields) and 30 of 30 texts.
    expect(recordWrong).toEqual([]);
    expect(textWrong).toEqual([]);
  });

  it('reads 主题词 where a page prints one (the manifest leaves it out) and null where its cell is empty', () => {
    if (!has()) return;
    // Read off the pages by hand: the five 函 of 1996–2005 print subject words, the 2019 documents an empty cell.
    const printed: Record<string, string> = {
      'g024.html': '体育　运动会　函', 'g031.html': '体育　运动会　函', 'g041.html': '农业　粮食　应急预案△　函',
      'g043.html': '气象　广东　香港　澳门　函', 'g048.html': '经济管理　考察　措施　函',
    };
    const manifest = JSON.parse(readFileSync(join(dir(), 'gov-2019-pages', 'manifest.json'), 'utf8')) as Entry[];
    for (const { file } of manifest) {
      const doc = readHtml(readFileSync(join(dir(), 'gov-2019-pages', file)), file);
      expect(doc.record?.subjectWords, file).toBe(printed[file] ?? null);
      expect(doc.record?.url, file).toBeNull();
    }
  });

  it('reads g004\'s indicator table as a table: its header, its spans, its cells', () => {
    if (!has()) return;
    const doc = readHtml(readFileSync(join(dir(), 'gov-2019-pages', 'g004.html')), 'g004.html');
    const all = tables(doc);
    expect(all).toHaveLength(1);
    const [t] = all;
    expect(doc.blocks[t.pos.block! - 1]).toMatchObject({ type: 'paragraph', text: '三级公立医院绩效考核指标', align: 'center' });
    expect(rowTexts(t.header)).toEqual([['一级指标', '二级指标', '三级指标', '指标性质', '指标说明']]);
    expect(t.rows).toHaveLength(55);
    expect(t.rows[0].cells.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ['一、医疗质量', 24, 1], ['（一）功能定位', 7, 1], ['1.门诊人次数与出院人次数比', 1, 1], ['定量', 1, 1],
      ['计算方法：门诊患者人次数/同期出院患者人次数（急诊、健康体检者不计入）。\n指标来源：医院填报。', 1, 1],
    ]);
    expect(t.rows[1].cells.map((c) => c.text)).toEqual(['2.下转患者人次数（门急诊、住院）', '定量', '计算方法：本年度向二级医院或者基层医疗机构下转患者人次数（门急诊、住院）。\n指标来源：医院填报。']);
    expect(t.rows[54].cells[0]).toEqual({ text: '（十四）\n医务人员\n满意度', rowSpan: 1, colSpan: 1, pos: { block: t.pos.block, row: 55, cell: 0 } });
  });
});

describe('fuzzing: truncated and corrupted pages', () => {
  it('gives a ReadDocument or a ReadError, never another exception, in bounded time', () => {
    const sample = `<meta charset="utf-8"><table><tr><td>索引号：</td><td>1</td><td>发文机关：</td><td>国务院</td><td>标题：</td><td>通知</td></tr></table>
      <div id="UCAP-CONTENT"><p style="text-align:center">国务院关于某事的通知</p><p>各省：<br>一、总体要求</p>
      <table border="1"><tr><th>序号</th><th>任务</th></tr><tr><td rowspan="2">1</td><td>甲<table><tr><td>乙</td></tr></table></td></tr></table>
      <script>x()</script><img alt="图"></div>`;
    const page = (() => {
      const file = join(env.corpusDir(), 'gov-2019-pages', 'g005.html');
      return existsSync(file) ? new Uint8Array(readFileSync(file)) : new TextEncoder().encode(sample);
    })();
    const inputs = [new TextEncoder().encode(sample), page];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: inputs.length - 1 }),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (which, cut, flips) => {
          const source = inputs[which];
          const bytes = source.slice(0, cut % (source.length + 1));
          for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
          const start = performance.now();
          try {
            const doc = readHtml(bytes, 'fuzz.html');
            expect(ReadDocumentSchema.parse(doc)).toEqual(doc);
          } catch (e) {
            if (!(e instanceof ReadError)) throw e;
          }
          expect(performance.now() - start).toBeLessThan(2000);
        },
      ),
      { numRuns: 150, seed: 25 },
    );
  });

  it('reads markup broken anywhere (stray tags, unclosed comments, spans out of range) as a browser would, or refuses it with a ReadError', () => {
    const sample = `<table><tr><td>索引号：</td><td>1</td><td>发文机关：</td><td>国务院</td><td>标题：</td><td>通知</td></tr></table>
      <div class="TRS_Editor"><h1>通知</h1><p align="center">国务院关于某事的通知</p><p>各省：<br>一、总体要求</p>
      <table><thead><tr><th>序号</th><th colspan="2">任务</th></tr></thead><tr><td rowspan="3">1</td><td>甲</td><td>乙</td></tr></table>
      <ul><li>第一项</li><li>第二项</li></ul><pre>预\n格式</pre></div><footer>版权</footer>`;
    const pieces = ['<', '>', '</td>', '<td rowspan="-1">', '<td colspan="99999">', '<table>', '</table>', '<tr>', '<br>', '<p>', '</div>', '"', '<!--', '<script>', '<style>', '<pre>', '<![CDATA[', '&#0;', '&nbsp;', '\u0000', '索引号：', '　'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 12 }), fc.nat(), (inserts, cut) => {
        let text = sample;
        for (const [at, piece] of inserts) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + piece + text.slice(i);
        }
        text = text.slice(0, cut % (text.length + 1));
        try {
          const doc = readHtml(new TextEncoder().encode(text), 'fuzz.html');
          expect(ReadDocumentSchema.parse(doc)).toEqual(doc);
          for (const b of doc.blocks) if (b.type === 'paragraph') expect(b.text).not.toMatch(/^\s|\s$|<script|<style/);
        } catch (e) {
          if (!(e instanceof ReadError)) throw e;
        }
      }),
      { numRuns: 300, seed: 25 },
    );
  });
});
