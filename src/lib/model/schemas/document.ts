/**
 * A document as a reader gives it to the converter: the blocks of any published format (a portal
 * page, a Word file, a PDF, a text file) in reading order, each with its position in the source,
 * the page furniture set apart, and the portal's own record where the format carries one.
 *
 * Every reader (src/lib/read/<format>.ts) produces this shape and nothing else; the converter
 * reads blocks, never bytes of a format.
 */
import { z } from 'zod';

export const SourceFormatSchema = z.enum(['text', 'html', 'docx', 'pdf']);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

/**
 * Where a block (or a row, a cell) stands in its source, in the format's own terms: a line for
 * text; a page and a line on that page for PDF; a block (0-based index of the body's top-level
 * paragraphs and tables, counted as the format holds them), a row and a cell for HTML and Word.
 * Every field a format does not have is absent. `formatPosition` prints it for messages and links.
 */
export const SourcePositionSchema = z.object({
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  block: z.number().int().nonnegative().optional(),
  row: z.number().int().nonnegative().optional(),
  cell: z.number().int().nonnegative().optional(),
});
export type SourcePosition = z.infer<typeof SourcePositionSchema>;

/**
 * A paragraph, or one printed line where the format breaks text into lines (a `<br>` inside a
 * portal paragraph, a PDF line that the reader could not join). `text` is the paragraph's text as
 * the format holds it, with any automatic numbering Word keeps outside the text put back in front
 * (`numbering` says which characters those are, so fidelity can tell them apart).
 */
export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  text: z.string(),
  pos: SourcePositionSchema,
  /** Word's automatic list number as it prints (一、 （一） 1.), already at the start of `text`; else null. */
  numbering: z.string().nullable().default(null),
  /** A format's own heading level (HTML h1–h6, Word Heading N, a larger PDF font), where it has one. */
  headingLevel: z.number().int().min(1).max(9).nullable().default(null),
  /** Alignment as the format prints it, when known: a centred line is a title, a right-aligned one a signature or date. */
  align: z.enum(['left', 'center', 'right', 'justify']).nullable().default(null),
});
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;

export const TableCellSchema = z.object({
  /** The cell's text; the lines of a wrapped or multi-paragraph cell joined with '\n'. */
  text: z.string(),
  rowSpan: z.number().int().positive().default(1),
  colSpan: z.number().int().positive().default(1),
  pos: SourcePositionSchema,
});
export type TableCell = z.infer<typeof TableCellSchema>;

/**
 * A table as printed, one model for every format. `header` rows are the column heads (a header
 * repeated after a page break is dropped by the reader, and listed in `furniture`); `rows` are the
 * body in order, a row continued over a page break already joined. A group row (one cell spanning
 * the table, like 一、××方面) is a row like any other: the converter recognises it.
 * Cells covered by another cell's span are not repeated: a row lists only the cells that start in it.
 */
export const TableBlockSchema = z.object({
  type: z.literal('table'),
  pos: SourcePositionSchema,
  /** A caption printed with the table (<caption>, a PDF line set above it by the reader), or null. */
  caption: z.string().nullable().default(null),
  header: z.array(z.object({ cells: z.array(TableCellSchema), pos: SourcePositionSchema })),
  rows: z.array(z.object({ cells: z.array(TableCellSchema), pos: SourcePositionSchema })),
});
export type TableBlock = z.infer<typeof TableBlockSchema>;

export const DocumentBlockSchema = z.discriminatedUnion('type', [ParagraphBlockSchema, TableBlockSchema]);
export type DocumentBlock = z.infer<typeof DocumentBlockSchema>;

/** Text printed on every page rather than in the document: page numbers, running heads, a repeated table header. */
export const FurnitureSchema = z.object({
  kind: z.enum(['page-number', 'running-head', 'running-foot', 'repeated-header', 'other']),
  text: z.string(),
  pos: SourcePositionSchema,
});
export type Furniture = z.infer<typeof FurnitureSchema>;

/**
 * The portal's metadata block above a published document (索引号, 主题分类 …), each value exactly as
 * printed (trimmed), null when the block does not print it. It is the portal's record, not the
 * document's: the converter compares it with what the document prints and reports disagreements.
 */
export const PortalRecordSchema = z.object({
  indexNumber: z.string().nullable(), // 索引号
  topic: z.string().nullable(), // 主题分类
  issuer: z.string().nullable(), // 发文机关
  writtenDate: z.string().nullable(), // 成文日期, as printed
  title: z.string().nullable(), // 标题
  docNumber: z.string().nullable(), // 发文字号
  publishedDate: z.string().nullable(), // 发布日期, as printed
  subjectWords: z.string().nullable(), // 主题词
  /** The page's own address when it states one (a canonical link, og:url), else null. */
  url: z.string().nullable().default(null),
});
export type PortalRecord = z.infer<typeof PortalRecordSchema>;

/** A character a PDF font maps to a lookalike (⼯ Kangxi radical, a compatibility ideograph), read as the ordinary one. */
export const ReaderRepairSchema = z.object({
  pos: SourcePositionSchema,
  before: z.string(),
  after: z.string(),
  reason: z.string(),
});
export type ReaderRepair = z.infer<typeof ReaderRepairSchema>;

export const ReadDocumentSchema = z.object({
  format: SourceFormatSchema,
  blocks: z.array(DocumentBlockSchema),
  furniture: z.array(FurnitureSchema).default([]),
  record: PortalRecordSchema.nullable().default(null),
  /** Repairs the reader made while decoding (PDF lookalike characters); the converter lists them. */
  repairs: z.array(ReaderRepairSchema).default([]),
  /** Pages (PDF), when the format has them. */
  pages: z.number().int().positive().nullable().default(null),
});
export type ReadDocument = z.infer<typeof ReadDocumentSchema>;

/** `12` (text line), `p3:12` (PDF page 3, line 12), `b14`, `b14:r2:c3` (HTML/Word block, row, cell). */
export function formatPosition(pos: SourcePosition): string {
  if (pos.page !== undefined) return `p${pos.page}${pos.line !== undefined ? `:${pos.line}` : ''}`;
  if (pos.block !== undefined) {
    return `b${pos.block}${pos.row !== undefined ? `:r${pos.row}` : ''}${pos.cell !== undefined ? `:c${pos.cell}` : ''}`;
  }
  return String(pos.line ?? 1);
}
