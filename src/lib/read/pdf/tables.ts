/**
 * Page tables → table blocks. A table that goes on over a page break is one table: the part at the
 * top of the next page with the same columns continues it. Its header row printed again there is
 * dropped (and listed as furniture); a first row whose first cell is empty while its other cells
 * go on with text is the row above continued, and is joined to it.
 */
import type { TableBlock } from '../../model/schemas/document.ts';
import type { FilledCell, PageTable } from './cells.ts';
import { ranOn } from './paragraphs.ts';

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

/** A header's words: short, and no sentence. */
const isLabel = (t: string): boolean => t.length <= 16 && !SENTENCE.test(t);

/**
 * Whether a table's first row is its header: it is when the next page prints it again, or when
 * every cell of it is a short label (no sentence) and the table has rows under it.
 */
export function isHeaderRow(row: TableRow, rowCount: number): boolean {
  if (rowCount < 2) return false;
  return row.cells.every((c) => {
    const t = cellText(c);
    return t !== '' && isLabel(t) && !t.includes('\n\n');
  });
}

/** A cell of the merged table: its span grows when a merged cell goes on over a page break. */
interface Cell {
  filled: FilledCell;
  rowSpan: number;
}

interface Row {
  page: number;
  line: number;
  cells: Cell[];
}

/** The page line a row starts at: its first cell's. */
function rowLine(r: TableRow): number {
  return r.cells.length > 0 ? pos(r.page, r.cells[0]).line : 1;
}

function isEmpty(c: Cell): boolean {
  return cellText(c.filled) === '';
}

/** Whether a cell's text ran on to the end of its box (it may go on over the page break). */
function endsFull(c: FilledCell): boolean {
  const last = c.lines[c.lines.length - 1];
  return last !== undefined && c.cell.x1 - last.x1 < 2 * last.size;
}

/**
 * Whether `above`'s text went on in `below`: what starts `below` would not have fitted after the
 * last line of `above` (the right padding taken as the left one, which the first line shows).
 */
function ranOnto(above: FilledCell, below: FilledCell): boolean {
  const last = above.lines[above.lines.length - 1];
  const next = below.lines[0];
  if (last === undefined || next === undefined) return false;
  const padding = Math.max(0, Math.min(...above.lines.map((l) => l.x0)) - above.cell.x0);
  return ranOn(last, next, above.cell.x1 - padding);
}

/**
 * Whether `row` (the first body row at the top of a page) is `above` (the last row of the page
 * before) continued: its first column is empty, every cell it has text in sits under a cell of
 * `above` with text, fewer of its cells have text than of `above` (only the long cells run on;
 * a new row fills its cells again), and every cell it has text in goes on from a cell of `above`
 * that ran on to the end of its box or had no room left for what it starts with (a short value
 * such as 15 is never continued by 54.1 under it: that is a new row).
 */
export function continuesRow(row: readonly FilledCell[], above: readonly FilledCell[]): boolean {
  const first = row.find((c) => c.cell.col === 0);
  if (first !== undefined && cellText(first) !== '') return false;
  const filled = row.filter((c) => cellText(c) !== '');
  const aboveFilled = above.filter((c) => cellText(c) !== '');
  if (filled.length === 0 || filled.length >= aboveFilled.length) return false;
  const under = filled.map((c) => aboveFilled.find((a) => a.cell.col === c.cell.col && a.cell.colSpan === c.cell.colSpan));
  return under.every((a, i) => a !== undefined && (endsFull(a) || ranOnto(a, filled[i])));
}

