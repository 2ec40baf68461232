import { beforeEach, describe, expect, it } from 'vitest';
import { ATTACHMENT_START, buildAttachment, buildGrid, matchRow, readRow, ROW_START, splitAttachments, tableAssignments } from '../../../src/lib/convert/attachments.ts';
import { ReadingLog } from '../../../src/lib/convert/reading.ts';
import { gridCells } from '../../../src/lib/model/grid.ts';
import { expectShapeError, logical, observationEntries, unreadEntries } from '../../support/plans.ts';
import { buildOutline } from '../../../src/lib/convert/outline.ts';
import type { Grid } from '../../../src/lib/model/schema.ts';

const HEADER = '序号\t重点任务\t牵头单位\t配合单位\t完成时限';

describe('attachment lines', () => {
  it('start with 附件 alone on its line, with or without a number', () => {
    for (const t of ['附件', '附件1', '附件 2', '附件三', '附 件', '附件１']) expect(ATTACHMENT_START.test(t), t).toBe(true);
    for (const t of ['附件：重点任务分工表', '附件1：重点任务分工表', '附件所列任务', '见附件']) expect(ATTACHMENT_START.test(t), t).toBe(false);
  });
  it('tell a numbered table row from a numbered heading', () => {
    for (const t of ['1\t推进', '12  推进', '3、\t推进', '１\t推进']) expect(ROW_START.test(t), t).toBe(true);
    for (const t of ['1. 推进', '12 推进', '2020年', '1推进']) expect(ROW_START.test(t), t).toBe(false);
  });
  it('split the body from every attachment after it', () => {
    const lines = logical([['一、甲', 1], ['正文。', 2], ['附件1', 3], ['表一', 4], ['附件2', 5], ['清单', 6]]);
    const { body, attachments } = splitAttachments(lines);
    expect(body.map((l) => l.line)).toEqual([1, 2]);
    expect(attachments.map((a) => a.map((l) => l.line))).toEqual([[3, 4], [5, 6]]);
    expect(splitAttachments(lines.slice(0, 2)).attachments).toEqual([]);
  });
});

describe('buildGrid', () => {
  it('names the columns its header prints', () => {
    const g = buildGrid('g', null, logical([[HEADER, 1], ['1\t甲\t省甲厅\t省乙厅\t2017年底前', 2]]));
    expect(g.columns).toEqual({ number: 0, task: 1, lead: 2, partner: 3, responsible: null, deadline: 4 });
    const h = buildGrid('g', null, logical([['序 号\t工作任务\t责任单位\t时间节点', 1], ['1\t甲\t省甲厅\t长期', 2]]));
    expect(h.columns).toEqual({ number: 0, task: 1, lead: null, partner: null, responsible: 2, deadline: 3 });
  });
  it('keeps a row short of cells with empty trailing cells, and refuses one with too many', () => {
    const g = buildGrid('g', null, logical([[HEADER, 1], ['1\t甲\t省甲厅', 2]]));
    expect(gridCells(g, g.rows[0])).toEqual(['1', '甲', '省甲厅', '', '']);
    expect(expectShapeError(() => buildGrid('g', null, logical([[HEADER, 1], ['1\t甲\t省甲厅\t省乙厅\t2017\t多余', 2]])), 2)).toBe('line 2: table row has 6 cells, the header has 5');
  });
  it('continues a wrapped cell: a full tab line cell by cell, a fragment where the cell stopped mid-list, else the task', () => {
    const g = buildGrid('g', null, logical([
      [HEADER, 1],
      ['1\t推进智能\t省甲厅\t省乙厅、\t2017年底前', 2],
      ['省丙厅', 3],
      ['2\t建设平台\t省甲厅\t省丁厅\t2018年', 4],
      ['\t和网络\t\t\t', 5],
      ['3\t培育企业\t省甲厅\t省戊厅\t长期', 6],
      ['供应商', 7],
    ]));
    expect(g.rows.map((r) => gridCells(g, r))).toEqual([
      ['1', '推进智能', '省甲厅', '省乙厅、省丙厅', '2017年底前'],
      ['2', '建设平台和网络', '省甲厅', '省丁厅', '2018年'],
      ['3', '培育企业供应商', '省甲厅', '省戊厅', '长期'],
    ]);
    expect(g.rows.map((r) => [r.line, r.endLine])).toEqual([[2, 3], [4, 5], [6, 7]]);
    // The printed order is kept for fidelity: the wrapped piece comes after the row's other cells.
    expect(g.rows[0].pieces.map((p) => p.text)).toEqual(['1', '推进智能', '省甲厅', '省乙厅、', '2017年底前', '省丙厅']);
  });
  it('refuses a line before the first row, a wrapped line it cannot place, a header of one cell, and no rows', () => {
    // buildAttachment catches these and keeps the table's lines as text (see below).
    expect(expectShapeError(() => buildGrid('g', null, logical([[HEADER, 1], ['省丙厅', 2]])), 2)).toMatch(/before the first numbered row: “省丙厅”/);
    expect(expectShapeError(() => buildGrid('g', null, logical([[HEADER, 1], ['1\t甲\t省甲厅\t省乙厅\t2017', 2], ['乙  丙', 3]])), 3)).toMatch(/cannot tell which columns the wrapped table line “乙  丙” continues/);
    expect(expectShapeError(() => buildGrid('g', null, logical([['序号', 1], ['1\t甲', 2]])), 1)).toMatch(/cannot read the columns of the table header “序号”/);
    expect(expectShapeError(() => buildGrid('g', null, logical([[HEADER, 1]])), 1)).toMatch(/at least one numbered row/);
  });
});

