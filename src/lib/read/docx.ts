/**
 * The Word (.docx) reader: a Word file's text as blocks, the way the document prints.
 *
 * - Paragraphs in body order (inside content controls, inserted revisions and text boxes too);
 *   a line break (w:br, w:cr) starts a new block, as the printed line does. Deleted revisions
 *   and field instructions are not printed, so not read; a field reads as its shown result.
 * - Automatic list numbers, which Word keeps outside the text, are printed in front of it
 *   (`numbering` names those characters).
 * - Tables as tables: merged cells as spans, repeated header rows as the header.
 * - Headers and footers are furniture; footnotes and endnotes follow the body, each starting
 *   with its number, as a printed page sets them below the text.
 *
 * Pure and synchronous: bytes in, a ReadDocument out, or a ReadError where reading on would lose
 * text (see docx-archive.ts).
 */
import type { Document, Element } from '@xmldom/xmldom';
import { ReadError } from '../model/errors.ts';
import type { DocumentBlock, Furniture, ParagraphBlock, ReadDocument, TableBlock, TableCell } from '../model/schemas/document.ts';
import { mainPartName, openDocx, parseXml } from './docx-archive.ts';
import { formatNumber, symbolChar } from './docx-numbers.ts';
import { ListCounters, parseNumbering } from './docx-numbering.ts';
import { paragraphProps, parseStyles, type Styles } from './docx-styles.ts';
import {
  alternateBranch,
  elementChildren,
  isW,
  MATH_NS,
  MC_NS,
  wAttr,
  wChild,
  wChildren,
  wFlag,
  wInt,
  wVal,
} from './docx-xml.ts';

type NoteKind = 'footnote' | 'endnote';

/** A field (PAGE, HYPERLINK, TOC …) open in a story: its instruction is being read until w:fldChar separate, its result after. */
interface Field {
  instruction: string;
  showing: boolean;
}

interface Notes {
  format: string;
  start: number;
  /** Note id → its printed mark, in order of first reference. */
  marks: Map<string, string>;
}

interface Context {
  styles: Styles;
  lists: ListCounters;
  notes: Record<NoteKind, Notes>;
  /** The mark of the note being read (what its w:footnoteRef prints). */
  currentNoteMark: string;
}

/** One paragraph as read: its printed lines, the paragraphs of its text boxes, and whether it shows a page number. */
interface ReadParagraph {
  lines: string[];
  numbering: string | null;
  headingLevel: number | null;
  align: ParagraphBlock['align'];
  boxes: ReadParagraph[];
  pageField: boolean;
}

/** A story's running state: fields may open in one paragraph and close in another (a table of contents). */
interface Story {
  fields: Field[];
}

class Line {
  lines: string[] = [''];
  boxes: ReadParagraph[] = [];
  pageField = false;
  private readonly story: Story;

  constructor(story: Story) {
    this.story = story;
  }

  /** Text that prints: none while any open field is still in its instruction. */
  text(s: string): void {
    if (this.story.fields.every((f) => f.showing)) this.lines[this.lines.length - 1] += s;
  }

  lineBreak(): void {
    if (this.story.fields.every((f) => f.showing)) this.lines.push('');
  }
}

const PAGE_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/i;

/**
 * Elements not to look into for text: deleted revisions (their runs hold w:delText, but a deleted
 * text box or field result holds w:t) and paragraph properties (their tab stops are w:tab, which
 * in a run is a tab character). Other property elements hold no text elements at all.
 */
const SKIPPED = new Set(['del', 'moveFrom', 'pPr']);

function noteMark(ctx: Context, kind: NoteKind, id: string): string {
  const notes = ctx.notes[kind];
  let mark = notes.marks.get(id);
  if (mark === undefined) {
    mark = formatNumber(notes.start + notes.marks.size, notes.format);
    notes.marks.set(id, mark);
  }
  return mark;
}

