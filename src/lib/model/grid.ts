import type { Grid } from './schema.ts';

/** A grid row's cells: the pieces of each column joined in printed order (a wrapped cell rejoined). */
export function gridCells(grid: Pick<Grid, 'header'>, row: Pick<Grid['rows'][number], 'pieces'>): string[] {
  const cells = grid.header.map(() => '');
  for (const p of row.pieces) cells[p.cell] += p.text;
  return cells;
}

/**
 * A grid row's cells as a reader sees them: a place covered by a merged cell above (one 牵头单位
 * printed for several rows) shows that cell's text, marked `merged`.
 */
export function gridCellsShown(grid: Pick<Grid, 'header' | 'rows'>, row: Grid['rows'][number]): { text: string; merged: boolean }[] {
  const cells = gridCells(grid, row).map((text) => ({ text, merged: false }));
  for (const m of row.merged ?? []) {
    const from = grid.rows.find((r) => r.id === m.from);
    if (from !== undefined && cells[m.cell].text === '') cells[m.cell] = { text: gridCells(grid, from)[m.cell], merged: true };
  }
  return cells;
}
