/**
 * The converter's reading stages rule by rule: a document's blocks laid out as lines (cells, spans,
 * group rows, positions), the portal record set beside the printed text (what is compared, the
 * line each difference is reported at, and its words), and the 目录 read before the body.
 */
import { describe, expect, it } from 'vitest';
import { checkContents, findContents } from '../../../src/lib/convert/contents.ts';
import { OFFICIAL_SCHEME } from '../../../src/lib/convert/markers.ts';
import type { LogicalLine } from '../../../src/lib/convert/patterns.ts';
import { cellLine, documentLines, tableGrid } from '../../../src/lib/convert/lines.ts';
import { ReadingLog } from '../../../src/lib/convert/reading.ts';
import { compareRecord, isoDate, sameWords } from '../../../src/lib/convert/record.ts';
import { ReadDocumentSchema, type Meta, type Part, type PortalRecord, type ReadDocument, type TableBlock } from '../../../src/lib/model/schema.ts';

const p = (text: string, block: number) => ({ type: 'paragraph' as const, text, pos: { block } });
const cell = (text: string, block: number, row: number, c: number, span: { rowSpan?: number; colSpan?: number } = {}) => ({ text, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1, pos: { block, row, cell: c } });
const doc = (blocks: unknown[], format: ReadDocument['format'] = 'html'): ReadDocument => ReadDocumentSchema.parse({ format, blocks });
const table = (header: string[][], rows: ReturnType<typeof cell>[][], block = 0, caption: string | null = null): TableBlock => ({
  type: 'table', pos: { block }, caption,
  header: header.map((r, i) => ({ cells: r.map((t, c) => cell(t, block, i, c)), pos: { block, row: i } })),
  rows: rows.map((cells, i) => ({ cells, pos: { block, row: header.length + i } })),
});

describe('cellLine', () => {
  it('splits a cell at CRLF and CR too, and joins Latin to Chinese on either side without a space', () => {
    expect(cellLine('甲\r\n乙\r丙')).toBe('甲乙丙');
    expect(cellLine('GDP\n增长')).toBe('GDP增长');
    expect(cellLine('增长\nGDP')).toBe('增长GDP');
    expect(cellLine('（一）\nGDP')).toBe('（一）GDP');
    expect(cellLine('GDP\n（一）')).toBe('GDP（一）');
    expect(cellLine('a\nb\nc')).toBe('a b c');
  });

  it('prints every tab as a space', () => {
    expect(cellLine('甲\t乙\t丙')).toBe('甲 乙 丙');
  });
});

describe('tableGrid', () => {
  it('places a cell after the places spans from rows above cover, pads short rows, and clips a row span at the table\'s end', () => {
    const t = table([], [
      [cell('甲', 0, 0, 0, { rowSpan: 5 }), cell('乙', 0, 0, 1, { colSpan: 2 })],
      [cell('丙', 0, 1, 0)],
    ]);
    const g = tableGrid(t);
    expect(g.header).toEqual([]);
    expect(g.rows).toEqual([['甲', '乙', ''], ['', '丙', '']]);
    expect(g.positions).toEqual([{ block: 0, row: 0 }, { block: 0, row: 1 }]);
  });

  it('fills a place a cell leaves free between spans, and is empty for a table without rows', () => {
    const t = table([['A', 'B', 'C']], [
      [cell('x', 0, 1, 0), cell('y', 0, 1, 1, { rowSpan: 2 }), cell('z', 0, 1, 2)],
      [cell('u', 0, 2, 0), cell('v', 0, 2, 1)],
    ]);
    expect(tableGrid(t)).toEqual({ header: [['A', 'B', 'C']], rows: [['x', 'y', 'z'], ['u', '', 'v']], positions: [{ block: 0, row: 0 }, { block: 0, row: 1 }, { block: 0, row: 2 }], covered: [[], [], [1]], continued: [[], [], []] });
    expect(tableGrid(table([], []))).toEqual({ header: [], rows: [], positions: [], covered: [], continued: [] });
  });
});

