import { describe, expect, it } from 'vitest';
import { ATTACHMENT_START, buildAttachment, buildGrid, matchRow, readRow, ROW_START, splitAttachments } from '../../../src/lib/convert/attachments.ts';
import { ReadingLog } from '../../../src/lib/convert/reading.ts';
import { gridCells } from '../../../src/lib/model/grid.ts';
import { expectShapeError, logical, unreadEntries } from '../../support/plans.ts';

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
  const nodes = [node('p2-1', 1, 'section', '推进智能工厂建设'), node('p2-2', 2, 'section', '发展平台'), node('p2-2-1', 1, 'item', '建设行业平台'), node('p2-3', 3, 'section', '建设行业平台')];
  it('prefers the exact title, then a title that starts the cell or the cell starts', () => {
    expect(matchRow('推进智能工厂建设', 1, nodes)?.id).toBe('p2-1');
    expect(matchRow('推进智能工厂建设和改造', null, nodes)?.id).toBe('p2-1');
    expect(matchRow('推进智能', null, nodes)?.id).toBe('p2-1');
    expect(matchRow('培育供应商', 4, nodes)).toBeNull();
    expect(matchRow('', 1, nodes)).toBeNull();
  });
  it('breaks a tie by the row number, then by the shallower node', () => {
    expect(matchRow('建设行业平台', 3, nodes)?.id).toBe('p2-3');
    expect(matchRow('建设行业平台', 1, nodes)?.id).toBe('p2-2-1');
    expect(matchRow('建设行业平台', 9, nodes)?.id).toBe('p2-3');
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
