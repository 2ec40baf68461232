/** The blocks of a node besides paragraphs: department lines, indicator tables, grids and 专栏 boxes. */
import { z } from 'zod';
import { MarkSchema, MentionSchema, ParagraphSchema, SourceRangeSchema } from './text.ts';

/**
 * The notations a plan uses to say who is responsible: the parenthesis closing a task
 * （A牵头，B等部门配合）, a labelled line 牵头单位：A；配合单位：B, an undivided list 责任单位：A、B,
 * a row of an attached 重点任务分工表, or a sentence (由A会同B负责…, A会同B研究提出…).
 */
export const AssignmentNotationSchema = z.enum(['trailing-parenthesis', 'lead-partner-line', 'responsibility-line', 'attachment-table', 'sentence']);
export type AssignmentNotation = z.infer<typeof AssignmentNotationSchema>;
export const LeadRuleSchema = z.enum(['printed', 'first-listed', 'all-responsible']);
export type LeadRule = z.infer<typeof LeadRuleSchema>;

export const DepartmentLineSchema = SourceRangeSchema.extend({
  type: z.literal('departments'),
  id: z.string(),
  /** The printed line, parentheses included. */
  text: z.string(),
  leads: z.array(z.string()).min(1),
  /** The verb as printed after the leads: 牵头 or 牵头负责. */
  leadVerb: z.string(),
  partners: z.array(z.string()),
  /** True when the partner list ends in 等部门配合 (the list is not exhaustive). */
  partnersOpenEnded: z.boolean(),
  marks: z.array(MarkSchema),
  mentions: z.array(MentionSchema).default([]),
  /** How the responsibility is printed; see AssignmentNotationSchema. */
  notation: AssignmentNotationSchema.default('trailing-parenthesis'),
  /**
   * How leads and partners were told apart: printed (牵头/配合 words), or by the plan's rule for an
   * undivided 责任单位 list (first-listed, all-responsible).
   */
  leadRule: LeadRuleSchema.default('printed'),
  /** 完成时限 / 时间节点 as printed with the assignment (2017年底前, 长期坚持), or null. */
  deadline: z.string().nullable().default(null),
});
export type DepartmentLine = z.infer<typeof DepartmentLineSchema>;



export const IndicatorCellSchema = z.object({
  /** The cell exactly as printed: "—", ">10", "0.65 (2013 年)". */
  printed: z.string(),
  value: z.number().nullable(),
  /** A threshold such as ">" in ">10": the target is a bound, not a point. */
  comparator: z.enum(['>', '<', '≥', '≤']).nullable(),
  /** A parenthesised note such as "2013 年". */
  note: z.string().nullable(),
  /** The year the value refers to when the note names another year than the column's. */
  year: z.number().int().nullable(),
});
export type IndicatorCell = z.infer<typeof IndicatorCellSchema>;

export const IndicatorRowSchema = z.object({
  id: z.string(),
  line: z.number().int().positive(),
  category: z.string(),
  /** False on rows where the category cell is blank because the printed category spans rows. */
  categoryPrinted: z.boolean(),
  /** The indicator as printed, unit included. */
  printedName: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  cells: z.array(IndicatorCellSchema),
  /** The 属性 column as printed (预期性, 约束性), when the table has one. */
  attribute: z.string().nullable().default(null),
  /** Printed cells of the other columns (序号, 单位, 属性, 备注), by column index. */
  otherCells: z.array(z.object({ column: z.number().int().nonnegative(), text: z.string() })).default([]),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

export const TableSchema = SourceRangeSchema.extend({
  type: z.literal('table'),
  id: z.string(),
  caption: z.string().nullable(),
  /** Header cells as printed. */
  header: z.array(z.string()),
  /** The year of each value column, in order. */
  years: z.array(z.number().int()),
  /** Which header column holds the category (if any), the indicator's name, and the first year. */
  columns: z.object({ category: z.number().int().nullable(), name: z.number().int(), firstYear: z.number().int() }),
  rows: z.array(IndicatorRowSchema),
});
export type Table = z.infer<typeof TableSchema>;

/**
 * A table of text cells (an attached 重点任务分工表, a list of projects, any table a portal page,
 * Word file or PDF prints that is no indicators table): the header and rows as printed. `columns` says which column holds what, where the header names it, so that the rows of
 * a 分工表 can be read as assignments of the body's tasks.
 */
export const GridSchema = SourceRangeSchema.extend({
  type: z.literal('grid'),
  id: z.string(),
  caption: z.string().nullable(),
  /** Each column's name: the words of every header row above it (责任单位 牵头单位). */
  header: z.array(z.string()),
  /**
   * The header rows as printed, when there are several (a two-level head: 责任单位 over 牵头单位 |
   * 配合单位), '' where a merged cell covers a place.
   */
  printedHeader: z.array(z.array(z.string())).optional(),
  columns: z.object({
    number: z.number().int().nullable(),
    task: z.number().int().nullable(),
    lead: z.number().int().nullable(),
    partner: z.number().int().nullable(),
    responsible: z.number().int().nullable(),
    deadline: z.number().int().nullable(),
  }),
  rows: z.array(
    SourceRangeSchema.extend({
      id: z.string(),
      /**
       * The row's text in the order it is printed, each piece with the column it belongs to: a
       * cell that wrapped onto a later line has several pieces (see gridCells in model/grid.ts).
       */
      pieces: z.array(z.object({ cell: z.number().int().nonnegative(), text: z.string() })),
      /** The outline node (task, item …) of the body that the row's task cell names, or null. */
      node: z.string().nullable(),
      /** A group row: one cell spanning the table (一、××方面) that heads the rows below it. */
      group: z.boolean().default(false),
      /**
       * Cells printed once for several rows (a merged cell, rowspan): the column, and the row whose
       * cell covers this row's place in it. What that cell says holds for this row too.
       */
      merged: z.array(z.object({ cell: z.number().int().nonnegative(), from: z.string() })).optional(),
    }),
  ),
});
export type Grid = z.infer<typeof GridSchema>;

/**
 * A 专栏: a numbered, titled box inside a chapter or section (专栏1 重点工程), with what it holds as
 * printed: paragraphs (numbered entries included) and tables (an indicators table is the plan's
 * indicators when the body prints none before it; any other table the format printed as one stays
 * that table, a grid).
 */
export const BoxSchema = SourceRangeSchema.extend({
  type: z.literal('box'),
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** 专栏1 as printed, spaces and punctuation after it included. */
  marker: z.string(),
  title: z.string(),
  blocks: z.array(z.discriminatedUnion('type', [ParagraphSchema, TableSchema, GridSchema])),
});
export type Box = z.infer<typeof BoxSchema>;

export const BlockSchema = z.discriminatedUnion('type', [ParagraphSchema, DepartmentLineSchema, TableSchema, GridSchema, BoxSchema]);
export type Block = z.infer<typeof BlockSchema>;
