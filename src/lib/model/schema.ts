/**
 * The document model: the single description of every data shape the converter produces and the
 * pages consume. The outline tree holds the text in document order; the views (sectorGroups,
 * tasks, measures, departments …) index into it by id so that text is never stored twice.
 */
import { z } from 'zod';

/** A span of a paragraph's text that differs from the extracted source because of a correction. */
export const MarkSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Index into PlanModel.corrections. */
  correction: z.number().int().nonnegative(),
});
export type Mark = z.infer<typeof MarkSchema>;

export const SourceRangeSchema = z.object({
  /** 1-based line of the source file where the node starts. */
  line: z.number().int().positive(),
  /** 1-based line where it ends (equal to line for single-line nodes). */
  endLine: z.number().int().positive(),
});

/** One entry of a 一是…二是… enumeration, as offsets into the paragraph text. */
/** A department named in the text, linked to its page: offsets into the block's text. */
export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  department: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EnumerationEntrySchema = z.object({
  ordinal: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ParagraphSchema = SourceRangeSchema.extend({
  type: z.literal('paragraph'),
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The corrected text exactly as printed, internal spacing included. */
  text: z.string().min(1),
  /** Length of a short lead sentence (e.g. 加快企业技术创新步伐。) that opens the paragraph. */
  leadLength: z.number().int().positive().optional(),
  /** 一是…二是… entries; text before the first entry is the paragraph's introduction. */
  enumeration: z.array(EnumerationEntrySchema).optional(),
  marks: z.array(MarkSchema),
  /** Department names in the text (filled once the departments of the whole plan are known). */
  mentions: z.array(MentionSchema).default([]),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

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
  rows: z.array(IndicatorRowSchema),
});
export type Table = z.infer<typeof TableSchema>;

export const BlockSchema = z.discriminatedUnion('type', [ParagraphSchema, DepartmentLineSchema, TableSchema]);
export type Block = z.infer<typeof BlockSchema>;

export const HeadingSchema = z.object({
  /** The marker exactly as printed: "一、", "（一）", "(一) ", "1. ", "——". */
  marker: z.string(),
  /** The heading sentence up to the first 。 (or the whole heading line when it has none). */
  title: z.string(),
  /** The 。 that closed the title, or "" when the heading had none. */
  terminator: z.string(),
  /**
   * True when the heading sentence is a whole statement rather than a name (——重点推进…等项目建设。):
   * it reads as text, and lists of titles leave it out.
   */
  sentence: z.boolean(),
});

const nodeBase = SourceRangeSchema.extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  number: z.number().int().positive(),
  heading: HeadingSchema,
  blocks: z.array(BlockSchema),
});

export const ClauseSchema = nodeBase.extend({ kind: z.literal('clause') });
export type Clause = z.infer<typeof ClauseSchema>;

export const ItemSchema = nodeBase.extend({ kind: z.literal('item'), children: z.array(ClauseSchema) });
export type Item = z.infer<typeof ItemSchema>;

export const SectionSchema = nodeBase.extend({ kind: z.literal('section'), children: z.array(ItemSchema) });
export type Section = z.infer<typeof SectionSchema>;

/**
 * What a part does in the plan, inferred from its structure: the part with department lines holds
 * the tasks; a part whose every section lists numbered items holds sectors; the part with the
 * principles/goals or the indicators table is the overview; the rest are policy measures.
 */
export const PartRoleSchema = z.enum(['overview', 'sectors', 'tasks', 'measures']);
export type PartRole = z.infer<typeof PartRoleSchema>;

export const PartSchema = nodeBase.extend({
  kind: z.literal('part'),
  role: PartRoleSchema,
  children: z.array(SectionSchema),
});
export type Part = z.infer<typeof PartSchema>;

export type OutlineNode = Part | Section | Item | Clause;

export const CorrectionKindSchema = z.enum([
  'page-break-join',
  'line-join',
  'duplicated-characters',
  'variant-character',
]);
export type CorrectionKind = z.infer<typeof CorrectionKindSchema>;

export const CorrectionSchema = z.object({
  kind: CorrectionKindSchema,
  /** 1-based source line and 0-based column (in UTF-16 code units, as JavaScript indexes strings) where `before` starts. */
  line: z.number().int().positive(),
  column: z.number().int().nonnegative(),
  /** The source text replaced, line breaks included. */
  before: z.string(),
  after: z.string(),
  /** Why: a short English explanation a reviewer can check. */
  reason: z.string(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

export const SourceNoteSchema = z.object({
  line: z.number().int().positive(),
  /** The text the note is about, as it appears (after corrections) on that line. */
  text: z.string().min(1),
  /** The reviewer's remark, in Chinese, shown to readers. */
  note: z.string().min(1),
  /** Id of the paragraph that holds the text. */
  paragraph: z.string().nullable(),
});
export type SourceNote = z.infer<typeof SourceNoteSchema>;

export const PrintedLineSchema = SourceRangeSchema.extend({ text: z.string() });
export type PrintedLine = z.infer<typeof PrintedLineSchema>;

export const MetaSchema = z.object({
  /** 份号: the copy number on the first line, when printed. */
  copyNumber: z.string().nullable(),
  copyNumberLine: z.number().int().positive().nullable(),
  /** The masthead as printed (辽宁省人民政府文件). */
  masthead: PrintedLineSchema,
  issuer: z.string(),
  docNumber: z.string(),
  docNumberLine: z.number().int().positive(),
  /** The notice title as printed (a line break in the PDF may leave a space). */
  noticeTitlePrinted: PrintedLineSchema,
  noticeTitle: z.string(),
  addressees: PrintedLineSchema,
  noticeBody: z.array(ParagraphSchema),
  /** The publication note as printed, parentheses included: (此件公开发布). */
  publicationNote: PrintedLineSchema.nullable(),
  planTitle: z.string(),
  planTitleLine: z.number().int().positive(),
  /** The 抄送 line as printed, and its recipients (these are not task departments). */
  cc: PrintedLineSchema.nullable(),
  ccRecipients: z.array(z.string()),
  issuingOffice: PrintedLineSchema.nullable(),
  issuedDatePrinted: PrintedLineSchema.nullable(),
  /** ISO date (YYYY-MM-DD) from 2015年7月27日印发. */
  issuedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});
export type Meta = z.infer<typeof MetaSchema>;

export const SectorSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  /** Titles of the item's —— clauses (sub-sectors), in order. */
  clauses: z.array(z.string()),
  /** Words that identify the sector in other parts of the text (机器人 for 智能机器人). */
  keyTerms: z.array(z.string()),
});
export const SectorGroupSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  sectors: z.array(SectorSchema),
});
export type SectorGroup = z.infer<typeof SectorGroupSchema>;