describe('readRow', () => {
  const grid = (header: string, row: string) => {
    const g = buildGrid('g', null, logical([[header, 1], [row, 2]]));
    return readRow(g, g.rows[0]);
  };
  it('reads leads, partners with 等, and the deadline as printed', () => {
    expect(grid(HEADER, '1\t甲\t省甲厅、省乙厅\t省丙厅、各市人民政府等\t2017年底前')).toEqual({ leads: ['省甲厅', '省乙厅'], partners: ['省丙厅', '各市人民政府'], partnersOpenEnded: true, undivided: false, deadline: '2017年底前' });
  });
  it('reads a 责任单位 column as an undivided list, and a table without one as no assignment', () => {
    expect(grid('序号\t重点任务\t责任单位', '1\t甲\t省甲厅、省乙厅')).toEqual({ leads: ['省甲厅', '省乙厅'], partners: [], partnersOpenEnded: false, undivided: true, deadline: null });
    expect(grid('序号\t项目名称\t建设内容', '1\t甲\t乙')).toBeNull();
  });
});

describe('matchRow', () => {
  const node = (id: string, number: number, kind: string, title: string) => ({ id, number, kind, heading: { title } });
  const nodes = () => [node('p2-1', 1, 'section', '推进智能工厂建设'), node('p2-2', 2, 'section', '发展平台'), node('p2-2-1', 1, 'item', '建设行业平台'), node('p2-3', 3, 'section', '建设行业平台')];
  it('prefers the exact title, then a title that starts the cell or the cell starts', () => {
    expect(matchRow('推进智能工厂建设', 1, nodes())?.id).toBe('p2-1');
    expect(matchRow('推进智能工厂建设和改造', null, nodes())?.id).toBe('p2-1');
    expect(matchRow('推进智能', null, nodes())?.id).toBe('p2-1');
    expect(matchRow('培育供应商', 4, nodes())).toBeNull();
    expect(matchRow('', 1, nodes())).toBeNull();
  });
  it('breaks a tie by the row number, then by the shallower node', () => {
    expect(matchRow('建设行业平台', 3, nodes())?.id).toBe('p2-3');
    expect(matchRow('建设行业平台', 1, nodes())?.id).toBe('p2-2-1');
    expect(matchRow('建设行业平台', 9, nodes())?.id).toBe('p2-3');
  });
});

