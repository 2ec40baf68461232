import { describe, expect, it } from 'vitest';
import { findGrids, mergeRules } from '../../../../src/lib/read/pdf/grid.ts';
import type { Segment } from '../../../../src/lib/read/pdf/types.ts';

const h = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });

/** The rules of a grid with the given column and row boundaries, every cell boxed. */
function boxed(xs: number[], ys: number[]): Segment[] {
  return [...ys.map((y) => h(y, xs[0], xs[xs.length - 1])), ...xs.map((x) => v(x, ys[0], ys[ys.length - 1]))];
}

describe('mergeRules', () => {
  it('snaps rules a point apart to one and merges pieces that touch', () => {
    const rules = mergeRules([{ at: 100, from: 0, to: 50 }, { at: 100.8, from: 51, to: 90 }, { at: 100, from: 200, to: 250 }]);
    expect(rules.map((r) => [r.from, r.to])).toEqual([[0, 90], [200, 250]]);
    expect(rules[0].at).toBeCloseTo(100.27, 2);
  });
});

describe('findGrids', () => {
  it('cuts a boxed table into its cells, row by row', () => {
    const [grid] = findGrids(boxed([50, 150, 300], [100, 120, 140, 160]));
    expect(grid.xs).toEqual([50, 150, 300]);
    expect(grid.ys).toEqual([100, 120, 140, 160]);
    expect(grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 1, 1], [0, 1, 1, 1], [1, 0, 1, 1], [1, 1, 1, 1], [2, 0, 1, 1], [2, 1, 1, 1],
    ]);
    expect(grid.cells[3]).toMatchObject({ x0: 150, y0: 120, x1: 300, y1: 140 });
  });

  it('reads a missing inner rule as a merged cell', () => {
    // The column rule at 150 is missing in the second row: one cell across the table.
    const segs = [h(100, 50, 300), h(120, 50, 300), h(140, 50, 300), h(160, 50, 300), v(50, 100, 160), v(300, 100, 160), v(150, 100, 120), v(150, 140, 160)];
    const [grid] = findGrids(segs);
    expect(grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 1, 1], [0, 1, 1, 1], // header
      [1, 0, 1, 2], // a group row spanning the table
      [2, 0, 1, 1], [2, 1, 1, 1],
    ]);
  });

  it('reads a cell spanning rows', () => {
    const segs = [h(100, 50, 300), h(120, 150, 300), h(140, 50, 300), v(50, 100, 140), v(150, 100, 140), v(300, 100, 140)];
    const [grid] = findGrids(segs);
    expect(grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([[0, 0, 2, 1], [0, 1, 1, 1], [1, 1, 1, 1]]);
  });

  it('finds two tables apart, top first, and no table in a lone rule or box', () => {
    const grids = findGrids([...boxed([50, 100, 150], [500, 520, 540]), ...boxed([50, 100, 150], [100, 120, 140]), h(700, 50, 500), ...boxed([50, 400], [750, 790])]);
    expect(grids.map((g) => g.y0)).toEqual([100, 500]);
  });

  it('gives a lone box as a one-cell grid when frames are asked for', () => {
    const grids = findGrids([...boxed([50, 100, 150], [100, 120, 140]), ...boxed([50, 400], [750, 790])], { frames: true });
    expect(grids.map((g) => [g.y0, g.cells.length])).toEqual([[100, 4], [750, 1]]);
    expect(grids[1].cells[0]).toMatchObject({ row: 0, col: 0, rowSpan: 1, colSpan: 1, x0: 50, x1: 400, y0: 750, y1: 790 });
  });
});