/** Everything inside a paragraph: runs and whatever wraps them (links, content controls, insertions, fields, math). */
function readInline(el: Element, out: Line, ctx: Context, story: Story): void {
  for (const child of elementChildren(el)) {
    const ns = child.namespaceURI ?? '';
    const name = child.localName ?? '';
    if (ns === MC_NS) {
      if (name === 'AlternateContent') {
        const branch = alternateBranch(child);
        if (branch !== null) readInline(branch, out, ctx, story);
      }
      continue;
    }
    if (MATH_NS.has(ns)) {
      if (name === 't') out.text(child.textContent ?? '');
      else readInline(child, out, ctx, story);
      continue;
    }
    if (!isW(child, name)) {
      readInline(child, out, ctx, story); // drawings, VML shapes: they may hold a text box
      continue;
    }
    if (SKIPPED.has(name)) continue;
    switch (name) {
      case 't':
        out.text(child.textContent ?? '');
        break;
      case 'tab':
      case 'ptab':
        out.text('\t');
        break;
      case 'br':
      case 'cr':
        out.lineBreak();
        break;
      case 'noBreakHyphen':
        out.text('\u2011');
        break;
      case 'softHyphen':
        break; // printed only where the line happens to break
      case 'sym': {
        const code = Number.parseInt(wAttr(child, 'char') ?? '', 16);
        if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) out.text(symbolChar(String.fromCodePoint(code), wAttr(child, 'font')));
        break;
      }
      case 'fldChar': {
        const type = wAttr(child, 'fldCharType');
        if (type === 'begin') story.fields.push({ instruction: '', showing: false });
        else if (type === 'separate') {
          const field = story.fields.at(-1);
          if (field !== undefined) {
            field.showing = true;
            if (PAGE_FIELD.test(field.instruction)) out.pageField = true;
          }
        } else if (type === 'end') story.fields.pop();
        break;
      }
      case 'instrText': {
        const field = story.fields.at(-1);
        if (field !== undefined && !field.showing) field.instruction += child.textContent ?? '';
        break;
      }
      case 'fldSimple':
        if (PAGE_FIELD.test(wAttr(child, 'instr') ?? '')) out.pageField = true;
        readInline(child, out, ctx, story);
        break;
      case 'footnoteReference':
      case 'endnoteReference': {
        const mark = noteMark(ctx, name === 'footnoteReference' ? 'footnote' : 'endnote', wAttr(child, 'id') ?? '');
        // A custom mark is typed in the run that follows; Word then prints no number.
        const custom = wAttr(child, 'customMarkFollows');
        if (custom === null || ['0', 'false', 'off'].includes(custom)) out.text(mark);
        break;
      }
      case 'footnoteRef':
      case 'endnoteRef':
        out.text(ctx.currentNoteMark);
        break;
      case 'txbxContent':
        out.boxes.push(...readContainerParagraphs(child, ctx, { fields: [] }));
        break;
      default:
        readInline(child, out, ctx, story);
    }
  }
}

function readParagraph(p: Element, ctx: Context, story: Story): ReadParagraph {
  const props = paragraphProps(wChild(p, 'pPr'), ctx.styles);
  // The counter advances even for a paragraph with no text, as Word's does.
  const numbering = props.numId === null ? null : ctx.lists.next(props.numId, props.ilvl);
  const out = new Line(story);
  readInline(p, out, ctx, story);
  return { lines: out.lines, numbering, headingLevel: props.headingLevel, align: props.align, boxes: out.boxes, pageField: out.pageField };
}

/** The paragraphs of a text box, a note or a header, flattened (a table inside gives its cells' lines as paragraphs). */
function readContainerParagraphs(el: Element, ctx: Context, story: Story): ReadParagraph[] {
  const out: ReadParagraph[] = [];
  const visit = (node: Element): void => {
    if (isW(node, 'p')) {
      const para = readParagraph(node, ctx, story);
      out.push(para, ...para.boxes);
      para.boxes = [];
    } else if (isW(node, 'tbl')) {
      for (const line of tableLines(readTable(node, ctx, story, 0))) out.push(plainParagraph(line));
    } else if (node.namespaceURI === MC_NS && node.localName === 'AlternateContent') {
      const branch = alternateBranch(node);
      if (branch !== null) for (const c of elementChildren(branch)) visit(c);
    } else if (!(isW(node, node.localName ?? '') && SKIPPED.has(node.localName ?? ''))) {
      for (const c of elementChildren(node)) visit(c);
    }
  };
  for (const c of elementChildren(el)) visit(c);
  return out;
}

