import { describe, expect, it } from 'vitest';
import { cellParagraphs, fillGrid, readCells, splitRun, type FilledCell, type PageTable } from '../../../../src/lib/read/pdf/cells.ts';
import { findGrids, type Grid, type GridCell } from '../../../../src/lib/read/pdf/grid.ts';
import { continuesRow, isHeaderRow, mergeTableParts } from '../../../../src/lib/read/pdf/tables.ts';
import type { Segment } from '../../../../src/lib/read/pdf/types.ts';
import { line, run } from './items.ts';

// Columns: 序号 50–80, 任务 80–280, 牵头 280–380.
const XS = [50, 80, 280, 380];

/** A cell of a page table with its text on one line (or several), the last line `full` to the right edge or not. */
function cell(row: number, col: number, text: string, opts: { rowSpan?: number; colSpan?: number; full?: boolean; page?: number } = {}): FilledCell {
  const rowSpan = opts.rowSpan ?? 1;
  const colSpan = opts.colSpan ?? 1;
  const g: GridCell = { row, col, rowSpan, colSpan, x0: XS[col], x1: XS[col + colSpan], y0: 100 + row * 20, y1: 100 + (row + rowSpan) * 20 };
  const lines = text === '' ? [] : [line(opts.page ?? 1, 5 + row, g.x0 + 2, text, opts.full === true ? { width: g.x1 - g.x0 - 4 } : {})];
  return { cell: g, lines, paragraphs: text === '' ? [] : [text], line: 5 + row };
}

function part(page: number, cells: FilledCell[]): PageTable {
  const rows = Math.max(...cells.map((c) => c.cell.row + c.cell.rowSpan));
  const grid: Grid = { x0: 50, x1: 380, y0: 100, y1: 100 + rows * 20, xs: XS, ys: Array.from({ length: rows + 1 }, (_, i) => 100 + i * 20), cells: cells.map((c) => c.cell) };
  return { page, grid, cells };
}

const head = (page = 1): FilledCell[] => [cell(0, 0, '序号', { page }), cell(0, 1, '重点任务', { page }), cell(0, 2, '牵头单位', { page })];
const texts = (rows: { cells: { text: string }[] }[]): string[][] => rows.map((r) => r.cells.map((c) => c.text));

