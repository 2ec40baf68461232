/**
 * The document body as blocks, the way a browser lays it out: a block element (p, div, li, h1–h6 …)
 * starts and ends a paragraph, inline elements join the line they are in, `<br>` ends a printed
 * line (each line is its own paragraph block, as the page prints it), an image prints its alt text
 * where it stands, and a table is a TableBlock. Alignment comes from `align` or `text-align`,
 * inherited as CSS inherits it; h1–h6 give the heading level.
 */
import type { DocumentBlock, ParagraphBlock, TableBlock, TableCell } from '../../model/schemas/document.ts';
import { attr, BLOCK_TAGS, elementChildren, HEADING_LEVEL, isElement, isSkipped, isText, type ChildNode, type Element } from './dom.ts';
import { collapse } from './text.ts';

type Align = NonNullable<ParagraphBlock['align']>;

interface Context {
  align: Align | null;
  heading: number | null;
  pre: boolean;
}

const ALIGN_WORDS: Record<string, Align> = {
  left: 'left', start: 'left', center: 'center', middle: 'center', '-webkit-center': 'center', right: 'right', end: 'right', justify: 'justify',
};

/** The alignment an element sets for its text: CSS text-align wins over the `align` attribute, as in a browser. */
export function alignOf(el: Element): Align | null {
  const style = /(?:^|;)\s*text-align\s*:\s*([\w-]+)/i.exec(attr(el, 'style') ?? '');
  if (style) return ALIGN_WORDS[style[1].toLowerCase()] ?? null;
  if (el.tagName === 'center') return 'center';
  // A table's align attribute places the table, not its text.
  if (el.tagName === 'table') return null;
  return ALIGN_WORDS[(attr(el, 'align') ?? '').trim().toLowerCase()] ?? null;
}

/** What the walker leaves out: the portal record's cells, furniture found inside the body. */
export type Excluded = (el: Element) => boolean;

/** Collects paragraphs: inline text gathers into the open line until a block boundary or a <br> ends it. */
class Lines {
  readonly out: { text: string; ctx: Context }[] = [];
  private raw = '';
  private ctx: Context = { align: null, heading: null, pre: false };

  add(text: string, ctx: Context): void {
    // A line takes the alignment and level of the block its first printed character is in.
    if (this.raw.trim() === '') this.ctx = ctx;
    this.raw += text;
  }

  end(): void {
    const text = collapse(this.raw);
    if (text !== '') this.out.push({ text, ctx: this.ctx });
    this.raw = '';
  }
}

type Item = { kind: 'line'; text: string; ctx: Context } | { kind: 'table'; el: Element };

/** The content of `nodes` in reading order: lines of text and the tables among them. */
function items(nodes: ChildNode[], ctx: Context, excluded: Excluded): Item[] {
  const out: Item[] = [];
  const lines = new Lines();
  const endLine = () => {
    lines.end();
    for (const l of lines.out.splice(0)) out.push({ kind: 'line', ...l });
  };
  const visit = (children: ChildNode[], ctx: Context) => {
    for (const c of children) {
      if (isText(c)) {
        if (!ctx.pre) lines.add(c.value, ctx);
        else {
          // Preformatted text breaks its lines where the source does.
          c.value.split('\n').forEach((line, i) => {
            if (i > 0) endLine();
            lines.add(line, ctx);
          });
        }
        continue;
      }
      if (!isElement(c) || isSkipped(c) || excluded(c)) continue;
      const tag = c.tagName;
      if (tag === 'br') endLine();
      else if (tag === 'img') lines.add(attr(c, 'alt') ?? '', ctx);
      else if (tag === 'table') {
        endLine();
        if (isLayoutTable(c)) visit(c.childNodes, ctx);
        else out.push({ kind: 'table', el: c });
      } else if (BLOCK_TAGS.has(tag)) {
        endLine();
        visit(c.childNodes, { align: alignOf(c) ?? ctx.align, heading: HEADING_LEVEL[tag] ?? ctx.heading, pre: ctx.pre || tag === 'pre' });
        endLine();
      } else visit(c.childNodes, ctx); // text-align does nothing on an inline element
    }
  };
  visit(nodes, ctx);
  endLine();
  return out;
}

/** Rows of a table in printed order (thead, the body rows, tfoot), not those of tables nested in it. */
function rowsOf(table: Element): Element[] {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (const c of elementChildren(table)) {
    if (c.tagName === 'tr') body.push(c);
    else if (c.tagName === 'thead') head.push(...elementChildren(c).filter((r) => r.tagName === 'tr'));
    else if (c.tagName === 'tbody') body.push(...elementChildren(c).filter((r) => r.tagName === 'tr'));
    else if (c.tagName === 'tfoot') foot.push(...elementChildren(c).filter((r) => r.tagName === 'tr'));
  }
  return [...head, ...body, ...foot];
}

const cellsOf = (row: Element): Element[] => elementChildren(row).filter((c) => (c.tagName === 'td' || c.tagName === 'th') && !isSkipped(c));