function plainParagraph(line: string): ReadParagraph {
  return { lines: [line], numbering: null, headingLevel: null, align: null, boxes: [], pageField: false };
}

/** A paragraph's printed lines, its number in front of the first line that has text; blank lines dropped. */
function paragraphLines(para: ReadParagraph): { text: string; numbering: string | null }[] {
  const out: { text: string; numbering: string | null }[] = [];
  let numbering = para.numbering;
  for (const line of para.lines) {
    if (line.trim() === '') continue;
    out.push({ text: (numbering ?? '') + line, numbering });
    numbering = null;
  }
  return out;
}

function tableLines(table: TableBlock): string[] {
  return [...table.header, ...table.rows].flatMap((r) => r.cells.flatMap((c) => (c.text === '' ? [] : c.text.split('\n'))));
}

/** A cell's text: its paragraphs' lines (a nested table's cells as more lines), each trimmed, blank ones dropped. */
function cellText(tc: Element, ctx: Context, story: Story): string {
  const lines: string[] = [];
  for (const para of readContainerParagraphs(tc, ctx, story)) {
    for (const { text } of paragraphLines(para)) lines.push(text.trim());
  }
  return lines.join('\n');
}

/** The children of a row-or-cell container, looking through content controls and inserted revisions. */
function unwrap(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const c of elementChildren(el)) {
    if (isW(c, name)) out.push(c);
    else if (isW(c, 'sdt')) out.push(...unwrap(wChild(c, 'sdtContent') ?? c, name));
    else if (isW(c, 'customXml') || isW(c, 'ins') || isW(c, 'moveTo')) out.push(...unwrap(c, name));
    else if (c.namespaceURI === MC_NS && c.localName === 'AlternateContent') {
      const branch = alternateBranch(c);
      if (branch !== null) out.push(...unwrap(branch, name));
    }
  }
  return out;
}

/** Short words, as a column head prints: one line, no sentence punctuation, not a bare number. */
function isHeadWord(text: string): boolean {
  return text !== '' && [...text].length <= 12 && !/[\n。；;，,：:！？]/.test(text) && !/^[\d.．、\s]+$/.test(text);
}

/**
 * A first row of column heads, in a table Word was not told has one: at least two cells, all short
 * words, above rows that are not all short words. A list of names (孙春兰 | 国务院副总理 …) is rows
 * of short words throughout and gets no header: which row heads it is not printed.
 */
function looksLikeHeaderRow(first: TableCell[], rest: TableCell[][]): boolean {
  return first.length >= 2 && first.every((c) => isHeadWord(c.text)) && rest.some((cells) => !cells.every((c) => isHeadWord(c.text)));
}

