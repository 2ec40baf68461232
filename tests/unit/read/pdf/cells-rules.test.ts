/**
 * Runs into ruled cells rule by rule: the point a run is placed by, cells' edges, an empty cell's
 * line, and a cell's paragraphs measured against the widest line of its column.
 */
import { describe, expect, it } from 'vitest';
import { cellParagraphs, centreOf, fillGrid, readCells } from '../../../../src/lib/read/pdf/cells.ts';
import type { Grid, GridCell } from '../../../../src/lib/read/pdf/grid.ts';
import { ordinaryCharacter, repairLookalikes } from '../../../../src/lib/read/pdf/lookalikes.ts';
import { line, run } from './items.ts';

const gc = (row: number, col: number, x0: number, x1: number, y0: number, y1: number, colSpan = 1): GridCell => ({ row, col, rowSpan: 1, colSpan, x0, x1, y0, y1 });
const grid = (cells: GridCell[]): Grid => ({ x0: 0, x1: 400, y0: 0, y1: 200, xs: [], ys: [], cells });

describe('centreOf and fillGrid', () => {
  it('places a run by its horizontal middle, a third of its size above the baseline', () => {
    expect(centreOf(run('甲', 10, 100, 10))).toEqual({ x: 15, y: 96.5 });
  });

  it('puts a run centred on an edge in the first cell holding it, leaves runs outside every cell, and gives an empty cell the line of its middle', () => {
    const g = grid([gc(0, 0, 0, 100, 0, 50), gc(0, 1, 100, 200, 0, 50), gc(1, 0, 0, 200, 50, 100, 2)]);
    const onEdge = run('甲', 95, 53.5, 10); // centre (100, 50)
    const right = run('乙', 195, 20, 10); // centre (200, 16.5)
    const outside = run('丙', 196, 20, 10); // centre (201, 16.5)
    const { table, used } = fillGrid(g, [onEdge, right, outside], 3, (y) => Math.round(y));
    expect([...used]).toEqual([onEdge, right]);
    expect(table.page).toBe(3);
    expect(table.cells.map((c) => c.lines.map((l) => l.text))).toEqual([['甲'], ['乙'], []]);
    expect(table.cells.map((c) => c.line)).toEqual([54, 20, 75]);
    expect(table.cells.map((c) => c.paragraphs)).toEqual([[], [], []]);
  });
});

describe('cellParagraphs', () => {
  const full = '推进传统产业智能化改造实施一批技术改'; // 18 characters at 10 points: as wide as the column

  it('joins a line that ran on, breaks at a heading number or a change of size past 15 %', () => {
    expect(cellParagraphs([line(1, 1, 0, full, { size: 10 }), line(1, 2, 0, '造项目。', { size: 10 })], 180)).toEqual([`${full}造项目。`]);
    expect(cellParagraphs([line(1, 1, 0, full, { size: 10 }), line(1, 2, 0, '（二）项目。', { size: 10 })], 180)).toEqual([full, '（二）项目。']);
    expect(cellParagraphs([line(1, 1, 0, full, { size: 10 }), line(1, 2, 0, '造项目。', { size: 12 })], 180)).toEqual([full, '造项目。']);
    expect(cellParagraphs([line(1, 1, 0, full, { size: 10 }), line(1, 2, 0, '造项目。', { size: 11.5 })], 180)).toEqual([`${full}造项目。`]);
  });
});

describe('readCells', () => {
  it('measures a cell\'s lines against the widest line of its column, not of its own', () => {
    const g = grid([gc(0, 0, 0, 200, 0, 50), gc(1, 0, 0, 200, 50, 100), gc(2, 0, 0, 200, 100, 150, 2)]);
    const items = [
      run('甲'.repeat(19), 2, 30, 10),
      run('乙'.repeat(10), 2, 70, 10), run('丙丙', 2, 84, 10),
      run('丁'.repeat(10), 2, 120, 10), run('戊戊', 2, 134, 10),
    ];
    const read = readCells(fillGrid(g, items, 1, (y) => Math.round(y / 10)).table);
    expect(read.cells.map((c) => c.paragraphs)).toEqual([['甲'.repeat(19)], ['乙'.repeat(10), '丙丙'], ['丁'.repeat(10) + '戊戊']]);
  });
});

describe('lookalikes at the edges of their blocks', () => {
  it('reads the first Kangxi radical, keeps one without an ordinary form as printed and unlisted, and never touches other compatibility forms', () => {
    const r = repairLookalikes('\u2f00二');
    expect(r.text).toBe('一二');
    expect(r.repairs).toEqual([{ index: 0, before: '\u2f00', after: '一', reason: 'the PDF font maps 一 to a Kangxi radical (U+2F00)' }]);
    expect(repairLookalikes('⺀人')).toEqual({ text: '⺀人', repairs: [] });
    expect(ordinaryCharacter('Ａ')).toBeNull();
    expect(ordinaryCharacter('①')).toBeNull();
    expect(repairLookalikes('⻓')).toEqual({ text: '长', repairs: [{ index: 0, before: '⻓', after: '长', reason: 'the PDF font maps 长 to a CJK radical form (U+2ED3)' }] });
  });
});

describe('radical forms read from the table', () => {
  it('reads each radical form NFKC leaves alone as its simplified character', () => {
    const forms = '⺟⺠⻄⻅⻆⻉⻋⻓⻔⻘⻚⻛⻜⻝⻢⻣⻤⻥⻦⻨⻩⻬⻮⻰';
    const r = repairLookalikes(forms);
    expect(r.text).toBe('母民西见角贝车长门青页风飞食马骨鬼鱼鸟麦黄齐齿龙');
    expect(r.repairs.map((x) => x.index)).toEqual([...forms].map((_, i) => i));
  });
});