describe('mergeTableParts', () => {
  it('takes a first row of short labels for the header', () => {
    const t = mergeTableParts([part(1, [...head(), cell(1, 0, '1'), cell(1, 1, '推进改造。'), cell(1, 2, '省工信厅')])]).block;
    expect(texts(t.header)).toEqual([['序号', '重点任务', '牵头单位']]);
    expect(texts(t.rows)).toEqual([['1', '推进改造。', '省工信厅']]);
  });

  it('drops the header printed again after a page break, listing it as furniture', () => {
    const merged = mergeTableParts([
      part(1, [...head(1), cell(1, 0, '1'), cell(1, 1, '推进改造。'), cell(1, 2, '省工信厅')]),
      part(2, [...head(2), cell(1, 0, '2', { page: 2 }), cell(1, 1, '优化环境。', { page: 2 }), cell(1, 2, '省政府办公厅', { page: 2 })]),
    ]);
    expect(texts(merged.block.header)).toEqual([['序号', '重点任务', '牵头单位']]);
    expect(texts(merged.block.rows)).toEqual([['1', '推进改造。', '省工信厅'], ['2', '优化环境。', '省政府办公厅']]);
    expect(merged.repeatedHeaders).toEqual([{ page: 2, line: 5, text: '序号\t重点任务\t牵头单位' }]);
    expect(merged.block.rows[1].pos).toEqual({ page: 2, line: 6 });
  });

  it('joins a row the page break cut: first cell empty, the long cell going on', () => {
    const merged = mergeTableParts([
      part(1, [...head(1), cell(1, 0, '1'), cell(1, 1, '推进传统产业智能化改造，实施一批技术改造', { full: true }), cell(1, 2, '省工信厅')]),
      part(2, [cell(0, 0, '', { page: 2 }), cell(0, 1, '重点项目。', { page: 2 }), cell(0, 2, '', { page: 2 }), cell(1, 0, '2', { page: 2 }), cell(1, 1, '优化环境。', { page: 2 }), cell(1, 2, '省政府办公厅', { page: 2 })]),
    ]);
    expect(texts(merged.block.rows)).toEqual([
      ['1', '推进传统产业智能化改造，实施一批技术改造重点项目。', '省工信厅'],
      ['2', '优化环境。', '省政府办公厅'],
    ]);
  });

  it('keeps a new row at the top of a page whose first cell a merged cell covers', () => {
    // 牵头单位 merged over rows 1–2 on page 1 goes on, empty, over row 0 of page 2.
    const merged = mergeTableParts([
      part(1, [...head(1), cell(1, 0, '1'), cell(1, 1, '推进改造。'), cell(1, 2, '省工信厅', { rowSpan: 2 }), cell(2, 0, '2'), cell(2, 1, '培育集群。')]),
      part(2, [cell(0, 0, '3', { page: 2 }), cell(0, 1, '发展服务业。', { page: 2 }), cell(0, 2, '', { page: 2 }), cell(1, 0, '4', { page: 2 }), cell(1, 1, '优化环境。', { page: 2 }), cell(1, 2, '省司法厅', { page: 2 })]),
    ]);
    expect(merged.block.rows.map((r) => r.cells.map((c) => `${c.text}/${c.rowSpan}`))).toEqual([
      ['1/1', '推进改造。/1', '省工信厅/3'],
      ['2/1', '培育集群。/1'],
      ['3/1', '发展服务业。/1'],
      ['4/1', '优化环境。/1', '省司法厅/1'],
    ]);
  });

  it('keeps a group row spanning the table as a row of one cell', () => {
    const t = mergeTableParts([part(1, [...head(), cell(1, 0, '一、推动产业转型升级', { colSpan: 3 }), cell(2, 0, '1'), cell(2, 1, '推进改造。'), cell(2, 2, '省工信厅')])]).block;
    expect(t.rows[0].cells.map((c) => [c.text, c.colSpan])).toEqual([['一、推动产业转型升级', 3]]);
  });
});

describe('isHeaderRow and continuesRow', () => {
  it('takes no sentence for a header', () => {
    const row = { page: 1, cells: [cell(0, 0, '1'), cell(0, 1, '推进改造。')] };
    expect(isHeaderRow(row, 3)).toBe(false);
    expect(isHeaderRow({ page: 1, cells: head() }, 1)).toBe(false);
    expect(isHeaderRow({ page: 1, cells: head() }, 2)).toBe(true);
  });

  it('takes a row that fills as many cells as the row above for a new row', () => {
    const above = [cell(1, 0, '1'), cell(1, 1, '推进改造', { full: true }), cell(1, 2, '省工信厅')];
    expect(continuesRow([cell(0, 0, ''), cell(0, 1, '续写'), cell(0, 2, '')], above)).toBe(true);
    expect(continuesRow([cell(0, 0, ''), cell(0, 1, '新任务'), cell(0, 2, '省财政厅')], [cell(1, 0, '1'), cell(1, 1, '推进改造', { full: true })])).toBe(false);
    expect(continuesRow([cell(0, 0, '2'), cell(0, 1, '续写'), cell(0, 2, '')], above)).toBe(false);
    expect(continuesRow([cell(0, 0, ''), cell(0, 1, '续写'), cell(0, 2, '')], [cell(1, 0, '1'), cell(1, 1, '推进改造。'), cell(1, 2, '省工信厅')])).toBe(false);
  });

  it('takes a row for the one above continued when what it starts with would not have fitted after it (基期值（2020 / 年）)', () => {
    // Column 2 is 100 wide with 2 of padding; the text ends 25 before the edge (not full), leaving
    // 23 inside the padding: less than 年） needs (年 and the closing mark that travels with it).
    const ending = (width: number): FilledCell => ({ ...cell(0, 2, '基期值（2020'), lines: [line(1, 5, 282, '基期值（2020', { width })] });
    const above = [cell(0, 0, '指标'), cell(0, 1, '单位'), ending(73)];
    expect(continuesRow([cell(1, 0, ''), cell(1, 1, ''), cell(1, 2, '年）')], above)).toBe(true);
    // With room left for it, 年） would have been printed on the line above: a new row.
    const roomy = [cell(0, 0, '指标'), cell(0, 1, '单位'), ending(60)];
    expect(continuesRow([cell(1, 0, ''), cell(1, 1, ''), cell(1, 2, '年）')], roomy)).toBe(false);
    // A new row with an empty first cell (结构调整 printed once for its rows) whose values sit under
    // short values: not the row above continued, though one of them ends near a narrow edge.
    const values = [cell(0, 0, '结构'), cell(0, 1, '高端装备制造业比重(%)'), cell(0, 2, '19', { full: true })];
    expect(continuesRow([cell(1, 0, ''), cell(1, 1, '化工产品精细化率(%)'), cell(1, 2, '55')], values)).toBe(false);
  });
});