function readTable(tbl: Element, ctx: Context, story: Story, block: number): TableBlock {
  type Row = TableBlock['rows'][number];
  const rows: { row: Row; header: boolean }[] = [];
  /** Grid column → the cell a vertical merge started there, while it goes on. */
  const open = new Map<number, TableCell>();
  unwrap(tbl, 'tr').forEach((tr, r) => {
    const trPr = wChild(tr, 'trPr');
    if (wChild(trPr, 'del') !== null) return; // a row deleted as a tracked change
    const cells: TableCell[] = [];
    const touched = new Set<number>();
    let col = wInt(trPr, 'gridBefore') ?? 0;
    unwrap(tr, 'tc').forEach((tc, c) => {
      const tcPr = wChild(tc, 'tcPr');
      const span = Math.max(1, wInt(tcPr, 'gridSpan') ?? 1);
      const vMerge = wChild(tcPr, 'vMerge');
      const merge = vMerge === null ? null : (wAttr(vMerge, 'val') ?? 'continue');
      const text = cellText(tc, ctx, story);
      const owner = merge === 'continue' ? open.get(col) : undefined;
      if (owner !== undefined) {
        owner.rowSpan += 1;
        // A continued cell prints nothing in Word; text left in one is kept, not dropped.
        if (text !== '') owner.text = owner.text === '' ? text : `${owner.text}\n${text}`;
        for (let k = 0; k < span; k++) touched.add(col + k);
      } else {
        const cell: TableCell = { text, rowSpan: 1, colSpan: span, pos: { block, row: r, cell: c } };
        cells.push(cell);
        for (let k = 0; k < span; k++) {
          open.delete(col + k);
          touched.add(col + k);
        }
        if (merge === 'restart') open.set(col, cell);
      }
      col += span;
    });
    for (const k of [...open.keys()]) if (!touched.has(k)) open.delete(k);
    rows.push({ row: { cells, pos: { block, row: r } }, header: wFlag(trPr, 'tblHeader') });
  });
  let headerCount = 0;
  while (headerCount < rows.length && rows[headerCount].header) headerCount++;
  if (headerCount === 0 && looksLikeHeaderRow(rows[0]?.row.cells ?? [], rows.slice(1).map((x) => x.row.cells))) headerCount = 1;
  return {
    type: 'table',
    pos: { block },
    caption: null,
    header: rows.slice(0, headerCount).map((x) => x.row),
    rows: rows.slice(headerCount).map((x) => x.row),
  };
}

function paragraphBlocks(para: ReadParagraph, block: number): ParagraphBlock[] {
  const own = paragraphLines(para).map(
    (line): ParagraphBlock => ({
      type: 'paragraph',
      text: line.text,
      pos: { block },
      numbering: line.numbering,
      headingLevel: para.headingLevel,
      align: para.align,
    }),
  );
  return [...own, ...para.boxes.flatMap((box) => paragraphBlocks(box, block))];
}

/** The body's blocks in order; `next` numbers the body's top-level paragraphs and tables. */
function readBody(container: Element, ctx: Context, story: Story, blocks: DocumentBlock[], counter: { next: number }): void {
  for (const child of elementChildren(container)) {
    if (isW(child, 'p')) {
      const block = counter.next++;
      blocks.push(...paragraphBlocks(readParagraph(child, ctx, story), block));
    } else if (isW(child, 'tbl')) {
      const block = counter.next++;
      const table = readTable(child, ctx, story, block);
      if (table.header.length + table.rows.length > 0) blocks.push(table);
    } else if (isW(child, 'sdt')) {
      const content = wChild(child, 'sdtContent');
      if (content !== null) readBody(content, ctx, story, blocks, counter);
    } else if (isW(child, 'customXml') || isW(child, 'ins') || isW(child, 'moveTo')) {
      readBody(child, ctx, story, blocks, counter);
    } else if (child.namespaceURI === MC_NS && child.localName === 'AlternateContent') {
      const branch = alternateBranch(child);
      if (branch !== null) readBody(branch, ctx, story, blocks, counter);
    }
  }
}

function notesSettings(sectPr: Element | null, settings: Element | null, kind: NoteKind): Notes {
  const prName = kind === 'footnote' ? 'footnotePr' : 'endnotePr';
  const own = wChild(sectPr, prName);
  const global = wChild(settings, prName);
  return {
    // Word's defaults: footnotes 1, 2, 3; endnotes i, ii, iii.
    format: wVal(own, 'numFmt') ?? wVal(global, 'numFmt') ?? (kind === 'footnote' ? 'decimal' : 'lowerRoman'),
    start: wInt(own, 'numStart') ?? wInt(global, 'numStart') ?? 1,
    marks: new Map(),
  };
}