describe('buildAttachment', () => {
  it('reads its marker and title, then a table or paragraphs', () => {
    const a = buildAttachment(logical([['附件2', 10], ['重点项目清单', 11], ['一批重点项目，按年度推进。', 12]]), 2);
    expect(a).toMatchObject({ id: 'a2', number: 2, role: 'attachment', line: 10, endLine: 12, heading: { marker: '附件2', title: '重点项目清单' } });
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph']);
    const t = buildAttachment(logical([['附件', 1], ['重点任务', 2], ['分工表', 3], [HEADER, 4], ['1\t甲\t省甲厅\t省乙厅\t2017', 5]]), 1);
    expect(t.heading.title).toBe('重点任务分工表');
    expect(t.blocks.map((b) => b.type)).toEqual(['grid']);
  });
  it('leaves the title empty when none is printed, and keeps a table without a header that names columns as text', () => {
    expect(buildAttachment(logical([['附件', 1], [HEADER, 2], ['1\t甲\t省甲厅\t省乙厅\t2017', 3]]), 1).heading.title).toBe('');
    const log = new ReadingLog();
    const a = buildAttachment(logical([['附件', 1], ['清单', 2], ['甲\t乙', 3]]), 1, log);
    expect(a.heading.title).toBe('清单');
    expect(a.blocks.map((b) => [b.type, b.id, b.line, b.type === 'paragraph' ? b.text : null])).toEqual([['paragraph', 'a1-b1', 3, '甲\t乙']]);
    expect(unreadEntries(log)).toEqual([[3, 3, 'attachments', 'attachment-table']]);
    expect(log.observations).toEqual([]);
  });
  it('keeps a table whose rows do not fit its header as text, line by line, and logs the whole table', () => {
    const log = new ReadingLog();
    const a = buildAttachment(logical([['附件', 1], ['分工表', 2], [HEADER, 3], ['1\t甲\t省甲厅\t省乙厅\t2017\t多余', 4], ['2\t乙\t省丙厅\t\t2018', 5]]), 1, log);
    expect(a.blocks.map((b) => [b.type, b.line, b.type === 'paragraph' ? b.text : null])).toEqual([
      ['paragraph', 3, HEADER],
      ['paragraph', 4, '1\t甲\t省甲厅\t省乙厅\t2017\t多余'],
      ['paragraph', 5, '2\t乙\t省丙厅\t\t2018'],
    ]);
    expect(unreadEntries(log)).toEqual([[3, 5, 'attachments', 'attachment-table']]);
    expect(log.unread[0].detail).toMatch(/^line 4: table row has 6 cells, the header has 5/);
  });
});

const grid = (...rows: string[]) => buildGrid('g', null, logical([HEADER, ...rows].map((t, i) => [t, i + 1])));
const cells = (g: Grid) => g.rows.map((r) => gridCells(g, r));

describe('splitting attachments', () => {
  it('finds an indented 附件 line, and keeps every line of the last attachment', () => {
    const { body, attachments } = splitAttachments(logical([['正文。', 1], ['  附件1  ', 2], ['清单', 3], ['甲。', 4]]));
    expect(body.map((l) => l.line)).toEqual([1]);
    expect(attachments.map((a) => a.map((l) => l.line))).toEqual([[2, 3, 4]]);
  });
  it('keeps the whole body when there is no attachment', () => {
    const lines = logical([['正文。', 1], ['见附件。', 2]]);
    expect(splitAttachments(lines)).toEqual({ body: lines, attachments: [] });
  });
});

