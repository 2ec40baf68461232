/**
 * Page tables → table blocks. A table that goes on over a page break is one table: the part at the
 * top of the next page with the same columns continues it. Its header row printed again there is
 * dropped (and listed as furniture); a first row whose first cell is empty while its other cells
 * go on with text is the row above continued, and is joined to it.
 */
import type { TableBlock } from '../../model/schemas/document.ts';
import type { FilledCell, PageTable } from './cells.ts';

/** Column boundaries closer than this (points) are the same. */
const SAME_COLUMN = 3;

export interface TableRow {
  page: number;
  cells: FilledCell[];
}

export function sameColumns(a: PageTable, b: PageTable): boolean {
  const [xa, xb] = [a.grid.xs, b.grid.xs];
  return xa.length === xb.length && xa.every((x, i) => Math.abs(x - xb[i]) <= SAME_COLUMN);
}

export function cellText(cell: FilledCell): string {
  return cell.paragraphs.join('\n');
}

function rowsOf(table: PageTable): TableRow[] {
  const rows: TableRow[] = [];
  for (const cell of table.cells) {
    const r = rows[cell.cell.row] ?? { page: table.page, cells: [] };
    r.cells.push(cell);
    rows[cell.cell.row] = r;
  }
  return rows.filter((r) => r !== undefined);
}

function rowKey(row: TableRow): string {
  return row.cells.map((c) => `${c.cell.col}:${c.cell.colSpan}:${cellText(c).replace(/\s+/g, '')}`).join('|');
}

const SENTENCE = /[。；;！？]$/;

/**
 * Whether a table's first row is its header: it is when the next page prints it again, or when
 * every cell of it is a short label (no sentence) and the table has rows under it.
 */
export function isHeaderRow(row: TableRow, rowCount: number): boolean {
  if (rowCount < 2) return false;
  return row.cells.every((c) => {
    const t = cellText(c);
    return t !== '' && t.length <= 16 && !SENTENCE.test(t) && !t.includes('\n\n');
  });
}

/**
 * Whether `row` (the first body row at the top of a page) is `above` (the last row of the page
 * before) continued: its first column is empty, and every cell it has text in sits under a cell of
 * `above` that has text (a new row would fill cells the row above left empty, or start a number).
 */
export function continuesRow(row: TableRow, above: TableRow): boolean {
  const first = row.cells.find((c) => c.cell.col === 0);
  if (first !== undefined && cellText(first) !== '') return false;
  const filled = row.cells.filter((c) => cellText(c) !== '');
  if (filled.length === 0) return false;
  if (first === undefined && !above.cells.some((c) => c.cell.col === 0)) return false;
  return filled.every((c) => above.cells.some((a) => a.cell.col === c.cell.col && a.cell.colSpan === c.cell.colSpan && cellText(a) !== ''));
}

function joinCells(above: FilledCell, below: FilledCell): FilledCell {
  const paragraphs = [...above.paragraphs];
  const [first, ...rest] = below.paragraphs;
  if (first !== undefined) {
    // The cell's text was cut by the page break mid-paragraph unless its last line ended short.
    const last = above.lines[above.lines.length - 1];
    const cutMidLine = last !== undefined && last.x1 >= above.cell.x1 - 2 * last.size;
    if (paragraphs.length > 0 && cutMidLine) paragraphs[paragraphs.length - 1] += first;
    else paragraphs.push(first);
  }
  paragraphs.push(...rest);
  return { ...above, lines: [...above.lines, ...below.lines], paragraphs };
}

export interface MergedTable {
  block: TableBlock;
  /** Header rows printed again after a page break: page, line and text. */
  repeatedHeaders: { page: number; line: number; text: string }[];
}

function pos(page: number, cell: FilledCell): { page: number; line: number } {
  return { page, line: cell.lines[0]?.line ?? cell.line };
}

/** One table block from the parts of a table on consecutive pages (a single part is the usual case). */
export function mergeTableParts(parts: readonly PageTable[], caption: string | null = null): MergedTable {
  const repeatedHeaders: MergedTable['repeatedHeaders'] = [];
  const allRows = parts.map(rowsOf);
  const firstRows = allRows[0];
  let header: TableRow[] = [];
  const headerKey = firstRows.length > 0 ? rowKey(firstRows[0]) : null;
  const repeated = allRows.slice(1).some((rows) => rows.length > 0 && rowKey(rows[0]) === headerKey);
  if (firstRows.length > 0 && (repeated || isHeaderRow(firstRows[0], firstRows.length))) header = [firstRows[0]];
  const body: TableRow[] = firstRows.slice(header.length);
  for (const rows of allRows.slice(1)) {
    let rest = rows;
    if (rest.length > 0 && header.length > 0 && rowKey(rest[0]) === headerKey) {
      const r = rest[0];
      repeatedHeaders.push({ page: r.page, line: pos(r.page, r.cells[0]).line, text: r.cells.map(cellText).join('\t') });
      rest = rest.slice(1);
    }
    const above = body[body.length - 1];
    if (rest.length > 0 && above !== undefined && continuesRow(rest[0], above)) {
      const cont = rest[0];
      const cells = above.cells.map((a) => {
        const b = cont.cells.find((c) => c.cell.col === a.cell.col);
        return b === undefined ? a : joinCells(a, b);
      });
      body[body.length - 1] = { page: above.page, cells };
      rest = rest.slice(1);
    }
    body.push(...rest);
  }
  const toRow = (r: TableRow): TableBlock['rows'][number] => ({
    pos: pos(r.page, r.cells[0]),
    cells: r.cells.map((c) => ({ text: cellText(c), rowSpan: c.cell.rowSpan, colSpan: c.cell.colSpan, pos: pos(r.page, c) })),
  });
  const first = parts[0];
  return {
    block: {
      type: 'table',
      pos: firstRows.length > 0 ? pos(first.page, firstRows[0].cells[0]) : { page: first.page },
      caption,
      header: header.map(toRow),
      rows: body.map(toRow),
    },
    repeatedHeaders,
  };
}
