/**
 * Text runs → the cells of a ruled table: each run goes to the cell that holds its centre, and a
 * cell's runs are read as lines and paragraphs within the cell's own margins, so its wrapped lines
 * join in reading order and its separate paragraphs stay separate (joined with '\n').
 */
import { itemsToLines } from './glyphs.ts';
import type { Grid, GridCell } from './grid.ts';
import { HEADING, joinLines, ranOn } from './paragraphs.ts';
import type { PdfItem, PdfLine } from './types.ts';

export interface FilledCell {
  cell: GridCell;
  lines: PdfLine[];
  /** The cell's paragraphs, in reading order. */
  paragraphs: string[];
  /** The page line the cell starts at (the nearest baseline when it holds no text). */
  line: number;
}

export interface PageTable {
  page: number;
  grid: Grid;
  cells: FilledCell[];
}

/** The point a run is placed by: its horizontal middle, half a font size above its baseline. */
export function centreOf(item: PdfItem): { x: number; y: number } {
  return { x: item.x + item.width / 2, y: item.y - item.size * 0.35 };
}

function holds(cell: GridCell, p: { x: number; y: number }): boolean {
  return p.x >= cell.x0 && p.x <= cell.x1 && p.y >= cell.y0 && p.y <= cell.y1;
}

/**
 * The paragraphs of one cell's lines. A cell's text is set ragged or centred in a narrow box whose
 * padding the PDF does not state, so the room a line leaves is measured against the widest line
 * of its column (`columnWidth`): a line is full when the next line's start would not have fitted
 * in that room. A narrower line ends its paragraph, as does one stretched over the width before a
 * manual break; a heading number starts one.
 */
export function cellParagraphs(lines: readonly PdfLine[], columnWidth: number): string[] {
  const out: string[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const full = (l: PdfLine, next: PdfLine | undefined): boolean => {
      if (next === undefined) return columnWidth - (l.x1 - l.x0) <= 0.25 * l.size;
      return ranOn(l, next, l.x0 + columnWidth);
    };
    const text = line.text;
    const breaks =
      prev === undefined || !full(prev, line) || Math.abs(prev.size - line.size) > 0.15 * line.size || HEADING.test(line.text);
    if (breaks) out.push([text]);
    else out[out.length - 1].push(text);
  });
  return out.map((p) => joinLines(p));
}

/** Reads each cell's lines into paragraphs, measuring fullness against the widest line of the cell's column. */
export function readCells(table: PageTable): PageTable {
  const widths = new Map<string, number>();
  const key = (c: FilledCell): string => `${c.cell.col}/${c.cell.colSpan}`;
  for (const c of table.cells) for (const l of c.lines) widths.set(key(c), Math.max(widths.get(key(c)) ?? 0, l.x1 - l.x0));
  return { ...table, cells: table.cells.map((c) => ({ ...c, paragraphs: cellParagraphs(c.lines, widths.get(key(c)) ?? 0) })) };
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * A run cut in two at `x`. PDF.js gives a run's width, not its glyphs' places, so each character's
 * advance is estimated (a wide character one em, any other half) and scaled to the run's width; a
 * space within two characters of the cut is where the cut falls (a word processor's gap between
 * two cells often reads as one).
 */
export function splitRun(item: PdfItem, x: number): [PdfItem, PdfItem] | null {
  const chars = [...item.str];
  const weights = chars.map((ch) => (WIDE.test(ch) ? 1 : 0.5));
  const total = weights.reduce((a, b) => a + b, 0);
  if (chars.length < 2 || total === 0) return null;
  const unit = item.width / total;
  let k = 0;
  let at = item.x;
  while (k < chars.length && at + weights[k] * unit / 2 <= x) at += weights[k++] * unit;
  for (const d of [0, -1, 1, -2, 2]) {
    if (chars[k + d] === ' ' || chars[k + d - 1] === ' ') {
      k += d;
      break;
    }
  }
  if (k <= 0 || k >= chars.length) return null;
  const leftWidth = weights.slice(0, k).reduce((a, b) => a + b, 0) * unit;
  return [
    { ...item, str: chars.slice(0, k).join(''), width: leftWidth },
    { ...item, str: chars.slice(k).join(''), x: item.x + leftWidth, width: item.width - leftWidth },
  ];
}

/**
 * Runs that cross a cell's right edge cut at that edge: PDF.js joins text that sits close on one
 * baseline into one run, across a table's rules too (单位 and 基期值 in adjacent narrow cells), and a
 * run goes to one cell only.
 */
export function splitAtCells(grid: Grid, items: readonly PdfItem[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const item of items) {
    let rest: PdfItem | null = item;
    while (rest !== null) {
      const y: number = rest.y - rest.size * 0.35;
      const start: { x: number; y: number } = { x: rest.x + Math.min(rest.size, rest.width) / 2, y };
      const cell: GridCell | undefined = grid.cells.find((cl) => holds(cl, start));
      const pieces: [PdfItem, PdfItem] | null = cell !== undefined && rest.x + rest.width > cell.x1 + 0.3 * rest.size ? splitRun(rest, cell.x1) : null;
      if (pieces === null) {
        out.push(rest);
        rest = null;
      } else {
        out.push(pieces[0]);
        rest = pieces[1];
      }
    }
  }
  return out;
}

/** Places the runs of a page in the grid's cells (lines only: `readCells` reads them); returns the table and the runs it took. */
export function fillGrid(
  grid: Grid,
  items: readonly PdfItem[],
  page: number,
  lineOf: (y: number) => number,
): { table: PageTable; used: Set<PdfItem> } {
  const used = new Set<PdfItem>();
  const byCell = new Map<GridCell, PdfItem[]>();
  for (const item of items) {
    for (const piece of splitAtCells(grid, [item])) {
      const c = centreOf(piece);
      const cell = grid.cells.find((cl) => holds(cl, c));
      if (cell === undefined) continue;
      used.add(item);
      const list = byCell.get(cell) ?? [];
      list.push(piece);
      byCell.set(cell, list);
    }
  }
  const cells = grid.cells.map((cell) => {
    const lines = itemsToLines(byCell.get(cell) ?? [], page, lineOf);
    return { cell, lines, paragraphs: [], line: lines[0]?.line ?? lineOf((cell.y0 + cell.y1) / 2) };
  });
  return { table: { page, grid, cells }, used };
}