describe('fillGrid and cellParagraphs', () => {
  const h = (y: number): Segment => ({ x1: 50, y1: y, x2: 380, y2: y });
  const v = (x: number): Segment => ({ x1: x, y1: 100, x2: x, y2: 160 });

  it('cuts a run that crosses a cell’s right edge, at the space where one is', () => {
    const [grid] = findGrids([h(100), h(120), h(160), v(50), v(80), v(280), v(380)]);
    const { table, used } = fillGrid(grid, [run('单位 基期值', 250, 114, 12, 66)], 1, () => 5);
    expect(used.size).toBe(1);
    expect(table.cells.filter((c) => c.lines.length > 0).map((c) => [c.cell.col, c.lines.map((l) => l.text).join('')])).toEqual([[1, '单位'], [2, '基期值']]);
    expect(splitRun(run('数字经济', 0, 10, 10, 40), 20)!.map((p) => [p.str, p.x, p.width])).toEqual([['数字', 0, 20], ['经济', 20, 20]]);
    expect(splitRun(run('数', 0, 10, 10, 10), 5)).toBeNull();
  });

  it('places each run in the cell that holds its centre and joins a cell’s wrapped lines', () => {
    const [grid] = findGrids([h(100), h(120), h(160), v(50), v(80), v(280), v(380)]);
    const items = [
      run('序号', 52, 114, 10), run('重点任务', 82, 114, 10), run('牵头单位', 282, 114, 10),
      run('1', 52, 134, 10),
      run('推进传统产业智能化改造，实施一批技术改', 82, 134, 10), // 19 characters: 190 of 196 points
      run('造重点项目。', 82, 148, 10),
      run('省工信厅', 282, 134, 10),
      run('正文', 52, 300, 10),
    ];
    const { table, used } = fillGrid(grid, items, 1, (y) => Math.round(y / 10));
    expect(used.size).toBe(7);
    const read = readCells(table);
    expect(read.cells.map((c) => c.paragraphs)).toEqual([['序号'], ['重点任务'], ['牵头单位'], ['1'], ['推进传统产业智能化改造，实施一批技术改造重点项目。'], ['省工信厅']]);
    expect(read.cells[4].line).toBe(13);
  });

  it('keeps a cell’s paragraphs apart where a line stops short', () => {
    const lines = [line(1, 1, 0, '计算方法：门诊人次数之比。', { size: 10 }), line(1, 2, 0, '指标来源：医院填报。', { size: 10 })];
    expect(cellParagraphs(lines, 196)).toEqual(['计算方法：门诊人次数之比。', '指标来源：医院填报。']);
  });
});