function joinCells(above: FilledCell, below: FilledCell): FilledCell {
  const paragraphs = [...above.paragraphs];
  const [first, ...rest] = below.paragraphs;
  if (first !== undefined) {
    // The cell's text was cut by the page break mid-paragraph when its last line ran on.
    if (paragraphs.length > 0 && (endsFull(above) || ranOnto(above, below))) paragraphs[paragraphs.length - 1] += first;
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

/**
 * One table block from the parts of a table on consecutive pages (a single part is the usual
 * case). A merged cell cut by the page break goes on as an empty cell at the top of the next
 * page: it is the same cell, its span grown.
 */
export function mergeTableParts(parts: readonly PageTable[], caption: string | null = null): MergedTable {
  const repeatedHeaders: MergedTable['repeatedHeaders'] = [];
  const allRows = parts.map(rowsOf);
  const firstRows = allRows[0];
  const headerKey = firstRows.length > 0 ? rowKey(firstRows[0]) : null;
  const repeated = allRows.slice(1).some((rows) => rows.length > 0 && rowKey(rows[0]) === headerKey);
  const isHeader = firstRows.length > 0 && (repeated || isHeaderRow(firstRows[0], firstRows.length));
  // A header of two levels (责任单位 over 牵头单位 | 配合单位): its cells that span down say how many
  // rows it takes, when the rows under them are labels too.
  const depth = isHeader ? Math.max(...firstRows[0].cells.map((c) => c.cell.rowSpan)) : 0;
  const levels = depth > 1 && depth < firstRows.length && firstRows.slice(1, depth).every((r) => r.cells.every((c) => isLabel(cellText(c)))) ? depth : 1;
  const header: TableRow[] = isHeader ? firstRows.slice(0, levels) : [];
  const body: Row[] = [];
  /** Cells whose span reaches the last row of `body`, by column. */
  let open = new Map<number, Cell>();
  const append = (rows: readonly TableRow[]): void => {
    for (const r of rows) body.push({ page: r.page, line: rowLine(r), cells: r.cells.map((filled) => ({ filled, rowSpan: filled.cell.rowSpan })) });
    open = new Map();
    body.forEach((r, i) => {
      for (const c of r.cells) if (i + c.rowSpan >= body.length) open.set(c.filled.cell.col, c);
    });
  };
  append(firstRows.slice(header.length));
  for (const rows of allRows.slice(1)) {
    let rest = rows;
    if (rest.length > 0 && header.length > 0 && rowKey(rest[0]) === headerKey) {
      // Every level of the header, printed again.
      let k = 0;
      while (k < header.length && k < rest.length && rowKey(rest[k]) === rowKey(header[k])) {
        const r = rest[k++];
        repeatedHeaders.push({ page: r.page, line: pos(r.page, r.cells[0]).line, text: r.cells.map(cellText).join('\t') });
      }
      rest = rest.slice(k);
    }
    const last = body[body.length - 1];
    if (rest.length > 0 && last !== undefined && continuesRow(rest[0].cells, last.cells.map((c) => c.filled))) {
      // The row goes on: each cell's text joins the cell above it, whose span covers what the
      // continued cell spans on this page beyond its first row.
      for (const b of rest[0].cells) {
        const a = open.get(b.cell.col);
        if (a === undefined) continue;
        if (cellText(b) !== '') a.filled = joinCells(a.filled, b);
        a.rowSpan += b.cell.rowSpan - 1;
      }
      rest = rest.slice(1);
    }
    if (rest.length > 0) {
      // A merged cell cut by the page break: an empty cell under a cell that reached the break.
      const top = rest[0];
      const kept = top.cells.filter((c) => {
        const a = open.get(c.cell.col);
        const spans = a !== undefined && a.filled.cell.colSpan === c.cell.colSpan && (a.rowSpan > 1 || c.cell.rowSpan > 1);
        if (!spans || cellText(c) !== '') return true;
        a.rowSpan += c.cell.rowSpan;
        return false;
      });
      append([{ page: top.page, cells: kept }, ...rest.slice(1)]);
    }
  }
  const toRow = (r: Row): TableBlock['rows'][number] => ({
    pos: { page: r.page, line: r.line },
    cells: r.cells.map((c) => ({ text: cellText(c.filled), rowSpan: c.rowSpan, colSpan: c.filled.cell.colSpan, pos: pos(r.page, c.filled) })),
  });
  const headerRows: Row[] = header.map((r) => ({ page: r.page, line: rowLine(r), cells: r.cells.map((filled) => ({ filled, rowSpan: filled.cell.rowSpan })) }));
  const first = parts[0];
  return {
    block: {
      type: 'table',
      pos: firstRows.length > 0 ? pos(first.page, firstRows[0].cells[0]) : { page: first.page },
      caption,
      header: headerRows.map(toRow),
      rows: body.map(toRow),
    },
    repeatedHeaders,
  };
}