export const TaskSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  /** Department ids, in the printed order. */
  leads: z.array(z.string()).min(1),
  partners: z.array(z.string()),
  partnersOpenEnded: z.boolean(),
  /** Id of the department line block. */
  departmentLine: z.string(),
});
export type Task = z.infer<typeof TaskSchema>;

/**
 * A task whose text mentions a sector's key terms: a reading aid (提及), not an official assignment.
 */
export const SectorTaskMentionSchema = z.object({
  sector: z.string(),
  task: z.string(),
  /** The key terms found, in the order of the sector's terms. */
  terms: z.array(z.string()).min(1),
  /** Ids of the task's paragraphs that contain them. */
  paragraphs: z.array(z.string()).min(1),
});
export type SectorTaskMention = z.infer<typeof SectorTaskMentionSchema>;

export const MeasureSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const DepartmentSchema = z.object({
  /** ASCII id derived from the printed name (pinyin), stable across builds. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The short name as printed in the plan. */
  name: z.string(),
  leads: z.array(z.string()),
  partners: z.array(z.string()),
  /** True for the department that hosts the leading group's office. */
  hostsLeadingGroupOffice: z.boolean(),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const LeadingGroupSchema = z.object({
  /** The paragraph of the notice that sets up the leading group. */
  paragraph: z.string(),
  /** The printed name of the body that hosts the group's office (办公室设在…). */
  officeHost: z.string().nullable(),
  /** Department id of the host, when it also appears in the tasks. */
  officeHostId: z.string().nullable(),
});

export const OverviewSchema = z.object({
  /** Section ids of the overview part by what they hold. */
  principlesSection: z.string().nullable(),
  goalsSection: z.string().nullable(),
  /** Item ids of the principles (坚持创新驱动 …). */
  principles: z.array(z.string()),
});

export const StatsSchema = z.object({
  parts: z.number().int(),
  sections: z.number().int(),
  items: z.number().int(),
  clauses: z.number().int(),
  paragraphs: z.number().int(),
  sectorGroups: z.number().int(),
  sectors: z.number().int(),
  tasks: z.number().int(),
  measures: z.number().int(),
  departments: z.number().int(),
  indicatorRows: z.number().int(),
  indicatorCategories: z.number().int(),
  corrections: z.number().int(),
  notes: z.number().int(),
  /** Non-whitespace characters of the source, and how many the model reproduces in order. */
  sourceCharacters: z.number().int(),
  modelCharacters: z.number().int(),
});

export const PlanModelSchema = z.object({
  schemaVersion: z.literal(1),
  /** ASCII id of the plan, from the source file name (liaoning-2015-24). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  source: z.object({ file: z.string(), lines: z.number().int(), sha256: z.string() }),
  meta: MetaSchema,
  /** Paragraphs of the plan before its first part (为深入贯彻落实…制定本实施方案。). */
  preamble: z.array(ParagraphSchema),
  parts: z.array(PartSchema),
  overview: OverviewSchema,
  sectorGroups: z.array(SectorGroupSchema),
  tasks: z.array(TaskSchema),
  measures: z.array(MeasureSchema),
  departments: z.array(DepartmentSchema),
  sectorTaskMentions: z.array(SectorTaskMentionSchema),
  leadingGroup: LeadingGroupSchema.nullable(),
  /** Id of the indicators table block, if the plan has one. */
  indicators: z.string().nullable(),
  corrections: z.array(CorrectionSchema),
  notes: z.array(SourceNoteSchema),
  stats: StatsSchema,
});
export type PlanModel = z.infer<typeof PlanModelSchema>;

/** Reviewed notes kept beside a plan's source (content/sources/<plan>.notes.json). */
export const NotesFileSchema = z.array(
  z.object({ line: z.number().int().positive(), text: z.string().min(1), note: z.string().min(1) }),
);
export type NotesFile = z.infer<typeof NotesFileSchema>;

/** One reviewed entry of content/departments.json. Null means "not confirmed", never "none". */
export const RegistryEntrySchema = z.object({
  /** The short name as printed in plans (省经济和信息化委). */
  name: z.string().min(1),
  fullName: z.string().nullable(),
  englishName: z.string().nullable(),
  /** The body that took over the function in a later institutional reform, with its source. */
  successor: z.object({ name: z.string(), since: z.string().nullable(), source: z.string().min(1) }).nullable(),
});
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;

export const RegistrySchema = z
  .object({ $comment: z.string().optional(), departments: z.array(RegistryEntrySchema) })
  .refine((r) => new Set(r.departments.map((d) => d.name)).size === r.departments.length, 'a department is listed twice');
export type Registry = z.infer<typeof RegistrySchema>;
