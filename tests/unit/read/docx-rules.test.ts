/**
 * The Word reader's rules one by one, on small documents built for each: fields and breaks,
 * symbols, math with tracked changes, note marks, tables inside boxes and headers, rows and cells
 * wrapped in custom XML or alternate content, merges across spans, column heads, note settings,
 * header and footer kinds.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../src/lib/model/errors.ts';
import type { ParagraphBlock, ReadDocument, TableBlock } from '../../../src/lib/model/schemas/document.ts';
import { isWantedPart } from '../../../src/lib/read/docx-archive.ts';
import { readDocx } from '../../../src/lib/read/docx.ts';
import { docx, NS } from '../../support/read.ts';


const read = (body: string, parts: Record<string, string> = {}): ReadDocument => readDocx(docx(body, parts), 'x.docx');
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (text: string) => `<w:p>${r(text)}</w:p>`;
const texts = (doc: ReadDocument): string[] => doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => b.text);
const tables = (doc: ReadDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.type === 'table');
const rowTexts = (rows: TableBlock['rows']): string[][] => rows.map((row) => row.cells.map((c) => c.text));
const tc = (text: string, tcPr = '') => `<w:tc>${tcPr === '' ? '' : `<w:tcPr>${tcPr}</w:tcPr>`}${p(text)}</w:tc>`;
const tr = (cells: string, trPr = '') => `<w:tr>${trPr === '' ? '' : `<w:trPr>${trPr}</w:trPr>`}${cells}</w:tr>`;
const tbl = (rows: string) => `<w:tbl>${rows}</w:tbl>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = '<w:vMerge/>';
const part = (root: 'hdr' | 'ftr', body: string) => `<w:${root} ${NS}>${body}</w:${root}>`;
const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;

describe('fields, breaks and symbols', () => {
  it('prints no line break that stands inside a field\'s instruction', () => {
    const doc = read(`<w:p>${r('甲')}${fld('begin')}<w:r><w:instrText>DATE</w:instrText><w:br/></w:r>${fld('separate')}${r('乙')}${fld('end')}</w:p>`);
    expect(texts(doc)).toEqual(['甲乙']);
  });

  it('reads a stray field separator or instruction outside any field as nothing', () => {
    const doc = read(`<w:p>${r('甲')}${fld('separate')}<w:r><w:instrText>PAGE</w:instrText></w:r>${r('乙')}${fld('end')}${r('丙')}</w:p>`);
    expect(texts(doc)).toEqual(['甲乙丙']);
  });

  it('prints a symbol by its code, the highest code point too, and nothing for code 0 or no code', () => {
    const sym = (c: string) => `<w:r><w:sym w:char="${c}"/></w:r>`;
    expect(texts(read(`<w:p>${r('甲')}${sym('0000')}${sym('zz')}${sym('110000')}${sym('10FFFF')}${sym('263A')}</w:p>`))).toEqual(['甲\u{10FFFF}\u263A']);
  });

  it('reads math by its text, leaving out what a tracked change deleted inside it', () => {
    const doc = read(`<w:p>${r('设')}<m:oMath><w:del w:id="1" w:author="a"><m:r><m:t>旧</m:t></m:r></w:del><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>`);
    expect(texts(doc)).toEqual(['设x+1']);
  });

  it('reads alternate content without a choice or fallback as nothing, inline and in the body', () => {
    const doc = read(`<w:p>${r('甲')}<w:r><mc:AlternateContent></mc:AlternateContent></w:r>${r('乙')}</w:p><mc:AlternateContent></mc:AlternateContent>${p('丙')}`);
    expect(texts(doc)).toEqual(['甲乙', '丙']);
  });

  it('reads a table inside a text box as its cells\' trimmed lines', () => {
    const box = `<w:r><w:pict><w:txbxContent>${tbl(tr(tc('  甲 ') + tc('乙')))}</w:txbxContent></w:pict></w:r>`;
    const doc = read(`<w:p>${r('正文')}${box}</w:p>`);
    expect(texts(doc)).toEqual(['正文', '甲', '乙']);
  });
});

describe('notes', () => {
  const notes = (kind: 'footnote' | 'endnote', list: [number, string][]) =>
    `<w:${kind}s ${NS}>${list.map(([id, text]) => `<w:${kind} w:id="${id}"><w:p><w:r><w:${kind}Ref/></w:r>${r(` ${text}`)}</w:p></w:${kind}>`).join('')}</w:${kind}s>`;

  it('gives a note referred to twice the same mark, and the next note the next number', () => {
    const doc = read(`<w:p>${r('甲')}<w:r><w:footnoteReference w:id="4"/></w:r>${r('乙')}<w:r><w:footnoteReference w:id="4"/></w:r><w:r><w:footnoteReference w:id="6"/></w:r></w:p>`, {
      'word/footnotes.xml': notes('footnote', [[4, '注一'], [6, '注二']]),
    });
    expect(texts(doc)).toEqual(['甲1乙12', '1 注一', '2 注二']);
  });

  it('numbers footnotes 1, 2 and endnotes i, ii by default, and passes over a reference to a note the file lacks', () => {
    const doc = read(`<w:p>${r('文')}<w:r><w:footnoteReference w:id="9"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>`, {
      'word/footnotes.xml': notes('footnote', [[1, '脚注']]),
      'word/endnotes.xml': notes('endnote', [[1, '尾注一'], [2, '尾注二']]),
    });
    expect(texts(doc)).toEqual(['文12iii', '2 脚注', 'i 尾注一', 'ii 尾注二']);
  });

  it('reads endnote settings from the section, and the start from settings.xml', () => {
    const doc = read(`<w:p>${r('文')}<w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p><w:sectPr><w:endnotePr><w:numFmt w:val="decimal"/><w:numStart w:val="5"/></w:endnotePr></w:sectPr>`, {
      'word/settings.xml': `<w:settings ${NS}><w:footnotePr><w:numStart w:val="7"/></w:footnotePr></w:settings>`,
      'word/footnotes.xml': notes('footnote', [[1, '脚注']]),
      'word/endnotes.xml': notes('endnote', [[1, '尾注']]),
    });
    expect(texts(doc)).toEqual(['文57', '7 脚注', '5 尾注']);
  });

  it('prints the number when customMarkFollows is 0 or off, not when it is on', () => {
    const ref = (v: string, id: number) => `<w:r><w:footnoteReference w:customMarkFollows="${v}" w:id="${id}"/></w:r>`;
    const doc = read(`<w:p>${r('文')}${ref('0', 1)}${ref('off', 2)}${ref('on', 3)}${r('*')}</w:p>`, {
      'word/footnotes.xml': notes('footnote', [[1, '甲'], [2, '乙'], [3, '丙']]),
    });
    expect(texts(doc)[0]).toBe('文12*');
  });

  it('prints a note mark outside a note as nothing, before and after the notes are read', () => {
    const doc = read(`<w:p>${r('文')}<w:r><w:footnoteRef/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`, {
      'word/footnotes.xml': notes('footnote', [[1, '注']]),
      'word/header1.xml': part('hdr', `<w:p>${r('页眉')}<w:r><w:footnoteRef/></w:r></w:p>`),
    });
    expect(texts(doc)).toEqual(['文1', '1 注']);
    expect(doc.furniture).toEqual([{ kind: 'running-head', text: '页眉', pos: {} }]);
  });
});

describe('headers and footers', () => {
  it('sets a footer apart as a running foot, a header\'s lines joined by a line break, a field other than PAGE as text', () => {
    const doc = read(p('正文'), {
      'word/header1.xml': part('hdr', `<w:p>${r('甲')}<w:r><w:br/></w:r>${r('乙')}</w:p><w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2019年</w:t></w:r></w:fldSimple></w:p>`),
      'word/footer1.xml': part('ftr', p('某省人民政府办公厅')),
    });
    expect(doc.furniture).toEqual([
      { kind: 'running-head', text: '甲\n乙', pos: {} },
      { kind: 'running-head', text: '2019年', pos: {} },
      { kind: 'running-foot', text: '某省人民政府办公厅', pos: {} },
    ]);
  });

  it('reads a header\'s alternate content once, its table as text, never its deleted paragraphs', () => {
    const doc = read(p('正文'), {
      'word/header1.xml': part('hdr', `<mc:AlternateContent><mc:Choice Requires="wps">${p('甲')}</mc:Choice><mc:Fallback>${p('乙')}</mc:Fallback></mc:AlternateContent><mc:AlternateContent></mc:AlternateContent><w:del w:id="1" w:author="a">${p('旧')}</w:del>${tbl(tr(tc('丙') + tc('丁')))}`),
    });
    expect(doc.furniture).toEqual([
      { kind: 'running-head', text: '甲', pos: {} },
      { kind: 'running-head', text: '丙', pos: {} },
      { kind: 'running-head', text: '丁', pos: {} },
    ]);
  });

  it('names a malformed header part in its refusal', () => {
    let err: unknown;
    try {
      read(p('正文'), { 'word/header1.xml': `<w:hdr ${NS}><w:p>` });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReadError);
    expect((err as Error).message).toMatch(/^x\.docx:word\/header1\.xml: /);
  });
});

describe('table rows and cells', () => {
  it('reads rows and cells wrapped in custom XML, a moved-to revision or alternate content', () => {
    const doc = read(tbl(
      `<w:customXml w:element="row">${tr(tc('甲') + `<w:customXml w:element="cell">${tc('乙')}</w:customXml>`)}</w:customXml>` +
      `<w:moveTo w:id="1" w:author="a">${tr(tc('丙') + `<w:ins w:id="2" w:author="a">${tc('丁')}</w:ins>`)}</w:moveTo>` +
      `<mc:AlternateContent><mc:Choice Requires="w14">${tr(tc('戊') + tc('己'))}</mc:Choice></mc:AlternateContent><mc:AlternateContent></mc:AlternateContent>` +
      tr(`<mc:AlternateContent><mc:Choice Requires="w14">${tc('庚')}</mc:Choice></mc:AlternateContent>${tc('辛')}`),
    ));
    expect(rowTexts(tables(doc)[0].rows)).toEqual([['甲', '乙'], ['丙', '丁'], ['戊', '己'], ['庚', '辛']]);
  });

  it('places a row after its gridBefore columns, so that a merge continues in the right column', () => {
    const [t] = tables(read(tbl(tr(tc('X', restart), '<w:gridBefore w:val="1"/>') + tr(tc('Y') + tc('', cont)))));
    expect(rowTexts(t.rows)).toEqual([['X'], ['Y']]);
    expect(t.rows[0].cells[0].rowSpan).toBe(2);
  });

  it('gives text left in a continued cell to an empty merged cell without a leading break', () => {
    const [t] = tables(read(tbl(tr(tc('', restart) + tc('甲')) + tr(tc('Y', cont) + tc('乙')))));
    expect(rowTexts(t.rows)).toEqual([['Y', '甲'], ['乙']]);
  });

  it('ends a merge in a column a spanning cell covers, and keeps one going beside it', () => {
    const [t] = tables(read(tbl(
      tr(tc('A') + tc('B', restart) + tc('C', restart)) +
      tr(tc('D', '<w:gridSpan w:val="2"/>') + tc('', cont)) +
      tr(tc('E') + tc('', cont) + tc('', cont)),
    )));
    const all = [...t.header, ...t.rows];
    expect(rowTexts(all)).toEqual([['A', 'B', 'C'], ['D'], ['E', '']]);
    expect(all[0].cells.map((c) => c.rowSpan)).toEqual([1, 1, 3]);
    expect(all[2].cells[1]).toMatchObject({ rowSpan: 1, colSpan: 1, pos: { row: 2, cell: 1 } });
  });

  it('ends a merge in a column the next row skips, whatever spans stand before it', () => {
    const [t] = tables(read(tbl(
      tr(tc('A', restart) + tc('B', restart)) +
      tr(tc('', cont)) +
      tr(tc('', cont) + tc('', cont)),
    )));
    const all = [...t.header, ...t.rows];
    expect(all[0].cells.map((c) => [c.text, c.rowSpan])).toEqual([['A', 3], ['B', 1]]);
    expect(rowTexts(all)).toEqual([['A', 'B'], [], ['']]);
  });
});

describe('column heads', () => {
  const head = (first: string[], ...rest: string[][]) => rowTexts(tables(read(tbl([first, ...rest].map((row) => tr(row.map((t) => tc(t)).join(''))).join(''))))[0].header);

  it('takes a first row of short words over rows that are not', () => {
    expect(head(['名称', '一二三四五六七八九十百千'], ['甲', '推进改革，加强监管。'])).toEqual([['名称', '一二三四五六七八九十百千']]);
    expect(head(['名称', '一二三四五六七八九十百千万'], ['甲', '推进改革，加强监管。'])).toEqual([]);
    expect(head(['序号', '指标2020'], ['1', '推进改革，加强监管。'])).toEqual([['序号', '指标2020']]);
    expect(head(['序号', '2020年目标'], ['1', '推进改革，加强监管。'])).toEqual([['序号', '2020年目标']]);
    expect(head(['名称', '12'], ['甲', '推进改革，加强监管。'])).toEqual([]);
  });

  it('keeps every leading repeated row as the header, even when the first is of short words', () => {
    const [t] = tables(read(tbl(tr(tc('序号') + tc('名称'), '<w:tblHeader/>') + tr(tc('甲') + tc('乙'), '<w:tblHeader/>') + tr(tc('1') + tc('推进改革，加强监管。')))));
    expect(rowTexts(t.header)).toEqual([['序号', '名称'], ['甲', '乙']]);
  });
});

describe('the archive and its parts', () => {
  const rels = (target: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r0" Target="word/document.xml"/><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
  const refusal = (bytes: Uint8Array): string => {
    try {
      readDocx(bytes, 'a.docx');
    } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
      return (e as Error).message;
    }
    throw new Error('read');
  };

  it('tells an OLE file by its whole eight-byte signature, even with nothing after it', () => {
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('a.docx:1: encrypted or legacy .doc file: save it as .docx');
    expect(refusal(new Uint8Array([0xd0, 0, 0, 0, 0, 0, 0, 0, 0]))).toMatch(/^a\.docx:1: damaged \.docx: .*\(not a zip archive, or cut short\)$/);
  });

  it('keeps only the parts a reader of the text needs', () => {
    for (const n of ['_rels/.rels', 'word/document.xml', 'word/footer12.xml', 'word/_rels/document.xml.rels']) expect(isWantedPart(n), n).toBe(true);
    for (const n of ['word/media/a.xml', 'word/document.xml.bak', 'xword/document.xml', 'word/_rels/.rels', 'customxml/item1.xml', 'docprops/core.xml']) expect(isWantedPart(n), n).toBe(false);
  });

  it('follows a relationship target written without a leading slash, and names a malformed relationships part', () => {
    const bytes = zipSync({
      '_rels/.rels': strToU8(rels('word/main.xml')),
      'word/main.xml': strToU8(`<w:document ${NS}><w:body>${p('主文档')}</w:body></w:document>`),
      'word/document.xml': strToU8(`<w:document ${NS}><w:body>${p('另一个')}</w:body></w:document>`),
    });
    expect(texts(readDocx(bytes, 'a.docx'))).toEqual(['主文档']);
    expect(refusal(zipSync({ '_rels/.rels': strToU8('<Relationships'), 'word/document.xml': strToU8(`<w:document ${NS}><w:body/></w:document>`) }))).toMatch(/^a\.docx:_rels\/\.rels: damaged \.docx: malformed XML: /);
  });

  it('decodes a part as UTF-16 only by a whole byte-order mark', () => {
    for (const bad of [[0x3c, 0xfe, 0x41], [0xfe, 0x3c, 0x41], [0x3c, 0xff, 0x41], [0xff, 0x3c, 0x41]]) {
      expect(refusal(zipSync({ 'word/document.xml': new Uint8Array(bad) })), bad.join()).toBe('a.docx:word/document.xml: damaged .docx: the part is not valid UTF-8');
    }
  });
});

describe('styles', () => {
  const styles = (inner: string) => ({ 'word/styles.xml': `<w:styles ${NS}>${inner}</w:styles>` });

  it('applies a paragraph style marked default by "true", never a character style marked default', () => {
    const doc = read(p('正文'), styles('<w:style w:type="paragraph" w:default="true" w:styleId="A"><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'));
    expect(doc.blocks[0]).toMatchObject({ align: 'center' });
    const chr = read(p('正文'), styles('<w:style w:type="character" w:default="1" w:styleId="C"><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'));
    expect(chr.blocks[0]).toMatchObject({ align: null });
  });

  it('takes a heading level from a style named heading N, spaced or not, and from nothing else', () => {
    const doc = read(['H', 'S', 'X', 'T'].map((id) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr>${r(id)}</w:p>`).join(''), styles(
      '<w:style w:type="paragraph" w:styleId="H"><w:name w:val=" heading 2 "/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="S"><w:name w:val="Subheading 2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="X"><w:name w:val="heading 2 Char"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="T"><w:name w:val="Heading3"/></w:style>',
    ));
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.headingLevel : 0))).toEqual([2, null, null, 3]);
  });
});
