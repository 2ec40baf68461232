/**
 * The Word reader on files a word processor made (tests/fixtures/formats/, see its README), on the
 * shared corpus of 30 real documents saved as .docx (skipped when ../shared/corpus is absent), on
 * small documents built here for what neither holds, and on damaged or hostile archives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sharedCorpusDir } from '../../../scripts/corpus-lib.ts';
import { ReadError } from '../../../src/lib/model/errors.ts';
import { ReadDocumentSchema, type DocumentBlock, type ParagraphBlock, type ReadDocument, type TableBlock } from '../../../src/lib/model/schemas/document.ts';
import { DOCX_LIMITS } from '../../../src/lib/read/docx-archive.ts';
import { readDocx } from '../../../src/lib/read/docx.ts';
import { docx, NS } from '../../support/read.ts';
import { fixtureBytes } from '../../support/plans.ts';


const numberingPart = (inner: string) => `<w:numbering ${NS}>${inner}</w:numbering>`;
const stylesPart = (inner: string) => `<w:styles ${NS}>${inner}</w:styles>`;
const p = (text: string, pPr = '') => `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numbered = (numId: number, ilvl: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

const paragraphs = (doc: ReadDocument): ParagraphBlock[] => doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
const texts = (doc: ReadDocument): string[] => paragraphs(doc).map((b) => b.text);
const tables = (doc: ReadDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.type === 'table');

function readError(bytes: Uint8Array, file = 'x.docx'): ReadError {
  try {
    readDocx(bytes, file);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('read without an error');
}

describe('a .docx with automatic numbering (LibreOffice)', () => {
  it('prints each list number in front of its text, with its levels, restarts and continuations', () => {
    const doc = readDocx(fixtureBytes('formats/docx-numbering.docx'), 'docx-numbering.docx');
    expect(paragraphs(doc).map((b) => [b.text, b.numbering])).toEqual([
      ['关于测试自动编号的方案', null],
      ['一、总体要求', '一、'],
      ['（一）指导思想。', '（一）'],
      ['（二）基本原则。', '（二）'],
      ['1.坚持问题导向。', '1.'],
      ['2.坚持系统观念。', '2.'],
      ['①第一小项。', '①'],
      ['②第二小项。', '②'],
      ['这是一段不编号的正文。', null],
      ['二、重点任务', '二、'],
      ['（一）加快数字化发展。', '（一）'],
      ['1.建设数据中心。', '1.'],
      ['三、保障措施', '三、'],
      ['四、第四', '四、'],
      ['五、第五', '五、'],
      ['六、第六', '六、'],
      ['七、第七', '七、'],
      ['八、第八', '八、'],
      ['九、第九', '九、'],
      ['十、第十', '十、'],
      ['十一、第十一', '十一、'],
      ['附件：', null],
      ['一、另起编号的清单', '一、'],
      ['二、第二份清单', '二、'],
      ['第一章总则', '第一章'],
      ['本办法适用于全省。', null],
      ['第二章附则', '第二章'],
    ]);
  });

  it('gives each paragraph its body position and takes headings from the Heading style', () => {
    const doc = readDocx(fixtureBytes('formats/docx-numbering.docx'), 'docx-numbering.docx');
    expect(paragraphs(doc).map((b) => b.pos.block)).toEqual(Array.from({ length: 27 }, (_, i) => i));
    expect(paragraphs(doc).filter((b) => b.headingLevel !== null).map((b) => [b.text, b.headingLevel])).toEqual([
      ['第一章总则', 1],
      ['第二章附则', 1],
    ]);
    expect(ReadDocumentSchema.parse(doc)).toEqual(doc);
  });
});

describe('a .docx with a table, notes, header and footer (LibreOffice)', () => {
  const read = () => readDocx(fixtureBytes('formats/docx-layout.docx'), 'docx-layout.docx');

  it('reads the body in order: tracked deletions left out, insertions in, a line break as two lines, the text box once, footnotes last', () => {
    expect(texts(read())).toEqual([
      '关于测试版式的通知',
      '某政发〔2024〕1号',
      '各市人民政府1：',
      '现将有关事项通知如下，新增的文字请认真贯彻执行2。',
      '任务分工',
      '第一行',
      '第二行\t制表符之后',
      '附文本框的段落之后',
      '文本框中的文字',
      '某某省人民政府',
      '2024年1月1日',
      '1\t本通知发至县级。',
      '2\t执行中的问题及时报告。',
    ]);
  });

  it('keeps headings, alignment and positions as the file holds them', () => {
    const doc = read();
    expect(paragraphs(doc).map((b) => [b.headingLevel, b.align, b.pos.block])).toEqual([
      [1, 'left', 0],
      [null, 'center', 1],
      [null, 'justify', 2],
      [null, 'justify', 3],
      [2, 'left', 4],
      [null, 'left', 5],
      [null, 'left', 5],
      [null, 'left', 8],
      [null, 'left', 8],
      [null, 'right', 9],
      [null, 'right', 10],
      [null, 'left', 11],
      [null, 'left', 12],
    ]);
    expect(doc.blocks.map((b) => b.type)).toEqual([...Array(7).fill('paragraph'), 'table', ...Array(6).fill('paragraph')]);
  });

  it('reads the table with its repeated header row, a group row over four columns and a cell merged over two rows', () => {
    const [table] = tables(read());
    expect(table.pos).toEqual({ block: 7 });
    expect(table.header.map((r) => r.cells.map((c) => c.text))).toEqual([['序号', '重点任务', '牵头单位', '完成时限']]);
    expect(table.header[0].pos).toEqual({ block: 7, row: 0 });
    expect(table.rows.map((r) => r.cells.map((c) => [c.text, c.rowSpan, c.colSpan, c.pos.cell]))).toEqual([
      [['一、数字经济', 1, 4, 0]],
      [
        ['1', 1, 1, 0],
        ['建设数据中心\n推进算力网络', 1, 1, 1],
        ['省发展改革委', 2, 1, 2],
        ['2025年底前', 1, 1, 3],
      ],
      [
        ['2', 1, 1, 0],
        ['发展工业互联网', 1, 1, 1],
        ['持续推进', 1, 1, 3],
      ],
    ]);
    expect(table.rows.map((r) => r.pos)).toEqual([1, 2, 3].map((row) => ({ block: 7, row })));
    expect(table.rows[2].cells[2].pos).toEqual({ block: 7, row: 3, cell: 3 });
  });

  it('sets the header and the footer apart as furniture, the page number as such', () => {
    expect(read().furniture).toEqual([
      { kind: 'running-head', text: '某某省人民政府文件', pos: {} },
      { kind: 'page-number', text: '— 1 —', pos: {} },
    ]);
  });
});

describe('paragraph text', () => {
  it('shows a field by its result, never its instruction, also when a field spans paragraphs', () => {
    const field = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${instr}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const doc = readDocx(
      docx(
        `<w:p><w:r><w:t>见</w:t></w:r>${field(' HYPERLINK "http://x" ', '国务院网站')}<w:r><w:t>。</w:t></w:r></w:p>` +
          `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、总体要求</w:t></w:r></w:p>` +
          `<w:p><w:r><w:t>二、重点任务</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
          `<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2024年1月1日</w:t></w:r></w:fldSimple></w:p>` +
          `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF 1 = 1 "</w:instrText></w:r>${field('PAGE', '9')}<w:r><w:instrText>"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      ),
      'f.docx',
    );
    expect(texts(doc)).toEqual(['见国务院网站。', '一、总体要求', '二、重点任务', '2024年1月1日', '结果']);
  });

  it('reads tabs, breaks of every kind, symbols, hyphens and math, and drops blank paragraphs', () => {
    const doc = readDocx(
      docx(
        `<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:cr/><w:t>丙</w:t><w:br w:type="page"/><w:t>丁</w:t><w:ptab w:alignment="right"/><w:t>戊</w:t><w:sym w:font="Symbol"/></w:r></w:p>` +
          `<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>已完成</w:t><w:sym w:font="SimSun" w:char="4E00"/></w:r></w:p>` +
          `<w:p><w:r><w:t>COVID</w:t><w:noBreakHyphen/><w:t>19</w:t><w:softHyphen/><w:t>疫情</w:t></w:r></w:p>` +
          `<w:p><w:r><w:t>比例</w:t></w:r><m:oMath><m:r><m:t>x</m:t></m:r><m:r><m:t>≥1</m:t></m:r></m:oMath></w:p>` +
          `<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p><w:p/>` +
          `<w:p><w:r><w:br/><w:t>换行之后</w:t></w:r></w:p>`,
      ),
      's.docx',
    );
    expect(paragraphs(doc).map((b) => [b.text, b.pos.block])).toEqual([
      ['甲\t乙', 0],
      ['丙', 0],
      ['丁\t戊', 0],
      ['✓已完成一', 1],
      ['COVID\u201119疫情', 2],
      ['比例x≥1', 3],
      ['换行之后', 6],
    ]);
  });

  it('reads content controls, inserted and moved text, and skips deleted and moved-away text', () => {
    const doc = readDocx(
      docx(
        `<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>${p('控件中的段落')}</w:sdtContent></w:sdt>` +
          `<w:p><w:sdt><w:sdtContent><w:r><w:t>行内控件</w:t></w:r></w:sdtContent></w:sdt><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>` +
          `<w:p><w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>移入</w:t></w:r></w:moveTo></w:p>` +
          `<w:del>${p('整段删除')}</w:del><w:ins>${p('整段插入')}</w:ins><w:customXml>${p('自定义')}</w:customXml>` +
          `<mc:AlternateContent><mc:Choice Requires="w14">${p('选择')}</mc:Choice><mc:Fallback>${p('后备')}</mc:Fallback></mc:AlternateContent>` +
          `<w:moveFrom>${p('移出段')}</w:moveFrom><w:moveTo>${p('移入段')}</w:moveTo><w:sdt><w:sdtPr/></w:sdt>${p('末段')}`,
      ),
      'c.docx',
    );
    expect(paragraphs(doc).map((b) => [b.text, b.pos.block])).toEqual([
      ['控件中的段落', 0],
      ['行内控件链接', 1],
      ['新移入', 2],
      ['整段插入', 3],
      ['自定义', 4],
      ['选择', 5],
      ['移入段', 6],
      ['末段', 7],
    ]);
  });

  it('reads a text box once, from the first choice of alternate content, or from the fallback when there is no choice', () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const doc = readDocx(
      docx(
        `<w:p><w:r><w:t>正文</w:t><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('框内')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('框内')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
          `<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict>${box('仅有后备')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      ),
      'b.docx',
    );
    expect(paragraphs(doc).map((b) => [b.text, b.pos.block])).toEqual([
      ['正文', 0],
      ['框内', 0],
      ['仅有后备', 1],
    ]);
  });

  it('takes alignment and outline level from the paragraph, its style chain, or the document defaults', () => {
    const styles = stylesPart(
      `<w:docDefaults><w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
        `<w:style w:type="paragraph" w:styleId="T"><w:name w:val="title"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="T2"><w:name w:val="sub"/><w:basedOn w:val="T"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 3"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="loop"/><w:basedOn w:val="Loop"/></w:style>`,
    );
    const doc = readDocx(
      docx(
        p('默认', '') +
          p('居中', '<w:pStyle w:val="T2"/>') +
          p('右', '<w:jc w:val="end"/>') +
          p('左', '<w:jc w:val="start"/>') +
          p('分散', '<w:jc w:val="distribute"/>') +
          p('三级', '<w:pStyle w:val="1"/>') +
          p('正文级', '<w:pStyle w:val="T"/><w:outlineLvl w:val="9"/>') +
          p('五级', '<w:outlineLvl w:val="4"/>') +
          p('循环', '<w:pStyle w:val="Loop"/>'),
        { 'word/styles.xml': styles },
      ),
      'a.docx',
    );
    expect(paragraphs(doc).map((b) => [b.text, b.align, b.headingLevel])).toEqual([
      ['默认', 'justify', null],
      ['居中', 'center', 1],
      ['右', 'right', null],
      ['左', 'left', null],
      ['分散', 'justify', null],
      ['三级', 'justify', 3],
      ['正文级', 'center', null],
      ['五级', 'justify', 5],
      ['循环', 'justify', null],
    ]);
  });
});

describe('paragraph properties', () => {
  it('reads every w:jc value Word writes', () => {
    const values = ['center', 'right', 'end', 'left', 'start', 'both', 'justify', 'distribute', 'lowKashida', 'mediumKashida', 'highKashida', 'thaiDistribute', 'numTab', 'bogus'];
    const doc = readDocx(docx(values.map((v) => p(v, `<w:jc w:val="${v}"/>`)).join('')), 'j.docx');
    expect(paragraphs(doc).map((b) => b.align)).toEqual(['center', 'right', 'right', 'left', 'left', 'justify', 'justify', 'justify', 'justify', 'justify', 'justify', 'justify', null, null]);
  });

  it('applies the default paragraph style to a paragraph that names none, and only a paragraph style', () => {
    const styles = stylesPart(
      `<w:style w:type="character" w:default="1" w:styleId="C"><w:name w:val="heading 2"/></w:style>` +
        `<w:style w:type="paragraph" w:default="1" w:styleId="N"><w:name w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="H"><w:name w:val="Heading1"/></w:style>` +
        `<w:style w:type="table" w:styleId="T"><w:name w:val="heading 4"/></w:style>`,
    );
    const doc = readDocx(docx(p('无样式') + p('一级', '<w:pStyle w:val="H"/>') + p('字符样式', '<w:pStyle w:val="C"/>') + p('表格样式', '<w:pStyle w:val="T"/>'), { 'word/styles.xml': styles }), 's.docx');
    expect(paragraphs(doc).map((b) => [b.text, b.align, b.headingLevel])).toEqual([
      ['无样式', 'center', null],
      ['一级', null, 1],
      ['字符样式', null, null],
      ['表格样式', null, null],
    ]);
  });

  it('reads a document in the strict namespace of ISO 29500', () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document xmlns:w="${strict}"><w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>严格</w:t><w:tab/><w:t>格式</w:t></w:r></w:p></w:body></w:document>`),
    });
    expect(paragraphs(readDocx(bytes, 's.docx')).map((b) => [b.text, b.align])).toEqual([['严格\t格式', 'center']]);
  });
});

describe('automatic numbering', () => {
  const abstract = (id: number, levels: string, extra = '') => `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`;
  const lvl = (ilvl: number, fmt: string, text: string, more = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${more}<w:lvlText w:val="${text}"/></w:lvl>`;

  it('counts per abstract definition, restarts on startOverride, keeps a level going when w:lvlRestart is 0, and prints %1.%2', () => {
    const numbering = numberingPart(
      abstract(1, lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2') + lvl(2, 'lowerLetter', '(%3)', '<w:lvlRestart w:val="0"/>')) +
        `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>` +
        `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
        `<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`,
    );
    const doc = readDocx(
      docx(
        numbered(1, 1, '甲') + numbered(1, 2, '乙') + numbered(1, 0, '丙') + numbered(1, 1, '丁') + numbered(1, 2, '戊') + numbered(2, 0, '己') + numbered(3, 0, '庚') + numbered(3, 0, '辛'),
        { 'word/numbering.xml': numbering },
      ),
      'n.docx',
    );
    expect(paragraphs(doc).map((b) => b.numbering)).toEqual(['1.1 ', '(a)', '1.', '1.1 ', '(b)', '2.', '5.', '6.']);
    expect(texts(doc)[0]).toBe('1.1 甲');
  });

  it('honours isLgl, a bullet in Symbol, a level overridden in full, a suffix of nothing, and numId 0 against the style', () => {
    const numbering = numberingPart(
      abstract(1, lvl(0, 'chineseCounting', '第%1部分') + lvl(1, 'chineseCounting', '%1.%2', '<w:isLgl/>')) +
        abstract(2, `<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>`) +
        abstract(3, lvl(0, 'decimal', '%1', '<w:suff w:val="nothing"/>')) +
        `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>` +
        `<w:num w:numId="4"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>`,
    );
    const styles = stylesPart(`<w:style w:type="paragraph" w:styleId="L"><w:name w:val="list"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`);
    const doc = readDocx(
      docx(
        numbered(1, 0, '总体') +
          numbered(1, 1, '细则') +
          p('要点', '<w:pStyle w:val="L"/>') +
          p('不编号', '<w:pStyle w:val="L"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
          numbered(3, 0, '项') +
          numbered(4, 0, '覆盖') +
          numbered(9, 0, '未定义的列表'),
        { 'word/numbering.xml': numbering, 'word/styles.xml': styles },
      ),
      'n.docx',
    );
    expect(paragraphs(doc).map((b) => [b.text, b.numbering])).toEqual([
      ['第一部分总体', '第一部分'],
      ['1.1 细则', '1.1 '],
      ['•要点', '•'],
      ['不编号', null],
      ['1项', '1'],
      ['III)覆盖', 'III)'],
      ['未定义的列表', null],
    ]);
  });

  it('restarts a level per w:lvlRestart, defaults a level without w:start to 1, and prints nothing for a level without w:lvlText', () => {
    const numbering = numberingPart(
      abstract(
        1,
        lvl(0, 'decimal', '%1.') +
          lvl(1, 'lowerLetter', '%2)') +
          `<w:lvl w:ilvl="2"><w:numFmt w:val="lowerRoman"/><w:lvlRestart w:val="1"/><w:lvlText w:val="(%3)"/></w:lvl>` +
          `<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>` +
          `<w:lvl w:ilvl="12"><w:start w:val="1"/><w:lvlText w:val="x"/></w:lvl>`,
      ) + `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`,
    );
    const doc = readDocx(
      docx(numbered(1, 0, 'A') + numbered(1, 2, 'B') + numbered(1, 1, 'C') + numbered(1, 2, 'D') + numbered(1, 0, 'E') + numbered(1, 2, 'F') + numbered(1, 3, 'G'), {
        'word/numbering.xml': numbering,
      }),
      'r.docx',
    );
    // Level 3 restarts only after level 1 (w:lvlRestart 1), not after level 2: (i) (ii), then (i) again after 2.
    expect(paragraphs(doc).map((b) => b.numbering)).toEqual(['1.', '(i)', 'a)', '(ii)', '2.', '(i)', null]);
  });

  it('restarts the levels below an overridden start, and reads a paragraph level past 8 as level 8', () => {
    const levels = Array.from({ length: 9 }, (_, i) => lvl(i, 'decimal', `L${i}-%${i + 1}`)).join('');
    const numbering = numberingPart(
      abstract(1, levels) +
        `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>` +
        `<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>`,
    );
    const doc = readDocx(
      docx(numbered(1, 0, 'a') + numbered(1, 1, 'b') + numbered(1, 1, 'c') + numbered(2, 1, 'd') + numbered(2, 0, 'e') + numbered(1, 12, 'f'), { 'word/numbering.xml': numbering }),
      'o.docx',
    );
    expect(paragraphs(doc).map((b) => b.numbering)).toEqual(['L0-1 ', 'L1-1 ', 'L1-2 ', 'L1-1 ', 'L0-7 ', 'L8-1 ']);
  });

  it('prints no number where the list, its definition or the level is missing, or the level prints nothing', () => {
    const numbering = numberingPart(
      abstract(1, lvl(0, 'none', '%1') + `<w:lvl w:ilvl="1"><w:lvlText w:val="%2"/></w:lvl>` + `<w:lvl w:ilvl="2"><w:lvlText w:val="%2-%3-%4"/></w:lvl>`) +
        `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="77"/></w:num>`,
    );
    const body = numbered(1, 0, '无格式') + numbered(1, 1, '默认十进制') + numbered(1, 2, '引用未定义的级') + numbered(1, 5, '未定义的级') + numbered(2, 0, '定义缺失');
    expect(paragraphs(readDocx(docx(body, { 'word/numbering.xml': numbering }), 'm.docx')).map((b) => [b.text, b.numbering])).toEqual([
      ['无格式', null],
      ['1 默认十进制', '1 '],
      ['1-1-1 引用未定义的级', '1-1-1 '],
      ['未定义的级', null],
      ['定义缺失', null],
    ]);
    expect(texts(readDocx(docx(body), 'm.docx'))).toEqual(['无格式', '默认十进制', '引用未定义的级', '未定义的级', '定义缺失']);
  });

  it('lets w:startOverride win over a level given in full, and an empty override restart nothing', () => {
    const numbering = numberingPart(
      abstract(1, lvl(0, 'decimal', '%1.')) +
        `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>` +
        `<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"/></w:num>` +
        `<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>`,
    );
    const doc = readDocx(docx(numbered(1, 0, 'a') + numbered(1, 0, 'b') + numbered(2, 0, 'c') + numbered(3, 0, 'd') + numbered(3, 0, 'e'), { 'word/numbering.xml': numbering }), 'o.docx');
    expect(paragraphs(doc).map((b) => b.numbering)).toEqual(['1.', '2.', '3.', '5)', '6)']);
  });

  it('stops at a list style link that leads nowhere or back to itself', () => {
    const numbering = numberingPart(
      abstract(1, lvl(0, 'decimal', '%1.'), '<w:numStyleLink w:val="Loop"/>') +
        abstract(2, lvl(0, 'upperLetter', '%1.'), '<w:numStyleLink w:val="Missing"/>') +
        `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>`,
    );
    const styles = stylesPart(`<w:style w:type="numbering" w:styleId="Loop"><w:name w:val="loop"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`);
    const doc = readDocx(docx(numbered(1, 0, '自环') + numbered(2, 0, '断链'), { 'word/numbering.xml': numbering, 'word/styles.xml': styles }), 'l.docx');
    expect(texts(doc)).toEqual(['1.自环', 'A.断链']);
  });

  it('follows a list style link to the definition that holds the levels', () => {
    const numbering = numberingPart(
      abstract(1, '', '<w:numStyleLink w:val="ListStyle"/>') +
        abstract(2, lvl(0, 'ideographTraditional', '%1、')) +
        `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>`,
    );
    const styles = stylesPart(`<w:style w:type="numbering" w:styleId="ListStyle"><w:name w:val="ls"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`);
    const doc = readDocx(docx(numbered(1, 0, '甲项') + numbered(2, 0, '乙项'), { 'word/numbering.xml': numbering, 'word/styles.xml': styles }), 'l.docx');
    expect(texts(doc)).toEqual(['甲、甲项', '乙、乙项']);
  });

  it('advances the counter on an empty numbered paragraph, and puts the number on the first line that has text', () => {
    const numbering = numberingPart(abstract(1, lvl(0, 'chineseCounting', '%1、')) + `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`);
    const doc = readDocx(
      docx(numbered(1, 0, '') + `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:br/><w:t>标题</w:t><w:br/><w:t>续行</w:t></w:r></w:p>`, {
        'word/numbering.xml': numbering,
      }),
      'e.docx',
    );
    expect(paragraphs(doc).map((b) => [b.text, b.numbering])).toEqual([
      ['二、标题', '二、'],
      ['续行', null],
    ]);
  });
});

describe('tables', () => {
  const tc = (text: string, tcPr = '') => `<w:tc>${tcPr === '' ? '' : `<w:tcPr>${tcPr}</w:tcPr>`}${p(text)}</w:tc>`;
  const tr = (cells: string, trPr = '') => `<w:tr>${trPr === '' ? '' : `<w:trPr>${trPr}</w:trPr>`}${cells}</w:tr>`;

  it('keeps text left in a continued merged cell, counts gridBefore, ends a merge at a row that does not continue it', () => {
    const doc = readDocx(
      docx(
        `<w:tbl>${tr(tc('项目') + tc('说明, 较长的说明文字。'))}` +
          tr(tc('甲', '<w:vMerge w:val="restart"/>') + tc('一')) +
          tr(tc('补充', '<w:vMerge/>') + tc('二')) +
          tr(tc('', '<w:vMerge/>') + tc('三')) +
          tr(tc('乙') + tc('四')) +
          tr(tc('', '<w:vMerge/>') + tc('五')) +
          tr(tc('右', '<w:gridSpan w:val="1"/>'), '<w:gridBefore w:val="1"/>') +
          `</w:tbl>`,
      ),
      't.docx',
    );
    const [table] = tables(doc);
    expect(table.header).toEqual([]);
    expect(table.rows.map((r) => r.cells.map((c) => [c.text, c.rowSpan, c.colSpan]))).toEqual([
      [['项目', 1, 1], ['说明, 较长的说明文字。', 1, 1]],
      [['甲\n补充', 3, 1], ['一', 1, 1]],
      [['二', 1, 1]],
      [['三', 1, 1]],
      [['乙', 1, 1], ['四', 1, 1]],
      [['', 1, 1], ['五', 1, 1]],
      [['右', 1, 1]],
    ]);
    expect(table.rows[2].cells[0].pos).toEqual({ block: 0, row: 2, cell: 1 });
  });

  it('ends a merge at a row that skips its column, reads gridSpan 0 as 1, trims cell lines and leaves out a deleted row', () => {
    const doc = readDocx(
      docx(
        `<w:tbl>${tr(tc('甲', '<w:vMerge w:val="restart"/>') + tc('一，说明'))}` +
          tr(tc('二'), '<w:gridBefore w:val="1"/>') +
          tr(tc('', '<w:vMerge w:val="continue"/>') + tc('  三  ', '<w:gridSpan w:val="0"/>')) +
          tr(tc('删') + tc('除'), '<w:del w:id="1" w:author="a"/>') +
          tr(tc('四') + tc('五')) +
          `</w:tbl>`,
      ),
      't.docx',
    );
    expect(tables(doc)[0].rows.map((r) => r.cells.map((c) => [c.text, c.rowSpan, c.colSpan, c.pos.row]))).toEqual([
      [['甲', 1, 1, 0], ['一，说明', 1, 1, 0]],
      [['二', 1, 1, 1]],
      [['', 1, 1, 2], ['三', 1, 1, 2]],
      [['四', 1, 1, 4], ['五', 1, 1, 4]],
    ]);
  });

  it('takes a first row of short column heads as the header, but not a first row of data', () => {
    const body = tr(tc('建设数据中心，推进算力网络') + tc('省发展改革委'));
    const heads = readDocx(docx(`<w:tbl>${tr(tc('任务') + tc('牵头单位'))}${tr(tc('加快建设') + tc('省工业和信息化厅'))}${body}</w:tbl>`), 'h.docx');
    expect(tables(heads)[0].header.map((r) => r.cells.map((c) => c.text))).toEqual([['任务', '牵头单位']]);
    expect(tables(heads)[0].rows.map((r) => r.cells[0].text)).toEqual(['加快建设', '建设数据中心，推进算力网络']);
    for (const first of [tc('1') + tc('2'), tc('任务') + tc(''), tc('推进，落实') + tc('部门'), tc('一项很长很长很长很长的任务名称') + tc('部门'), tc('只有一格'), '<w:tc><w:p><w:r><w:t>两行</w:t><w:br/><w:t>表头</w:t></w:r></w:p></w:tc>' + tc('部门')]) {
      const doc = readDocx(docx(`<w:tbl>${tr(first)}${body}</w:tbl>`), 'h.docx');
      expect(tables(doc)[0].header).toEqual([]);
    }
    // Names and posts: short words throughout, so no row is known to head the others.
    const names = readDocx(docx(`<w:tbl>${tr(tc('孙春兰') + tc('国务院副总理'))}${tr(tc('陈宝生') + tc('教育部部长'))}</w:tbl>`), 'h.docx');
    expect(tables(names)[0].header).toEqual([]);
    const single = readDocx(docx(`<w:tbl>${tr(tc('任务') + tc('牵头单位'))}</w:tbl>`), 'h.docx');
    expect(tables(single)[0].header).toEqual([]);
  });

  it('marks every leading repeated row as header, and only leading ones', () => {
    const doc = readDocx(
      docx(`<w:tbl>${tr(tc('一') + tc('二'), '<w:tblHeader/>')}${tr(tc('三') + tc('四'), '<w:tblHeader w:val="true"/>')}${tr(tc('五') + tc('六'))}${tr(tc('七') + tc('八'), '<w:tblHeader/>')}${tr(tc('九') + tc('十'), '<w:tblHeader w:val="0"/>')}</w:tbl>`),
      'r.docx',
    );
    const [table] = tables(doc);
    expect(table.header.map((r) => r.cells.map((c) => c.text))).toEqual([['一', '二'], ['三', '四']]);
    expect(table.rows.map((r) => r.pos.row)).toEqual([2, 3, 4]);
    for (const off of ['false', '0', 'off']) {
      // Rows no first-row rule would take as heads: only the flag could make one.
      const switchedOff = readDocx(docx(`<w:tbl>${tr(tc('甲，乙') + tc('丙'), `<w:tblHeader w:val="${off}"/>`)}${tr(tc('一，二') + tc('三'))}</w:tbl>`), 'r.docx');
      expect(tables(switchedOff)[0].header).toEqual([]);
    }
  });

  it('reads a nested table into its cell as lines, and rows inside content controls', () => {
    const inner = `<w:tbl>${tr(tc('内一') + tc('内二'))}${tr(tc('内三'))}</w:tbl>`;
    const doc = readDocx(
      docx(`${p('前')}<w:tbl>${tr(`<w:tc>${p('外')}${inner}</w:tc>${tc('旁')}`)}<w:sdt><w:sdtContent>${tr(tc('控件行') + `<w:sdt><w:sdtContent>${tc('控件格')}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt></w:tbl>${p('后')}`),
      'n.docx',
    );
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text))))).toEqual([
      '前',
      [['外\n内一\n内二\n内三', '旁'], ['控件行', '控件格']],
      '后',
    ]);
    expect(doc.blocks.map((b) => b.pos.block)).toEqual([0, 1, 2]);
  });

  it('leaves out a table without rows but counts its position', () => {
    const doc = readDocx(docx(`<w:tbl><w:tblPr/></w:tbl>${p('后')}`), 'e.docx');
    expect(doc.blocks).toEqual([{ type: 'paragraph', text: '后', pos: { block: 1 }, numbering: null, headingLevel: null, align: null }]);
  });
});

describe('notes and furniture', () => {
  const notesPart = (kind: 'footnote' | 'endnote', notes: [number, string][]) =>
    `<w:${kind}s ${NS}><w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
    notes.map(([id, text]) => `<w:${kind} w:id="${id}"><w:p><w:r><w:${kind}Ref/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:${kind}>`).join('') +
    `</w:${kind}s>`;

  it('numbers notes by first reference in the format the section sets, custom marks kept as typed, endnotes in roman after footnotes', () => {
    const doc = readDocx(
      docx(
        `<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r><w:r><w:t>乙</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="5"/><w:t>*</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>` +
          `<w:sectPr><w:footnotePr><w:numFmt w:val="decimalEnclosedCircle"/></w:footnotePr></w:sectPr>`,
        {
          'word/footnotes.xml': notesPart('footnote', [[3, '第二条注'], [7, '第一条注'], [5, '星号注'], [9, '未引用的注']]),
          'word/endnotes.xml': notesPart('endnote', [[2, '尾注']]),
        },
      ),
      'n.docx',
    );
    expect(paragraphs(doc).map((b) => [b.text, b.pos.block])).toEqual([
      ['甲①乙②*i', 0],
      ['① 第一条注', 1],
      ['② 第二条注', 2],
      ['③ 星号注', 3],
      ['i 尾注', 4],
    ]);
  });

  it('prints the number when customMarkFollows is switched off, and reads notes typed normal', () => {
    const doc = readDocx(
      docx(`<w:p><w:r><w:t>文</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="false" w:id="4"/></w:r></w:p>`, {
        'word/footnotes.xml': `<w:footnotes ${NS}><w:footnote w:type="normal" w:id="4">${p('注文')}</w:footnote><w:footnote w:type="continuationNotice" w:id="4">${p('续注')}</w:footnote></w:footnotes>`,
      }),
      'n.docx',
    );
    expect(texts(doc)).toEqual(['文1', '注文']);
  });

  it('reads footnote settings from settings.xml when the section has none', () => {
    const doc = readDocx(
      docx(`<w:p><w:r><w:t>文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`, {
        'word/settings.xml': `<w:settings ${NS}><w:footnotePr><w:numFmt w:val="chineseCounting"/><w:numStart w:val="3"/></w:footnotePr></w:settings>`,
        'word/footnotes.xml': notesPart('footnote', [[1, '注']]),
      }),
      'n.docx',
    );
    expect(texts(doc)).toEqual(['文三', '三 注']);
  });

  it('reads every header and footer part, heads first, a PAGE field as a page number', () => {
    const part = (root: 'hdr' | 'ftr', body: string) => `<w:${root} ${NS}>${body}</w:${root}>`;
    const doc = readDocx(
      docx(p('正文'), {
        'word/footer1.xml': part('ftr', `<w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>`),
        'word/header10.xml': part('hdr', p('第十个页眉')),
        'word/header2.xml': part('hdr', p('页眉') + p('  ') + `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGEREF _Toc1</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`),
        'word/footer2.xml': part('ftr', `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> SECTIONPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`),
      }),
      'f.docx',
    );
    expect(doc.furniture).toEqual([
      { kind: 'running-head', text: '页眉', pos: {} },
      { kind: 'running-head', text: '5', pos: {} },
      { kind: 'running-head', text: '第十个页眉', pos: {} },
      { kind: 'page-number', text: '第3页', pos: {} },
      { kind: 'page-number', text: '12', pos: {} },
    ]);
    expect(texts(doc)).toEqual(['正文']);
  });
});

describe('files that cannot be read without losing text', () => {
  it('refuses a legacy or encrypted Word file by its OLE signature', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = readError(ole, 'old.doc');
    expect(error.message).toBe('old.doc:1: encrypted or legacy .doc file: save it as .docx');
    expect(error.location).toBe('1');
  });

  it('refuses bytes that are not a zip archive, and an archive cut short', () => {
    expect(readError(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 'r.docx').message).toMatch(/^r\.docx:1: damaged \.docx: .+ \(not a zip archive, or cut short\)$/);
    expect(readError(new Uint8Array(0), 'r.docx').message).toMatch(/^r\.docx:1: damaged \.docx: /);
    const bytes = fixtureBytes('formats/docx-layout.docx');
    expect(readError(bytes.slice(0, Math.floor(bytes.length / 2)), 't.docx').message).toMatch(/^t\.docx:1: damaged \.docx: /);
  });

  it('refuses an archive without the document part, naming the part', () => {
    const error = readError(zipSync({ 'word/styles.xml': strToU8(stylesPart('')) }), 'n.docx');
    expect(error.message).toBe("n.docx:1: damaged .docx: no word/document.xml (the document's text) in the archive");
  });

  it('follows the package relationship to a main part of another name, in any case', () => {
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r0" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocumentExtra" Target="word/document.xml"/><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
      ),
      'Word/Document2.xml': strToU8(`<w:document ${NS}><w:body>${p('另名正文')}</w:body></w:document>`),
      'word/document.xml': strToU8(`<w:document ${NS}><w:body>${p('不是主文档')}</w:body></w:document>`),
    });
    expect(texts(readDocx(bytes, 'm.docx'))).toEqual(['另名正文']);
    const dangling = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/gone.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(`<w:document ${NS}><w:body>${p('按常名')}</w:body></w:document>`),
    });
    expect(texts(readDocx(dangling, 'm.docx'))).toEqual(['按常名']);
  });

  it('refuses malformed XML, a part that is not UTF-8, and a document without a body, naming the part', () => {
    const cut = zipSync({ 'word/document.xml': strToU8(`<w:document ${NS}><w:body><w:p><w:r><w:t>半`) });
    expect(readError(cut, 'c.docx').message).toMatch(/^c\.docx:word\/document\.xml: damaged \.docx: malformed XML: .*unclosed/);
    const badStyles = docx(p('正文'), { 'word/styles.xml': '<w:styles' });
    expect(readError(badStyles, 's.docx').message).toMatch(/^s\.docx:word\/styles\.xml: damaged \.docx: malformed XML: /);
    const latin = zipSync({ 'word/document.xml': new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x41, 0x3c, 0x2f, 0x61, 0x3e]) });
    expect(readError(latin, 'u.docx').message).toBe('u.docx:word/document.xml: damaged .docx: the part is not valid UTF-8');
    const noBody = zipSync({ 'word/document.xml': strToU8(`<w:document ${NS}/>`) });
    expect(readError(noBody, 'b.docx').message).toBe('b.docx:word/document.xml: damaged .docx: the document has no body');
  });

  it('refuses elements nested too deeply to walk, instead of crashing', () => {
    const deep = `<w:p>${'<w:hyperlink>'.repeat(20000)}<w:r><w:t>深</w:t></w:r>${'</w:hyperlink>'.repeat(20000)}</w:p>`;
    expect(readError(docx(deep), 'd.docx').message).toBe('d.docx:word/document.xml: damaged .docx: elements nested too deeply to read');
    const fine = `<w:p>${'<w:hyperlink>'.repeat(50)}<w:r><w:t>深</w:t></w:r>${'</w:hyperlink>'.repeat(50)}</w:p>`;
    expect(texts(readDocx(docx(fine), 'd.docx'))).toEqual(['深']);
  });

  it('reads a part in UTF-16 with its byte-order mark, either byte order', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document ${NS}><w:body>${p('十六位')}</w:body></w:document>`;
    for (const littleEndian of [true, false]) {
      const utf16 = new Uint8Array(2 + xml.length * 2);
      utf16.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < xml.length; i++) {
        const [lo, hi] = [xml.charCodeAt(i) & 0xff, xml.charCodeAt(i) >> 8];
        utf16.set(littleEndian ? [lo, hi] : [hi, lo], 2 + i * 2);
      }
      expect(texts(readDocx(zipSync({ 'word/document.xml': utf16 }), 'w.docx'))).toEqual(['十六位']);
    }
  });

  it('refuses a zip bomb: a part that expands past the ratio, or parts declaring more than the total', () => {
    const zeros = new Uint8Array(DOCX_LIMITS.ratioFloorBytes + 1024);
    const bomb = zipSync({ 'word/document.xml': zeros }, { level: 9 });
    expect(readError(bomb, 'bomb.docx').message).toMatch(/^bomb\.docx:word\/document\.xml: part expands \d+ times its size \(a zip bomb\?\)$/);
    // An image may compress that well: parts the reader does not read are never inflated.
    const image = zipSync({ 'word/media/image1.png': zeros, 'word/document.xml': strToU8(`<w:document ${NS}><w:body>${p('图')}</w:body></w:document>`) });
    expect(texts(readDocx(image, 'i.docx'))).toEqual(['图']);

    const small = docx(p('正文'));
    const patched = small.slice();
    const view = new DataView(patched.buffer);
    for (let i = 0; i + 4 <= patched.length; i++) {
      // Central directory entries: declare 60 MB uncompressed for each part.
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 60 * 1024 * 1024, true);
    }
    expect(readError(patched, 'big.docx').message).toMatch(/^big\.docx:word\/document\.xml: archive expands past 50 MB of XML \(a zip bomb\?\)$/);

    // A part whose compressed size alone is past what a document's XML takes.
    const huge = small.slice();
    const hugeView = new DataView(huge.buffer);
    for (let i = 0; i + 4 <= huge.length; i++) {
      if (hugeView.getUint32(i, true) === 0x02014b50) {
        hugeView.setUint32(i + 20, DOCX_LIMITS.compressedPartBytes + 1, true);
        hugeView.setUint32(i + 24, DOCX_LIMITS.compressedPartBytes + 2, true);
      }
    }
    expect(readError(huge, 'huge.docx').message).toBe(`huge.docx:word/document.xml: part of ${DOCX_LIMITS.compressedPartBytes + 1} bytes is past the 16 MB a document's XML takes`);
  });
});

describe('the shared corpus as .docx', () => {
  const dir = () => join(sharedCorpusDir(), 'gov-2019-files');
  const available = () => existsSync(join(dir(), 'g004.docx'));
  /** What a reader of the page sees line by line: paragraphs, and a table's cells one per line (as the portal's text copy gives them). */
  const lines = (blocks: DocumentBlock[]) =>
    blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [...b.header, ...b.rows].flatMap((r) => r.cells.flatMap((c) => c.text.split('\n')))));
  // The .docx holds the portal's no-break spaces (主\u00a0\u00a0任) where the text copy has plain ones.
  const norm = (s: string) => s.replace(/\u00a0/g, ' ').trim();

  it('reads every document line for line as its text copy (30 of 30)', () => {
    if (!available()) {
      console.warn(`docx.test: no shared corpus at ${dir()}; skipped`);
      return;
    }
    const files = readdirSync(dir()).filter((f) => f.endsWith('.docx')).sort();
    const matching = files.filter((f) => {
      const doc = readDocx(readFileSync(join(dir(), f)), f);
      const want = readFileSync(join(sharedCorpusDir(), 'gov-2019', f.replace('.docx', '.txt')), 'utf8').split('\n').map(norm).filter((l) => l !== '');
      return JSON.stringify(lines(doc.blocks).map(norm).filter((l) => l !== '')) === JSON.stringify(want);
    });
    expect(files.length).toBe(30);
    expect(matching.length).toBe(30);
  });

  it('reads g004’s indicator table as a table with its head row and merged first columns', () => {
    if (!available()) return;
    const doc = readDocx(readFileSync(join(dir(), 'g004.docx')), 'g004.docx');
    const [table, ...more] = tables(doc);
    expect(more).toEqual([]);
    expect(table.header.map((r) => r.cells.map((c) => c.text))).toEqual([['一级指标', '二级指标', '三级指标', '指标性质', '指标说明']]);
    expect(table.rows[0].cells.slice(0, 4).map((c) => [c.text, c.colSpan])).toEqual([
      ['一、医疗质量', 1],
      ['（一）功能定位', 1],
      ['1.门诊人次数与出院人次数比', 1],
      ['定量', 1],
    ]);
    expect(table.rows[0].cells[0].rowSpan).toBeGreaterThan(1);
    expect(table.rows[1].cells[0].text).toBe('2.下转患者人次数（门急诊、住院）');
    expect(table.rows[0].cells[4].text).toContain('\n指标来源：医院填报。');
  });
});