describe('documentLines', () => {
  it('numbers a text file\'s lines by their positions, and prints a table there as an empty line', () => {
    const d: ReadDocument = { format: 'text', blocks: [{ type: 'paragraph', text: '甲', pos: { line: 7 }, numbering: null, headingLevel: null, align: null }, { ...table([], [[cell('x', 1, 0, 0)]], 1) }], furniture: [], record: null, repairs: [], pages: null };
    expect(documentLines(d)).toEqual({ lines: [{ line: 7, text: '甲' }, { line: 2, text: '' }], positions: null });
  });

  it('marks each table row with its table, header rows and group rows; a lone cell not spanning the table is no group', () => {
    const t = table([['序号', '任务', '单位']], [
      [cell('一、产业', 0, 1, 0, { colSpan: 3 })],
      [cell('二、民生', 0, 2, 0, { colSpan: 2 })],
      [cell('1', 0, 3, 0), cell('建设', 0, 3, 1), cell('省厅', 0, 3, 2)],
    ], 0, '分工\n表');
    const { lines, positions } = documentLines(doc([t, p('后\r\n文\r完', 1)]));
    expect(lines).toEqual([
      { line: 1, text: '分工表' },
      { line: 2, text: '序号\t任务\t单位', table: { index: 0, header: true, group: false } },
      { line: 3, text: '一、产业', table: { index: 0, header: false, group: true, continued: [1, 2] } },
      { line: 4, text: '二、民生\t\t', table: { index: 0, header: false, group: false, continued: [1] } },
      { line: 5, text: '1\t建设\t省厅', table: { index: 0, header: false, group: false } },
      { line: 6, text: '' },
      { line: 7, text: '后' },
      { line: 8, text: '文' },
      { line: 9, text: '完' },
    ]);
    expect(positions).toEqual([{ block: 0 }, { block: 0, row: 0 }, { block: 0, row: 1 }, { block: 0, row: 2 }, { block: 0, row: 3 }, { block: 1 }, { block: 1 }, { block: 1 }, { block: 1 }]);
  });

  it('never takes the one cell of a one-column table for a group row, and gives the table after a paragraph its block index', () => {
    const t = table([], [[cell('甲', 1, 0, 0)], [cell('乙', 1, 1, 0)]], 1);
    const { lines } = documentLines(doc([p('前', 0), t]));
    expect(lines.slice(2)).toEqual([
      { line: 3, text: '甲', table: { index: 1, header: false, group: false } },
      { line: 4, text: '乙', table: { index: 1, header: false, group: false } },
    ]);
  });
});

const record = (r: Partial<PortalRecord>): PortalRecord => ({ indexNumber: null, topic: null, issuer: null, writtenDate: null, title: null, docNumber: null, publishedDate: null, subjectWords: null, url: null, ...r });
const line = (text: string, n: number) => ({ line: n, endLine: n, text });
const meta = (m: Partial<Meta>): Meta => ({
  docNumber: null, docNumberLine: null, noticeTitle: null, noticeTitlePrinted: null, planTitle: '（无标题）', planTitleLine: null, issuer: null, masthead: null, signatures: [], ...m,
}) as Meta;
const observed = (r: PortalRecord | null, m: Meta) => {
  const log = new ReadingLog();
  compareRecord(r, m, log);
  return log.observations.map((o) => [o.line, o.pass, o.code, o.detail]);
};

describe('isoDate', () => {
  it('reads dots, slashes and spaces between the parts, and an optional 日', () => {
    expect(isoDate('2019.3.5')).toBe('2019-03-05');
    expect(isoDate('2019/12/31')).toBe('2019-12-31');
    expect(isoDate(' 2019 年 3 月 5 日 ')).toBe('2019-03-05');
    expect(isoDate('2019年3月5')).toBe('2019-03-05');
  });

  it('is null for anything more or less than a date', () => {
    for (const s of ['2019年3月5日发布', '于2019年3月5日', '19年3月5日', '2019年3月', '2019年123月5日', '']) expect(isoDate(s), s).toBeNull();
  });
});

describe('sameWords', () => {
  it('counts no space, ideographic space, bracket shape, width or script, but every word', () => {
    expect(sameWords('国办发【2019】6号', '国办发(2019)6号')).toBe(true);
    expect(sameWords('国办发［2019］6号', '国办发〔2019〕6号')).toBe(true);
    expect(sameWords('国务院　办公厅', '国务院办公厅')).toBe(true);
    expect(sameWords('國務院辦公廳', '国务院办公厅')).toBe(true);
    expect(sameWords('国办发〔2019〕6号', '国办发〔2019〕6')).toBe(false);
    expect(sameWords('国办发(2019)6号', '国办发)2019(6号')).toBe(false);
  });
});

