/**
 * The document's blocks as the lines the converter's passes read. A text file is its lines. Any
 * other format is laid out the way a portal's text copy prints it: one block a line with a blank
 * line between blocks, and a table one row a line, its cells separated by tabs (a cell covered by
 * another's row or column span is an empty cell, as a text table prints it). Each line keeps the
 * position of the block, row or cell it came from, so messages and the reading report name the
 * place in the file as published.
 */
import type { DocumentBlock, ReadDocument, SourcePosition, TableBlock } from '../model/schemas/document.ts';
import type { SourceLine, TableRowRef } from './read.ts';
import { BOX_START } from './patterns.ts';

export interface DocumentLines {
  lines: SourceLine[];
  /** The position in the published file of each line (index = line − 1); null for a text file, whose lines are its own. */
  positions: SourcePosition[] | null;
}

const CJK_OR_PUNCT = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * A cell's text on one line: its own line breaks (wrapped or several paragraphs) join without a
 * space between Chinese characters and with one between Latin words; a tab inside a cell would be
 * read as a column break, so it prints as a space.
 */
export function cellLine(text: string): string {
  const parts = text.split(/\r\n|\r|\n/).map((p) => p.trim()).filter((p) => p !== '');
  let out = '';
  for (const p of parts) {
    if (out !== '' && !(CJK_OR_PUNCT.test(out[out.length - 1]) || CJK_OR_PUNCT.test(p[0]))) out += ' ';
    out += p;
  }
  return out.replace(/\t/g, ' ');
}

/** The rows of a table as grids of cell texts, every span expanded: the covered places are ''. */
export function tableGrid(table: TableBlock): { header: string[][]; rows: string[][]; positions: SourcePosition[]; covered: number[][]; continued: number[][] } {
  const all = [...table.header, ...table.rows];
  const grid: (string | null)[][] = all.map(() => []);
  const covered: number[][] = all.map(() => []);
  const continued: number[][] = all.map(() => []);
  all.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c] !== undefined && grid[r][c] !== null) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < all.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cellLine(cell.text) : '';
          if (dr > 0) covered[r + dr].push(c + dc);
          if (dc > 0) continued[r + dr].push(c + dc);
        }
      }
      c += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  const rows = grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? ''));
  return { header: rows.slice(0, table.header.length), rows: rows.slice(table.header.length), positions: all.map((r) => r.pos), covered, continued };
}

type Laid = { text: string; pos: SourcePosition; table?: TableRowRef; box?: number };

/** One cell alone in a row, spanning the table (or in a table of one column). */
const alone = (row: TableBlock['rows'][number], width: number) => row.cells.length === 1 && row.cells[0].colSpan >= width;

/**
 * A 专栏 printed as a table, as word processors lay a 规划's boxes out: its title in the table's
 * caption or in a first row of one cell alone (专栏1 …), then the box's contents. Laid out as a
 * text copy prints a box: the title line, each paragraph of a one-cell row as a line of its own,
 * rows of several cells (its indicators, a list of projects) as a table's rows. Every line carries
 * the table's index, which ends the box where the table ends.
 */
function boxLines(block: TableBlock, index: number, { header, rows, positions }: ReturnType<typeof tableGrid>): Laid[] | null {
  const printed = [...block.header, ...block.rows];
  const grid = [...header, ...rows];
  const width = grid[0]?.length ?? 0;
  const caption = block.caption === null ? '' : cellLine(block.caption);
  const captioned = BOX_START.test(caption);
  const titled = !captioned && block.caption === null && printed.length >= 2 && alone(printed[0], width) && BOX_START.test(grid[0][0]);
  if (!captioned && !titled) return null;
  const out: Laid[] = [{ text: captioned ? caption : grid[0][0], pos: captioned ? block.pos : positions[0], box: index }];
  printed.forEach((row, i) => {
    if (titled && i === 0) return;
    if (alone(row, width)) {
      for (const text of row.cells[0].text.split(/\r\n|\r|\n/).filter((t) => t.trim() !== '')) {
        out.push({ text: '', pos: positions[i], box: index }, { text: text.replace(/\t/g, ' '), pos: positions[i], box: index });
      }
    } else {
      if (!out[out.length - 1].table) out.push({ text: '', pos: positions[i], box: index });
      out.push({ text: grid[i].join('\t'), pos: positions[i], table: { index, header: i < header.length, group: false }, box: index });
    }
  });
  return out;
}

function blockLines(block: DocumentBlock, index: number): Laid[] {
  if (block.type === 'paragraph') return block.text.split(/\r\n|\r|\n/).map((text) => ({ text, pos: block.pos }));
  const laid = tableGrid(block);
  const box = boxLines(block, index, laid);
  if (box) return box;
  const { header, rows, positions, covered, continued } = laid;
  const out: Laid[] = [];
  if (block.caption) out.push({ text: cellLine(block.caption), pos: block.pos });
  const printed = [...block.header, ...block.rows];
  [...header, ...rows].forEach((cells, i) => {
    // A group row, one cell spanning the whole table (一、××方面), prints as that cell alone.
    const group = cells.length > 1 && alone(printed[i], cells.length);
    out.push({ text: group ? cells[0] : cells.join('\t'), pos: positions[i], table: { index, header: i < header.length, group, ...(covered[i].length > 0 ? { covered: covered[i] } : {}), ...(continued[i].length > 0 ? { continued: continued[i] } : {}) } });
  });
  return out;
}

export function documentLines(doc: ReadDocument): DocumentLines {
  if (doc.format === 'text') {
    return { lines: doc.blocks.map((b, i) => ({ line: b.pos.line ?? i + 1, text: b.type === 'paragraph' ? b.text : '' })), positions: null };
  }
  const lines: SourceLine[] = [];
  const positions: SourcePosition[] = [];
  const push = (l: Laid) => {
    lines.push({ line: lines.length + 1, text: l.text, ...(l.table ? { table: l.table } : {}), ...(l.box !== undefined ? { box: l.box } : {}) });
    positions.push(l.pos);
  };
  doc.blocks.forEach((block, i) => {
    if (i > 0) push({ text: '', pos: block.pos });
    for (const l of blockLines(block, i)) push(l);
  });
  return { lines, positions };
}