describe('reading a table', () => {
  it('trims the cells, names the first column of each role, and reads a header of two cells', () => {
    const g = buildGrid('g', null, logical([[' 序号 \t 重点任务 \t 工作内容 \t 牵头单位', 1], ['1\t 甲 \t乙\t 省甲厅 ', 2]]));
    expect(g.header).toEqual(['序号', '重点任务', '工作内容', '牵头单位']);
    expect(g.columns).toMatchObject({ number: 0, task: 1, lead: 3 });
    expect(cells(g)).toEqual([['1', '甲', '乙', '省甲厅']]);
    const two = buildGrid('g', null, logical([['序号\t重点任务', 1], ['1\t甲', 2]]));
    expect(two.columns).toMatchObject({ number: 0, task: 1 });
  });
  it('gives every row an id from its position, and keeps no empty pieces', () => {
    const g = grid('1\t甲\t省甲厅\t\t2017年', '2\t乙\t省乙厅\t省丙厅\t2018年', '\t和丙\t\t省丁厅');
    expect(g.rows.map((r) => r.id)).toEqual(['g-r1', 'g-r2']);
    expect(g.rows[0].pieces.map((p) => p.cell)).toEqual([0, 1, 2, 4]);
    expect(g.rows[1].pieces.every((p) => p.text !== '')).toBe(true);
  });
  it('continues a tab line with fewer cells than the header in the columns its tabs give', () => {
    expect(cells(grid('1\t推进智能\t省甲厅\t省乙厅\t2017年', '\t工厂建设'))).toEqual([['1', '推进智能工厂建设', '省甲厅', '省乙厅', '2017年']]);
  });
  it('refuses a space-separated continuation line of several cells: spaces do not say which cells are empty', () => {
    expect(expectShapeError(() => grid('1\t推进\t省甲厅\t省乙厅\t2017年', '和网络  省丙厅  省丁厅  长期  备注'), 3)).toMatch(/cannot tell which columns/);
  });
  it('sends a lone fragment to the first cell left open by 、 ， ；（ or a list with a comma, never to the 序号', () => {
    expect(cells(grid('1\t推进\t省甲厅\t省乙厅；\t2017年', '省丙厅'))[0][3]).toBe('省乙厅；省丙厅');
    expect(cells(grid('1\t推进\t省甲厅\t省乙厅（\t2017年', '牵头）'))[0][3]).toBe('省乙厅（牵头）');
    expect(cells(grid('1\t推进\t省甲厅\t省乙厅，省丙厅\t2017年', '省丁厅'))[0][3]).toBe('省乙厅，省丙厅省丁厅');
    // A list closed by ）or 。 is complete: the fragment goes to the task.
    expect(cells(grid('1\t推进\t省甲厅\t省乙厅、省丙厅（按职责）\t2017年', '和改造'))[0].slice(1, 4)).toEqual(['推进和改造', '省甲厅', '省乙厅、省丙厅（按职责）']);
    // A 序号 printed as 1、 ends with 、 but is never continued.
    expect(cells(grid('1、\t推进\t省甲厅\t省乙厅\t2017年', '和改造'))[0].slice(0, 2)).toEqual(['1、', '推进和改造']);
  });
  it('sends a fragment of a table without a task column to its last column', () => {
    const g = buildGrid('g', null, logical([['序号\t建设内容\t责任单位', 1], ['1\t甲\t省乙厅', 2], ['和省丙厅', 3]]));
    expect(cells(g)).toEqual([['1', '甲', '省乙厅和省丙厅']]);
  });
  it('names the offending line in every refusal', () => {
    expect(expectShapeError(() => buildGrid('g', null, logical([[' 序号 ', 1], ['1\t甲', 2]])), 1)).toMatch(/“序号”/);
    expect(expectShapeError(() => grid('1\t甲\t省甲厅\t省乙厅\t2017\t多余'), 2)).toMatch(/6 cells, the header has 5/);
    expect(expectShapeError(() => grid(' 省丙厅 '), 2)).toMatch(/“省丙厅”/);
    expect(expectShapeError(() => grid('1\t甲\t省甲厅\t省乙厅\t2017', ' 乙  丙 '), 3)).toMatch(/“乙  丙”/);
    expect(expectShapeError(() => grid(), 1)).toMatch(/at least one numbered row/);
  });
});

describe('reading a row', () => {
  const row = (header: string, line: string) => {
    const g = buildGrid('g', null, logical([[header, 1], [line, 2]]));
    return readRow(g, g.rows[0]);
  };
  it('takes the spaces a PDF puts inside a cell out of names and deadlines', () => {
    expect(row(HEADER, '1\t甲\t省 甲厅\t省乙厅\t2020 年底前')).toMatchObject({ leads: ['省甲厅'], deadline: '2020年底前' });
  });
  it('reads 等 only at the end of a list, not inside a name', () => {
    expect(row(HEADER, '1\t甲\t省教育厅\t省科技厅、有关高等学校\t长期')).toMatchObject({ partners: ['省科技厅', '有关高等学校'], partnersOpenEnded: false });
    expect(row(HEADER, '1\t甲\t省教育厅\t省科技厅等有关部门\t长期')).toMatchObject({ partners: ['省科技厅'], partnersOpenEnded: true });
  });
});