/**
 * A table used to lay the page out rather than to print a table: marked so (role=presentation),
 * a single cell, or a single column one of whose cells holds several paragraphs. Its cells are
 * read as the body's own paragraphs.
 */
function isLayoutTable(table: Element): boolean {
  const role = attr(table, 'role');
  if (role === 'presentation' || role === 'none') return true;
  const rows = rowsOf(table).map(cellsOf);
  const cells = rows.flat();
  if (cells.length <= 1) return true;
  const blockChildren = (c: Element) => elementChildren(c).filter((e) => BLOCK_TAGS.has(e.tagName)).length;
  return rows.every((r) => r.length === 1) && cells.some((c) => blockChildren(c) >= 3);
}

/** A cell's text: its paragraphs and lines joined with '\n'; a table inside it gives its cells' text, row by row. */
function cellText(cell: Element, excluded: Excluded): string {
  const parts: string[] = [];
  for (const item of items(cell.childNodes, { align: null, heading: null, pre: false }, excluded)) {
    if (item.kind === 'line') parts.push(item.text);
    else for (const row of rowsOf(item.el)) for (const c of cellsOf(row)) {
      const t = cellText(c, excluded);
      if (t !== '') parts.push(t);
    }
  }
  return parts.join('\n');
}

const span = (el: Element, name: string, max: number): number => {
  const n = Number.parseInt(attr(el, name) ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
};

/** Words that head a column in Chinese official tables: a first row made of such short words is a header. */
const HEADER_WORD = /序号|编号|指标|单位|部门|名称|项目|内容|任务|措施|事项|时限|时间|节点|目标|基期|属性|类别|类型|备注|牵头|责任|配合|参与|协同|金额|数量|标准|年份|分工|领域|主体|依据|方式/u;

/** Short, not a sentence, not a figure (1, 60, 90%): a column head; a row of them with one header word is a header. */
function looksLikeHeader(texts: string[]): boolean {
  const head = (t: string) => t !== '' && [...t].length <= 12 && !/[。；;，,！？]/u.test(t) && !/^[\d.%‰＋+\-－\s]+$/u.test(t);
  return texts.length > 1 && texts.every(head) && texts.some((t) => HEADER_WORD.test(t));
}

function readTable(table: Element, block: number, excluded: Excluded): TableBlock | null {
  const trs = rowsOf(table);
  const rows = trs.map((tr, r) => {
    const remaining = trs.length - r;
    const cells: TableCell[] = cellsOf(tr).map((td, c) => ({
      text: cellText(td, excluded),
      rowSpan: span(td, 'rowspan', remaining),
      colSpan: span(td, 'colspan', 1000),
      pos: { block, row: r, cell: c },
    }));
    return { cells, pos: { block, row: r }, el: tr };
  });
  if (rows.every((r) => r.cells.every((c) => c.text === ''))) return null;
  const caption = elementChildren(table).find((c) => c.tagName === 'caption');
  // Header rows: <thead>'s rows; else the leading rows of <th> cells; else a first row of header words.
  let headerCount = trs.filter((tr) => tr.parentNode !== null && isElement(tr.parentNode) && tr.parentNode.tagName === 'thead').length;
  if (headerCount === 0) {
    while (headerCount < rows.length - 1 && cellsOf(trs[headerCount]).length > 0 && cellsOf(trs[headerCount]).every((c) => c.tagName === 'th')) headerCount++;
  }
  if (headerCount === 0 && rows.length > 1 && looksLikeHeader(rows[0].cells.map((c) => c.text))) headerCount = 1;
  // A header cell spanning rows down carries the header over those rows (two-level column heads).
  if (headerCount > 0) {
    const reach = Math.max(...rows.slice(0, headerCount).flatMap((r, i) => r.cells.map((c) => i + c.rowSpan)));
    headerCount = Math.max(headerCount, Math.min(reach, rows.length - 1));
  }
  const strip = ({ cells, pos }: (typeof rows)[number]) => ({ cells, pos });
  return {
    type: 'table',
    pos: { block },
    caption: caption ? collapse(cellText(caption, excluded).replace(/\n/g, ' ')) || null : null,
    header: rows.slice(0, headerCount).map(strip),
    rows: rows.slice(headerCount).map(strip),
  };
}

/** The blocks of a body's nodes, numbered in reading order from `first`. */
export function readBlocks(nodes: ChildNode[], ctx: Context, excluded: Excluded, first = 0): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const item of items(nodes, ctx, excluded)) {
    const block = first + blocks.length;
    if (item.kind === 'line') {
      blocks.push({ type: 'paragraph', text: item.text, pos: { block }, numbering: null, headingLevel: item.ctx.heading, align: item.ctx.align });
    } else {
      const table = readTable(item.el, block, excluded);
      if (table !== null) blocks.push(table);
    }
  }
  return blocks;
}

export type { Context };