describe('compareRecord', () => {
  const signed = (text: string, n: number, iso: string | null) => ({ signer: null, date: line(text, n), isoDate: iso });

  it('reports each difference in the record pass, with the portal\'s and the document\'s words', () => {
    const m = meta({ docNumber: '国办发〔2019〕6号', docNumberLine: 3, noticeTitle: '关于甲的意见', noticeTitlePrinted: line('关于甲的意见', 2), issuer: '国务院办公厅', masthead: line('国务院办公厅文件', 1), signatures: [signed('2019年1月20日', 30, '2019-01-20'), signed('2019年1月22日', 40, '2019-01-22')] });
    expect(observed(record({ docNumber: '国办发〔2019〕7号', title: '关于乙的意见', issuer: '国务院', writtenDate: '2019年01月23日' }), m)).toEqual([
      [3, 'record', 'record-differs', 'the portal\'s record gives the 文号 “国办发〔2019〕7号”; the document prints “国办发〔2019〕6号”'],
      [2, 'record', 'record-differs', 'the portal\'s record gives the title “关于乙的意见”; the document prints “关于甲的意见”'],
      [1, 'record', 'record-differs', 'the portal\'s record gives the issuer “国务院”; the document prints “国务院办公厅”'],
      [40, 'record', 'record-differs', 'the portal\'s record gives the 成文日期 2019年01月23日; the document is signed 2019-01-20, 2019-01-22'],
    ]);
  });

  it('agrees with any of the document\'s signature dates, and with its plan title where the notice title differs', () => {
    const m = meta({ noticeTitle: '关于印发甲方案的通知', planTitle: '甲方案', planTitleLine: 5, signatures: [signed('2019年1月20日', 30, '2019-01-20'), signed('2019年1月22日', 40, '2019-01-22')] });
    expect(observed(record({ title: '甲方案', writtenDate: '2019年1月20日' }), m)).toEqual([]);
  });

  it('reports a title at the plan title\'s line where the notice title is not printed, and an issuer without masthead at line 1', () => {
    const m = meta({ planTitle: '甲方案', planTitleLine: 5, issuer: '某省人民政府' });
    expect(observed(record({ title: '乙方案', issuer: '某市人民政府' }), m).map(([l, , , d]) => [l, d])).toEqual([
      [5, 'the portal\'s record gives the title “乙方案”; the document prints “甲方案”'],
      [1, 'the portal\'s record gives the issuer “某市人民政府”; the document prints “某省人民政府”'],
    ]);
    expect(observed(record({ docNumber: '甲', issuer: '乙' }), meta({ docNumber: '丙', issuer: '丁' })).map(([l]) => l)).toEqual([1, 1]);
  });

  it('never compares a plan title the document does not print, a date that is no date, or signatures without dates', () => {
    expect(observed(record({ title: '乙方案' }), meta({ planTitle: '甲方案', planTitleLine: null }))).toEqual([]);
    expect(observed(record({ writtenDate: '见正文' }), meta({ signatures: [signed('2019年1月20日', 30, '2019-01-20')] }))).toEqual([]);
    expect(observed(record({ writtenDate: '2019年1月21日' }), meta({ signatures: [signed('一月', 30, null)] }))).toEqual([]);
    expect(observed(record({ issuer: '国务院' }), meta({}))).toEqual([]);
    expect(observed(record({}), meta({ docNumber: '甲', docNumberLine: 2, issuer: '乙', noticeTitle: '丙', signatures: [signed('2019年1月20日', 30, '2019-01-20')] }))).toEqual([]);
  });
});

const lines = (...texts: string[]): LogicalLine[] => texts.map((text, i) => ({ line: i + 1, endLine: i + 1, text, marks: [] }));

describe('findContents', () => {
  it('reads entries after 目录 (spaced, in 繁體 too) with leaders or a wide gap, up to the first line that is none', () => {
    const l = lines('某省规划', '目　录', '第一章　总体要求……………1', '第二章　主要任务 ····· 12', '一、加强领导\t30', '附件  45', '第三章　保障措施…', '说明：本规划自印发之日起施行。', '第一章　总体要求');
    const c = findContents(l, 9);
    expect(c).toEqual({
      start: 1, end: 7,
      entries: [
        { line: 3, marker: '第一章', title: '总体要求', page: '1', node: null },
        { line: 4, marker: '第二章', title: '主要任务', page: '12', node: null },
        { line: 5, marker: '一、', title: '加强领导', page: '30', node: null },
        { line: 6, marker: '', title: '附件', page: '45', node: null },
        { line: 7, marker: '第三章', title: '保障措施', page: null, node: null },
      ],
    });
    expect(findContents(lines('目  錄', '第一章 總則……1'), 2)?.entries.map((e) => e.page)).toEqual(['1']);
  });

  it('reads a 目录 of bare headings up to the heading printed again, where the body starts', () => {
    const c = findContents(lines('目录', '一、总体要求', '二、主要任务', '一、总体要求', '（一）指导思想'), 5);
    expect(c).toEqual({ start: 0, end: 3, entries: [
      { line: 2, marker: '一、', title: '总体要求', page: null, node: null },
      { line: 3, marker: '二、', title: '主要任务', page: null, node: null },
    ] });
  });

  it('takes no sentence for a bare entry, looks for 目录 only before the body, and is null without entries', () => {
    expect(findContents(lines('目录', '一、总体要求：坚持稳中求进。'), 2)).toBeNull();
    expect(findContents(lines('前言', '目录', '第一章 总则……1'), 1)).toBeNull();
    expect(findContents(lines('目录是本规划的一部分', '第一章 总则……1'), 2)).toBeNull();
    expect(findContents(lines('一、总体要求'), 1)).toBeNull();
  });
});