describe('matching a row to a heading', () => {
  const node = (id: string, number: number, kind: string, title: string) => ({ id, number, kind, heading: { title } });
  it('ignores punctuation and quotes on either side', () => {
    expect(matchRow('推进“智能工厂”建设。', null, [node('s1', 1, 'section', '推进智能工厂建设')])?.id).toBe('s1');
  });
  it('never matches a one-character title, but does a two-character one', () => {
    expect(matchRow('甲乙', null, [node('s1', 1, 'section', '甲')])).toBeNull();
    expect(matchRow('平台', null, [node('s1', 1, 'section', '平台')])?.id).toBe('s1');
  });
  it('puts the exact title before a longer one, even when only the longer one has the row number', () => {
    expect(matchRow('建设平台', 1, [node('s1', 1, 'section', '建设平台网络'), node('s2', 2, 'section', '建设平台')])?.id).toBe('s2');
  });
  it('prefers an item to a clause of the same title', () => {
    expect(matchRow('建设平台', null, [node('c1', 1, 'clause', '建设平台'), node('i1', 2, 'item', '建设平台')])?.id).toBe('i1');
  });
});

describe('reading an attachment', () => {
  it('reads up to three unpunctuated title lines, trimmed, then paragraphs with their own ids', () => {
    const a = buildAttachment(logical([[' 附件1 ', 1], [' 重点 ', 2], ['项目', 3], ['清单', 4], ['第四行', 5], ['甲。', 6]]), 1);
    expect(a.heading).toMatchObject({ marker: '附件1', title: '重点项目清单', sentence: false });
    expect(a.blocks.map((b) => b.id)).toEqual(['a1-b1', 'a1-b2']);
  });
  it('reads an attachment that prints only a marker and a title', () => {
    expect(buildAttachment(logical([['附件2', 1], ['清单', 2]]), 2)).toMatchObject({ heading: { title: '清单' }, blocks: [] });
  });
  it('reads a table after a paragraph as the next block', () => {
    const a = buildAttachment(logical([['附件', 1], ['分工表', 2], ['说明如下。', 3], ['序号\t重点任务', 4], ['1\t甲', 5]]), 1);
    expect(a.blocks.map((b) => [b.type, b.id])).toEqual([['paragraph', 'a1-b1'], ['grid', 'a1-b2']]);
  });
  it('takes a header with 序号 or a task column as a table, and keeps tab rows under a header that has neither as text', () => {
    // Read as a table header: its rows must then start with a 序号, else the table stays text.
    const log = new ReadingLog();
    const kept = buildAttachment(logical([['附件', 1], ['重点任务\t牵头单位', 2], ['甲\t省甲厅', 3]]), 1, log);
    expect(kept.blocks.map((b) => [b.type, b.line, b.type === 'paragraph' ? b.text : null])).toEqual([['paragraph', 2, '重点任务\t牵头单位'], ['paragraph', 3, '甲\t省甲厅']]);
    expect(unreadEntries(log)).toEqual([[2, 3, 'attachments', 'attachment-table']]);
    expect(log.unread[0].detail).toMatch(/^line 3: a table line before the first numbered row/);
    expect(buildAttachment(logical([['附件', 1], ['序号\t牵头单位', 2], ['1\t省甲厅', 3]]), 1).blocks[0].type).toBe('grid');
    // No header: each tab row is kept as a paragraph and logged on its own line.
    const none = new ReadingLog();
    const rows = buildAttachment(logical([['附件', 1], ['牵头单位\t配合单位', 2], ['省甲厅\t省乙厅', 3]]), 1, none);
    expect(rows.blocks.map((b) => [b.type, b.id, b.line])).toEqual([['paragraph', 'a1-b1', 2], ['paragraph', 'a1-b2', 3]]);
    expect(unreadEntries(none)).toEqual([[2, 2, 'attachments', 'attachment-table'], [3, 3, 'attachments', 'attachment-table']]);
  });
});

