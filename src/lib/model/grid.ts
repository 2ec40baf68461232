import type { Grid } from './schema.ts';

/** A grid row's cells: the pieces of each column joined in printed order (a wrapped cell rejoined). */
export function gridCells(grid: Pick<Grid, 'header'>, row: Pick<Grid['rows'][number], 'pieces'>): string[] {
  const cells = grid.header.map(() => '');
  for (const p of row.pieces) cells[p.cell] += p.text;
  return cells;
}
