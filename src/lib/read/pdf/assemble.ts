/**
 * A PDF's pages, as positioned text runs and ruling segments, → the read document: tables found
 * from their rules, the rest read as lines, furniture set apart, lines joined into paragraphs
 * across page breaks, each block at its page and line. Pure: the PDF library stays in ../pdf.ts.
 */
import type { DocumentBlock, Furniture, ReadDocument, ReaderRepair, TableBlock } from '../../model/schemas/document.ts';
import { fillGrid, readCells, type PageTable } from './cells.ts';
import { findFurniture, type FurnitureKind } from './furniture.ts';
import { itemsToLines, lineNumberer } from './glyphs.ts';
import { findGrids } from './grid.ts';
import { repairLookalikes } from './lookalikes.ts';
import { linesToParagraphs, measureLayout } from './paragraphs.ts';
import { findStreamTables } from './stream.ts';
import { mergeTableParts, sameColumns } from './tables.ts';
import type { PdfItem, PdfLine, Segment } from './types.ts';

export interface PageContent {
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
  segments: Segment[];
}

type Element =
  | { kind: 'line'; y: number; line: PdfLine }
  | { kind: 'table'; y: number; table: PageTable }
  | { kind: 'stream'; y: number; block: TableBlock };

/** Reads lookalike characters in each run as the ordinary ones, listing each repair at its line. */
function repairRuns(page: PageContent, lineOf: (y: number) => number, repairs: ReaderRepair[]): PdfItem[] {
  return page.items.map((item) => {
    const r = repairLookalikes(item.str);
    if (r.repairs.length === 0) return item;
    for (const rep of r.repairs) repairs.push({ pos: { page: page.page, line: lineOf(item.y) }, before: rep.before, after: rep.after, reason: rep.reason });
    return { ...item, str: r.text };
  });
}

export function assemble(pages: readonly PageContent[]): Omit<ReadDocument, 'format'> {
  const repairs: ReaderRepair[] = [];
  const furniture: Furniture[] = [];
  const filled = pages.map((page) => {
    const lineOf = lineNumberer(page.items);
    const items = repairRuns(page, lineOf, repairs);
    const tables: PageTable[] = [];
    // Ruled boxes with text in fewer than two cells: frames around text, unless one continues a
    // table the page before ended with (continuedTables).
    const frames: { table: PageTable; used: Set<PdfItem> }[] = [];
    const used = new Set<PdfItem>();
    for (const grid of findGrids(page.segments, { frames: true })) {
      const f = fillGrid(grid, items.filter((i) => !used.has(i)), page.page, lineOf);
      if (f.table.cells.filter((c) => c.lines.length > 0).length < 2) {
        frames.push(f);
        continue;
      }
      tables.push(f.table);
      for (const i of f.used) used.add(i);
    }
    return { page, lineOf, items, tables, frames, used };
  });
  continuedTables(filled);
  const perPage = filled.map(({ page, lineOf, items, tables, used }) => {
    const lines = itemsToLines(items.filter((i) => !used.has(i)), page.page, lineOf);
    return { page: page.page, height: page.height, lines, tables: tables.sort((a, b) => a.grid.y0 - b.grid.y0) };
  });

  const furnitureOf = findFurniture(perPage);
  const elements: Element[] = [];
  for (const p of perPage) {
    const onPage: Element[] = [];
    const body: PdfLine[] = [];
    for (const line of p.lines) {
      const kind = furnitureOf.get(line);
      if (kind !== undefined) furniture.push(furnitureEntry(kind, line));
      else body.push(line);
    }
    // Unruled tables among the lines of the page: their lines are the table's, not paragraphs.
    const streams = findStreamTables(body);
    const inStream = new Set(streams.flatMap((t) => body.slice(t.from, t.to + 1)));
    for (const t of streams) onPage.push({ kind: 'stream', y: body[t.from].y, block: t.block });
    for (const line of body) if (!inStream.has(line)) onPage.push({ kind: 'line', y: line.y, line });
    for (const table of p.tables) onPage.push({ kind: 'table', y: table.grid.y0, table });
    onPage.sort((a, b) => a.y - b.y);
    elements.push(...onPage);
  }

  const layout = measureLayout(elements.flatMap((e) => (e.kind === 'line' ? [e.line] : [])));
  const blocks: DocumentBlock[] = [];
  let run: PdfLine[] = [];
  const flush = (): void => {
    for (const p of linesToParagraphs(run, layout)) {
      blocks.push({ type: 'paragraph', text: p.text, pos: { page: p.lines[0].page, line: p.lines[0].line }, numbering: null, headingLevel: null, align: p.align });
    }
    run = [];
  };
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e.kind === 'line') {
      run.push(e.line);
      continue;
    }
    flush();
    if (e.kind === 'stream') {
      blocks.push(e.block);
      continue;
    }
    // The parts of one table on consecutive pages, with nothing but furniture between them.
    const parts = [e.table];
    while (i + 1 < elements.length) {
      const next = elements[i + 1];
      const last = parts[parts.length - 1];
      if (next.kind !== 'table' || next.table.page !== last.page + 1 || !sameColumns(last, next.table)) break;
      parts.push(next.table);
      i++;
    }
    const merged = mergeTableParts(parts.map((t) => readCells(t)));
    blocks.push(merged.block);
    for (const h of merged.repeatedHeaders) furniture.push({ kind: 'repeated-header', text: h.text, pos: { page: h.page, line: h.line } });
  }
  flush();
  furniture.sort((a, b) => (a.pos.page ?? 0) - (b.pos.page ?? 0) || (a.pos.line ?? 0) - (b.pos.line ?? 0));
  return { blocks, furniture, record: null, repairs, pages: pages.length };
}

/** The share of a page's height at its top and foot where running heads and page numbers print. */
const MARGIN = 0.12;

/**
 * The part of a table a page break carried to the next page: a frame at the top of a page, under
 * nothing but its running head, with the columns of the table that ends the page before, under
 * which nothing but its page number is printed. A one-column table (a 专栏 box) or a last row cut
 * by the break leaves one cell there, which alone reads as a frame. Such a frame becomes a table,
 * which the assembly then joins to the one before.
 */
function continuedTables(pages: { page: PageContent; items: PdfItem[]; tables: PageTable[]; frames: { table: PageTable; used: Set<PdfItem> }[]; used: Set<PdfItem> }[]): void {
  for (let k = 1; k < pages.length; k++) {
    const before = pages[k - 1];
    const here = pages[k];
    const last = before.tables.reduce<PageTable | null>((a, t) => (a === null || t.grid.y1 > a.grid.y1 ? t : a), null);
    const frame = here.frames.reduce<(typeof here.frames)[number] | null>((a, f) => (a === null || f.table.grid.y0 < a.table.grid.y0 ? f : a), null);
    if (last === null || frame === null || !sameColumns(last, frame.table)) continue;
    if (here.tables.some((t) => t.grid.y0 < frame.table.grid.y0)) continue;
    const textAbove = here.items.some((i) => !frame.used.has(i) && i.str.trim() !== '' && i.y < frame.table.grid.y0 && i.y > here.page.height * MARGIN);
    const textBelow = before.items.some((i) => !before.used.has(i) && i.str.trim() !== '' && i.y > last.grid.y1 && i.y < before.page.height * (1 - MARGIN));
    if (textAbove || textBelow) continue;
    here.tables.push(frame.table);
    for (const i of frame.used) here.used.add(i);
  }
}

function furnitureEntry(kind: FurnitureKind, line: PdfLine): Furniture {
  return { kind, text: line.text, pos: { page: line.page, line: line.line } };
}