describe('assignments from a 分工表', () => {
  let body: ReturnType<typeof buildOutline>;
  beforeEach(() => {
    body = buildOutline(logical([['一、推进智能制造', 1], ['（一）建设平台。支持企业。', 2], ['（二）培育企业。支持企业。', 3]]));
  });
  const attach = (...lines: string[]) => [buildAttachment(logical([['附件', 100], ['分工表', 101], ...lines.map((t, i): [string, number] => [t, 102 + i])]), 1)];
  it('reads each row as an assignment of the heading it names, by full-width 序号 among equal titles', () => {
    const twin = buildOutline(logical([['一、甲', 1], ['（一）建设平台。支持。', 2], ['二、乙', 3], ['（一）其他。支持。', 4], ['（二）建设平台。支持。', 5]]));
    const got = tableAssignments(twin, attach(HEADER, '２、\t建设平台\t省甲厅\t省乙厅\t2017年'));
    expect(got.map((a) => [a.node.id, a.block, a.line, a.leadRule, a.leads, a.partners, a.deadline])).toEqual([['p2-2', 'a1-b1-r1', 103, 'printed', ['省甲厅'], ['省乙厅'], '2017年']]);
  });
  it('reads a 责任单位 column by the first-listed rule', () => {
    const got = tableAssignments(body, attach('序号\t重点任务\t责任单位', '1\t培育企业\t省甲厅、省乙厅'));
    expect(got.map((a) => [a.node.id, a.leadRule, a.leads])).toEqual([['p1-2', 'first-listed', ['省甲厅', '省乙厅']]]);
  });
  it('assigns nothing from a table without a task column or without a responsible column', () => {
    expect(tableAssignments(body, attach('序号\t建设内容\t责任单位', '1\t建设平台\t省甲厅'))).toEqual([]);
    expect(tableAssignments(body, attach('序号\t重点任务\t建设内容', '1\t建设平台\t甲'))).toEqual([]);
  });
  it('never matches a part: a row of a task it cannot place is read on the attachment and noted; a row without a unit is kept and listed', () => {
    const log = new ReadingLog();
    const part = attach(HEADER, '3\t推进智能制造\t省甲厅\t省乙厅\t长期');
    const got = tableAssignments(body, part, log);
    expect(got.map((a) => [a.node.id, a.block, a.line, a.leads, a.partners, a.deadline])).toEqual([['a1', 'a1-b1-r1', 103, ['省甲厅'], ['省乙厅'], '长期']]);
    expect((part[0].blocks[0] as Grid).rows.map((r) => [r.line, r.node])).toEqual([[103, null]]);
    expect(log.unread).toEqual([]);
    expect(observationEntries(log)).toEqual([[103, 'attachments', 'attachment-row']]);
    expect(log.observations[0].detail).toMatch(/^row 3 of the 分工表 names a task that is no heading of the document body \(“推进智能制造”\)/);
    const noUnit = new ReadingLog();
    const two = attach(HEADER, '1\t建设平台\t省甲厅\t\t长期', '2\t培育企业\t\t省乙厅\t长期');
    expect(tableAssignments(body, two, noUnit).map((a) => [a.node.id, a.line, a.leads])).toEqual([['p1-1', 103, ['省甲厅']]]);
    expect((two[0].blocks[0] as Grid).rows.map((r) => [r.line, r.node])).toEqual([[103, 'p1-1'], [104, null]]);
    expect(unreadEntries(noUnit)).toEqual([[104, 104, 'attachments', 'attachment-row']]);
    expect(noUnit.unread[0].detail).toMatch(/^row 2 of the 分工表 names no responsible unit/);
    expect(noUnit.observations).toEqual([]);
  });
  it('marks the row with the node it assigns', () => {
    const a = attach(HEADER, '1\t建设平台\t省甲厅\t省乙厅\t长期');
    tableAssignments(body, a);
    expect((a[0].blocks[0] as Grid).rows[0].node).toBe('p1-1');
  });
});