/** The notes the body referred to, in the order of their numbers, each paragraph as a block after the body. */
function readNotes(doc: Document | null, kind: NoteKind, ctx: Context, blocks: DocumentBlock[], counter: { next: number }): void {
  const root = doc?.documentElement ?? null;
  if (root === null) return;
  const byId = new Map<string, Element>();
  for (const note of wChildren(root, kind)) {
    const type = wAttr(note, 'type');
    if (type === null || type === 'normal') byId.set(wAttr(note, 'id') ?? '', note);
  }
  for (const [id, mark] of ctx.notes[kind].marks) {
    const note = byId.get(id);
    if (note === undefined) continue;
    ctx.currentNoteMark = mark;
    const block = counter.next++;
    for (const para of readContainerParagraphs(note, ctx, { fields: [] })) blocks.push(...paragraphBlocks(para, block));
  }
  ctx.currentNoteMark = '';
}

/** Headers and footers: every part (default, first-page and even-page variants alike), one entry per paragraph with text. */
function readFurniture(parts: Map<string, Uint8Array>, file: string, ctx: Context): Furniture[] {
  const furniture: Furniture[] = [];
  const names = [...parts.keys()]
    .filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))
    // Heads before feet, each in number order (header2 before header10).
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .sort((a, b) => Number(a.startsWith('word/footer')) - Number(b.startsWith('word/footer')));
  for (const name of names) {
    const root = parseXml(parts.get(name) as Uint8Array, name, file).documentElement;
    if (root === null) continue;
    const kind = name.startsWith('word/header') ? 'running-head' : 'running-foot';
    for (const para of readContainerParagraphs(root, ctx, { fields: [] })) {
      const text = para.lines.filter((l) => l.trim() !== '').join('\n');
      if (text === '') continue;
      furniture.push({ kind: para.pageField ? 'page-number' : kind, text, pos: {} });
    }
  }
  return furniture;
}

function optionalPart(parts: Map<string, Uint8Array>, name: string, file: string): Document | null {
  const bytes = parts.get(name);
  return bytes === undefined ? null : parseXml(bytes, name, file);
}

/**
 * Reads a .docx file's bytes. `file` names it in errors (`FILE:LOCATION: message`, the location
 * being the archive part at fault, or 1 for the whole file).
 */
export function readDocx(bytes: Uint8Array, file: string): ReadDocument {
  const parts = openDocx(bytes, file);
  const main = mainPartName(parts, file);
  const mainBytes = parts.get(main);
  if (mainBytes === undefined) throw new ReadError(file, '1', `damaged .docx: no ${main} (the document's text) in the archive`);
  const doc = parseXml(mainBytes, main, file);
  const body = wChild(doc.documentElement, 'body');
  if (body === null) throw new ReadError(file, main, 'damaged .docx: the document has no body');
  const styles = parseStyles(optionalPart(parts, 'word/styles.xml', file));
  const settings = optionalPart(parts, 'word/settings.xml', file)?.documentElement ?? null;
  const sectPr = wChild(body, 'sectPr');
  const ctx: Context = {
    styles,
    lists: new ListCounters(parseNumbering(optionalPart(parts, 'word/numbering.xml', file), styles)),
    notes: { footnote: notesSettings(sectPr, settings, 'footnote'), endnote: notesSettings(sectPr, settings, 'endnote') },
    currentNoteMark: '',
  };
  const blocks: DocumentBlock[] = [];
  const counter = { next: 0 };
  try {
    readBody(body, ctx, { fields: [] }, blocks, counter);
    readNotes(optionalPart(parts, 'word/footnotes.xml', file), 'footnote', ctx, blocks, counter);
    readNotes(optionalPart(parts, 'word/endnotes.xml', file), 'endnote', ctx, blocks, counter);
    const furniture = readFurniture(parts, file, ctx);
    return { format: 'docx', blocks, furniture, record: null, repairs: [], pages: null };
  } catch (error) {
    // The walk recurses as deep as the XML nests: no word processor nests thousands deep, a hostile file may.
    if (error instanceof RangeError) throw new ReadError(file, main, 'damaged .docx: elements nested too deeply to read');
    throw error;
  }
}