describe('checkContents', () => {
  type Node = { kind: 'part' | 'section'; id: string; line: number; heading: { marker: string; title: string }; role?: string; children: Node[] };
  const node = (kind: Node['kind'], id: string, line: number, marker: string, title: string, children: Node[] = [], role = 'measures'): Node => ({ kind, id, line, heading: { marker, title }, role, children });
  // Built per test: nothing is computed while the tests are collected (test-hygiene.test.ts).
  const parts = (): Part[] => [
    node('part', 'p1', 10, '一、', '总体要求', [node('section', 'p1-s1', 11, '（一）', '指导思想')]),
    node('part', 'p2', 20, '二、', '主要任务'),
    node('part', 'p2b', 25, '二、', '主要任务'),
    node('part', 'p3', 30, '三、', '保障措施'),
    node('part', 'att', 40, '四、', '附件', [], 'attachment'),
  ] as unknown as Part[];
  const entry = (line: number, marker: string, title: string) => ({ line, marker, title, page: null, node: null });

  it('links each entry to the first heading printed with its marker and title, spacing aside, and reports what does not match', () => {
    const log = new ReadingLog();
    const contents = { start: 0, end: 6, entries: [entry(2, '一、', '总体 要求'), entry(3, '二、', '主要任务'), entry(4, '二、', '重点工作'), entry(5, '', '附件'), entry(6, '第一章', '总则')] };
    const got = checkContents(contents, parts(), OFFICIAL_SCHEME, log);
    expect(got.map((e) => [e.line, e.node])).toEqual([[2, 'p1'], [3, 'p2'], [4, null], [5, null], [6, null]]);
    expect(log.observations.map((o) => [o.line, o.pass, o.code, o.detail])).toEqual([
      [4, 'envelope', 'contents-missing', '目录 entry 二、重点工作 is not printed as a heading of the body'],
      [25, 'envelope', 'contents-unlisted', 'heading 二、主要任务 is not listed in the 目录'],
      [30, 'envelope', 'contents-unlisted', 'heading 三、保障措施 is not listed in the 目录'],
    ]);
  });

  it('compares only the levels the 目录 lists, and runs without a log', () => {
    const log = new ReadingLog();
    checkContents({ start: 0, end: 2, entries: [entry(2, '（一）', '指导思想')] }, parts(), OFFICIAL_SCHEME, log);
    expect(log.observations).toEqual([]);
    expect(checkContents({ start: 0, end: 2, entries: [entry(2, '五、', '附则')] }, parts(), OFFICIAL_SCHEME).map((e) => e.node)).toEqual([null]);
  });
});

describe('the rules between (mutation testing)', () => {
  it('joins a cell\'s lines past blank ones without extra spaces', () => {
    expect(cellLine('GDP\n\n growth ')).toBe('GDP growth');
  });

  it('never takes a bracket dropped for a bracket of another shape', () => {
    expect(sameWords('国办发〔2019〕6号', '国办发2019〕6号')).toBe(false);
    expect(sameWords('国办发〔2019〕6号', '国办发〔20196号')).toBe(false);
  });

  it('reports an issuer difference at the masthead\'s line', () => {
    const m = meta({ issuer: '某省人民政府', masthead: line('某省人民政府文件', 4) });
    expect(observed(record({ issuer: '某市人民政府' }), m).map(([l]) => l)).toEqual([4]);
  });

  it('reads an indented 目录 and its indented bare headings, a repeated entry with its page, and stops at a line without marker', () => {
    const c = findContents(lines('  目　录  ', '　　一、总体要求', '　　二、主要任务', '前言', '一、总体要求'), 5);
    expect(c).toEqual({ start: 0, end: 3, entries: [
      { line: 2, marker: '一、', title: '总体要求', page: null, node: null },
      { line: 3, marker: '二、', title: '主要任务', page: null, node: null },
    ] });
    expect(findContents(lines('目录', '第一章 总则……1', '第一章 总则……1'), 3)?.entries.map((e) => e.line)).toEqual([2, 3]);
  });
});
