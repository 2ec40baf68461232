/**
 * Tables without rules (the "stream" method of Tabula and Camelot): columns are the gaps that
 * stay empty across consecutive lines. Read conservatively, since a wrong table loses a
 * paragraph's order: only where at least three lines in a row each break into the same three or
 * more pieces at the same places; a line between them with fewer pieces, all inside columns, is
 * the wrapped text of the row above.
 */
import type { TableBlock } from '../../model/schemas/document.ts';
import { joinRuns } from './glyphs.ts';
import type { PdfItem, PdfLine } from './types.ts';

/** A gap this wide (font sizes) between runs separates columns. */
const COLUMN_GAP = 2;
/** Pieces whose left edges are this close (font sizes) stand in one column. */
const ALIGN = 1;
const MIN_COLUMNS = 3;
const MIN_ROWS = 3;

interface Piece {
  x0: number;
  x1: number;
  runs: PdfItem[];
}

/** A line's pieces: its runs split at wide gaps. */
export function piecesOf(line: PdfLine): Piece[] {
  const out: Piece[] = [];
  for (const run of line.items) {
    const last = out[out.length - 1];
    if (last !== undefined && run.x - last.x1 < COLUMN_GAP * line.size) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else out.push({ x0: run.x, x1: run.x + run.width, runs: [run] });
  }
  return out;
}

function aligned(a: readonly Piece[], b: readonly Piece[], em: number): boolean {
  return a.length === b.length && a.every((p, i) => Math.abs(p.x0 - b[i].x0) <= ALIGN * em);
}

export interface StreamTable {
  /** Index of the table's first and last line in the lines given. */
  from: number;
  to: number;
  block: TableBlock;
}

/** The unruled tables among one page's body lines (in reading order). */
export function findStreamTables(lines: readonly PdfLine[]): StreamTable[] {
  const pieces = lines.map(piecesOf);
  const out: StreamTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const cols = pieces[i];
    if (cols.length < MIN_COLUMNS) {
      i++;
      continue;
    }
    // Rows: lines breaking at the same places; wrapped lines between them: fewer pieces, each
    // starting inside a column.
    const rows: { line: PdfLine; cells: PdfItem[][][] }[] = [{ line: lines[i], cells: cols.map((p) => [p.runs]) }];
    let j = i + 1;
    for (; j < lines.length && lines[j].page === lines[i].page; j++) {
      const p = pieces[j];
      if (aligned(p, cols, lines[j].size)) {
        rows.push({ line: lines[j], cells: p.map((q) => [q.runs]) });
        continue;
      }
      // A piece inside a column: starting after the column's left edge, ending before the next.
      const em = lines[j].size;
      const columnOf = (q: Piece): number =>
        cols.findIndex((c, k) => q.x0 >= c.x0 - ALIGN * em && (k + 1 === cols.length || q.x1 < cols[k + 1].x0 - ALIGN * em));
      if (p.length >= cols.length || p.some((q) => columnOf(q) < 0) || lines[j].y - lines[j - 1].y > 3 * lines[j].size) break;
      const row = rows[rows.length - 1];
      for (const q of p) row.cells[columnOf(q)].push(q.runs);
    }
    if (rows.length < MIN_ROWS) {
      i++;
      continue;
    }
    const toRow = (r: (typeof rows)[number]): TableBlock['rows'][number] => ({
      pos: { page: r.line.page, line: r.line.line },
      cells: r.cells.map((parts) => ({ text: parts.map((runs) => joinRuns(runs)).join(''), rowSpan: 1, colSpan: 1, pos: { page: r.line.page, line: r.line.line } })),
    });
    out.push({
      from: i,
      to: j - 1,
      block: { type: 'table', pos: { page: lines[i].page, line: lines[i].line }, caption: null, header: [], rows: rows.map(toRow) },
    });
    i = j;
  }
  return out;
}
