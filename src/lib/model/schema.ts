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

/**
 * A named entity of the plan's gazetteer (enterprise, institute, city, park, project) found in the
 * text: offsets into the block's text (or a heading's title). Entity mentions never overlap each
 * other nor a department mention: where a department name and an entity name overlap, the
 * department wins, because department names are the plan's own official terms.
 */
export const EntityMentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  entity: z.string(),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

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
  /** Gazetteer entities named in the text (content/sources/<plan>.entities.json). */
  entities: z.array(EntityMentionSchema).default([]),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

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
 * A table of text cells (an attached 重点任务分工表, a list of projects): the header and rows as
 * printed. `columns` says which column holds what, where the header names it, so that the rows of
 * a 分工表 can be read as assignments of the body's tasks.
 */
export const GridSchema = SourceRangeSchema.extend({
  type: z.literal('grid'),
  id: z.string(),
  caption: z.string().nullable(),
  header: z.array(z.string()),
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
    }),
  ),
});
export type Grid = z.infer<typeof GridSchema>;

/** A 专栏: a numbered, titled box inside a chapter or section (专栏1 重点工程), with its paragraphs. */
export const BoxSchema = SourceRangeSchema.extend({
  type: z.literal('box'),
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** 专栏1 as printed, spaces and punctuation after it included. */
  marker: z.string(),
  title: z.string(),
  blocks: z.array(ParagraphSchema),
});
export type Box = z.infer<typeof BoxSchema>;

export const BlockSchema = z.discriminatedUnion('type', [ParagraphSchema, DepartmentLineSchema, TableSchema, GridSchema, BoxSchema]);
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
  /** Gazetteer entities named in the title (offsets into `title`). */
  entities: z.array(EntityMentionSchema).default([]),
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
 * principles/goals or the indicators table is the overview; the rest are policy measures. An
 * attachment (附件1 …) after the plan body is a part of its own with the role `attachment`.
 */
export const PartRoleSchema = z.enum(['overview', 'sectors', 'tasks', 'measures', 'attachment']);
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
  'page-furniture',
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
  /**
   * The masthead as printed (辽宁省人民政府文件). Null, like the other notice fields, when the text
   * does not print it: a reprint that starts at the notice title, or a plan text with no notice.
   */
  masthead: PrintedLineSchema.nullable(),
  /** The issuing body: from the masthead, or from the notice title (…关于…) of a reprint. */
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  docNumberLine: z.number().int().positive().nullable(),
  /** The notice title as printed (a line break in the PDF may leave a space). */
  noticeTitlePrinted: PrintedLineSchema.nullable(),
  noticeTitle: z.string().nullable(),
  addressees: PrintedLineSchema.nullable(),
  noticeBody: z.array(ParagraphSchema),
  /** The publication note as printed, parentheses included: (此件公开发布). */
  publicationNote: PrintedLineSchema.nullable(),
  /**
   * The title of the document the pages are about: the plan a notice 印发s, or the notice's own
   * title when the notice is the document (意见, 通知 with measures, 批复). Without any title
   * printed it is a label (planTitleLine null) that the text does not hold.
   */
  planTitle: z.string(),
  planTitleLine: z.number().int().positive().nullable(),
  /** The 抄送 line as printed, and its recipients (these are not task departments). */
  cc: PrintedLineSchema.nullable(),
  ccRecipients: z.array(z.string()),
  issuingOffice: PrintedLineSchema.nullable(),
  issuedDatePrinted: PrintedLineSchema.nullable(),
  /** ISO date (YYYY-MM-DD) from 2015年7月27日印发. */
  issuedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /**
   * Signatures as printed: the signing body (when printed) and the date under it (2019年1月22日,
   * 二〇〇四年九月二十三日), in document order — a 转发 notice has one of its own and one of the
   * document it forwards.
   */
  signatures: z.array(z.object({ signer: PrintedLineSchema.nullable(), date: PrintedLineSchema, isoDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() })).default([]),
  /** Other lines of the envelope, printed where they are: 公开方式：主动公开, 特急, （本文有删减）. */
  otherLines: z.array(PrintedLineSchema).default([]),
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
  /**
   * Party ids assigned to the task as a whole (printed at the task's own level), in the printed
   * order. A party assigned only to an item of the task is not here: see `assignments`.
   */
  leads: z.array(z.string()),
  partners: z.array(z.string()),
  partnersOpenEnded: z.boolean(),
  /** Id of the block that assigns the whole task (department line or table row), or null. */
  departmentLine: z.string().nullable(),
  /** Ids of every assignment printed in the task, at any level (PlanModel.assignments). */
  assignments: z.array(z.string()).default([]),
  /** The task's 完成时限 as printed, when the plan gives one for the whole task. */
  deadline: z.string().nullable().default(null),
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

/** Kinds of named entities in a plan's gazetteer. */
export const EntityKindSchema = z.enum(['enterprise', 'institute', 'city', 'park', 'project']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** A gazetteer entity with where the plan names it. */
export const EntitySchema = z.object({
  /** ASCII id (pinyin of the name), stable across builds. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: EntityKindSchema,
  /** The canonical name, as the plan prints it. */
  name: z.string().min(1),
  /** The full registered name, when reviewed; null means not confirmed. */
  fullName: z.string().nullable(),
  /** Other printed forms that name the same entity (沈阳新松 for 沈阳新松机器人). */
  aliases: z.array(z.string()),
  /** Ids of the city entities it is located in. */
  cities: z.array(z.string()),
  /** Ids of the blocks (paragraphs, or sentence-headings of clauses) that name it, in document order. */
  blocks: z.array(z.string()),
  mentionCount: z.number().int().nonnegative(),
  /** Ids of entities whose printed name contains this one's (鞍钢集团 → 鞍钢集团鲅鱼圈二期项目). */
  within: z.array(z.string()),
});
export type Entity = z.infer<typeof EntitySchema>;

/**
 * A quantified (or dated) commitment found in the body text: 每年新认定省级及以上企业技术中心 50 家以上.
 * Offsets are into the paragraph's text; `phrase` is the clause that holds the commitment.
 */
export const TargetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  paragraph: z.string(),
  /** The clause (between ，；：。) that holds the commitment, and its offsets in the paragraph. */
  phrase: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The quantity as printed (50 家以上, 50% 以上), or null for a dated commitment without a number. */
  quantity: z.string().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /** Comparison words as printed around the number: 达到, 累计, 以上, 新增 … */
  comparison: z.array(z.string()),
  /** What the comparison means for the value: at least, at most, about, or exactly as printed. */
  bound: z.enum(['at-least', 'at-most', 'about', 'exact']).nullable(),
  /** The deadline or frequency as printed (到 2017 年, 到2015年底, 每年), or null when none is given. */
  deadline: z.string().nullable(),
  /** The deadline's year, when it has one. */
  year: z.number().int().nullable(),
  /** True when the deadline is the end of the year (年底/年末). */
  yearEnd: z.boolean(),
  /** A recurring commitment (每年) rather than a deadline. */
  frequency: z.enum(['annual']).nullable(),
});
export type Target = z.infer<typeof TargetSchema>;

export const MeasureSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
});
export type Measure = z.infer<typeof MeasureSchema>;

/** A responsible party: a department, a local government, or another body (中直企业 …). */
export const PartyKindSchema = z.enum(['department', 'local-government', 'other']);
export type PartyKind = z.infer<typeof PartyKindSchema>;

/**
 * One responsibility as printed: who leads and who cooperates on one node of the outline (a task,
 * an item, a clause …), by which notation, with its deadline.
 */
export const AssignmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The outline node the responsibility is printed for, and its level. */
  node: z.string(),
  level: z.enum(['part', 'section', 'item', 'clause']),
  /** The task the node belongs to, or null outside the task parts. */
  task: z.string().nullable(),
  notation: AssignmentNotationSchema,
  leadRule: LeadRuleSchema,
  /** Party ids, in the printed order. */
  leads: z.array(z.string()),
  partners: z.array(z.string()),
  partnersOpenEnded: z.boolean(),
  deadline: z.string().nullable(),
  /** The block (department line) or table row that prints it, and its source line. */
  block: z.string(),
  line: z.number().int().positive(),
  /**
   * What it covers: the whole node, or only the passage before it, where a node prints several
   * responsibilities one after another (…环境。（市场监管总局负责）加强…（体育总局、教育部负责）).
   */
  scope: z.enum(['node', 'passage']).default('node'),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const DepartmentSchema = z.object({
  /** ASCII id derived from the printed name (pinyin), stable across builds. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The short name as printed in the plan. */
  name: z.string(),
  kind: PartyKindSchema.default('department'),
  /** Ids of the assignments that name it (lead or partner), at any level. */
  assignments: z.array(z.string()).default([]),
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
  targets: z.number().int().default(0),
  entities: z.number().int().default(0),
  entityMentions: z.number().int().default(0),
  corrections: z.number().int(),
  notes: z.number().int(),
  /** Non-whitespace characters of the source, and how many the model reproduces in order. */
  sourceCharacters: z.number().int(),
  modelCharacters: z.number().int(),
});

/** A document cited in the text: 《title》（文号） or a 文号 alone (title null). */
export const CitationSchema = z.object({
  title: z.string().nullable(),
  /** The 文号 in canonical form: 〔〕 brackets, number without leading zeros (国发〔2015〕28号). */
  docNumber: z.string(),
  /** The paragraph where it is printed, and the span of the citation in its text. */
  paragraph: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  printed: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * The form of document, recognised from its opening lines: a 通知 that 印发s a plan, a 转发 notice,
 * a 通知 whose body is the measures, a document that is its own title (意见, 决定, 若干措施 …), a
 * 批复/函/答复, a plan text with no notice, or something else.
 */
export const DocumentFormSchema = z.enum(['notice-plan', 'forward', 'notice', 'opinion', 'reply', 'plan', 'document']);
export type DocumentForm = z.infer<typeof DocumentFormSchema>;
export const ReadingPassSchema = z.enum(['envelope', 'outline', 'assignments', 'attachments']);
export type ReadingPass = z.infer<typeof ReadingPassSchema>;
/** Why a line stayed plain text. */
export const UnreadCodeSchema = z.enum(['title', 'closing', 'heading-too-deep', 'department-line', 'deadline-line', 'table', 'attachment-table', 'attachment-row']);
export type UnreadCode = z.infer<typeof UnreadCodeSchema>;
/** Something read in a way the format does not prescribe. */
export const ObservationCodeSchema = z.enum(['heading-sequence', 'heading-level', 'task-without-responsibility', 'no-title', 'no-parts', 'attachment-row']);
export type ObservationCode = z.infer<typeof ObservationCodeSchema>;

export const ReadingSchema = z.object({
  form: DocumentFormSchema,
  /** A traditional-character copy is read through a simplified view and kept as printed. */
  script: z.enum(['simplified', 'traditional']),
  /** Lines kept as plain text where they are printed, with the reason. */
  unread: z.array(z.object({ line: z.number().int().positive(), endLine: z.number().int().positive(), pass: ReadingPassSchema, code: UnreadCodeSchema, detail: z.string() })),
  observations: z.array(z.object({ line: z.number().int().positive(), pass: ReadingPassSchema, code: ObservationCodeSchema, detail: z.string() })),
});
export type Reading = z.infer<typeof ReadingSchema>;

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
  /** Quantified and dated commitments of the body text, in document order. */
  targets: z.array(TargetSchema).default([]),
  /** Entities of the plan's reviewed gazetteer, in gazetteer order; [] without a gazetteer. */
  entities: z.array(EntitySchema).default([]),
  corrections: z.array(CorrectionSchema),
  notes: z.array(SourceNoteSchema),
  stats: StatsSchema,
  /** Every responsibility the plan prints, in document order. */
  assignments: z.array(AssignmentSchema).default([]),
  /**
   * How an undivided 责任单位 list is read, when the plan has one: the rule, where it comes from
   * (stated in the text, the plan's conventions file, or the common default) and the sentence.
   */
  leadRule: z
    .object({ rule: z.enum(['first-listed', 'all-responsible']), source: z.enum(['stated', 'conventions', 'default']), paragraph: z.string().nullable() })
    .nullable()
    .default(null),
  /** When the file is a known excerpt (conventions), the reviewed note every page shows; else null. */
  excerpt: z.string().nullable().default(null),
  /** Other documents the text cites by 文号 (src/lib/convert/citations.ts), in document order. */
  citations: z.array(CitationSchema).default([]),
  /** The reading report: the document's form, lines kept as plain text, unusual readings. */
  reading: ReadingSchema.default({ form: 'plan', script: 'simplified', unread: [], observations: [] }),
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

/**
 * A plan's reviewed gazetteer (content/sources/<plan>.entities.json): the named enterprises,
 * institutes, cities, parks and projects. Every name and alias must occur in the plan's text.
 */
export const GazetteerEntrySchema = z.object({
  /** Optional explicit id; otherwise the pinyin of the name. */
  id: z.string().regex(/^[a-z0-9-]+$/).optional(),
  kind: EntityKindSchema,
  name: z.string().min(2),
  fullName: z.string().nullable().default(null),
  aliases: z.array(z.string().min(2)).default([]),
  /** Names of city entries (kind "city") it is located in. */
  cities: z.array(z.string()).default([]),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

export const GazetteerSchema = z
  .object({
    $comment: z.string().optional(),
    /** Phrases that contain a name without naming the entity (沈阳经济区 is a region, not the city). */
    ignore: z.array(z.string().min(2)).default([]),
    entities: z.array(GazetteerEntrySchema),
  })
  .superRefine((g, ctx) => {
    const seen = new Map<string, string>();
    for (const [i, e] of g.entities.entries()) {
      for (const n of [e.name, ...e.aliases]) {
        if (seen.has(n)) ctx.addIssue({ code: 'custom', path: ['entities', i], message: `“${n}” names both “${seen.get(n)}” and “${e.name}”` });
        seen.set(n, e.name);
      }
    }
    const cities = new Set(g.entities.filter((e) => e.kind === 'city').map((e) => e.name));
    for (const [i, e] of g.entities.entries()) {
      for (const c of e.cities) if (!cities.has(c)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'cities'], message: `“${c}” is not a city of the gazetteer` });
    }
  });
export type Gazetteer = z.infer<typeof GazetteerSchema>;
export type GazetteerInput = z.input<typeof GazetteerSchema>;

/**
 * Per-plan choices that the text does not state and that cannot be inferred safely
 * (content/sources/<plan>.conventions.json, reviewed like notes and the gazetteer).
 */
export const ConventionsSchema = z
  .object({
    $comment: z.string().optional(),
    /**
     * The file is a known excerpt (it ends early or lacks the closing lines on purpose): the note
     * says what it is, and every page of the plan shows it. Without it an incomplete file is an error.
     */
    excerpt: z.string().min(1).nullable().default(null),
    /** Running heads or feet printed on every page, exactly as printed, removed as page furniture. */
    runningHeads: z.array(z.string().min(1)).default([]),
    /**
     * How an undivided 责任单位 list is read when the plan does not say: the first listed unit leads
     * (the common convention) or every listed unit is jointly responsible.
     */
    leadRule: z.enum(['first-listed', 'all-responsible']).nullable().default(null),
  })
  .strict();
export type Conventions = z.infer<typeof ConventionsSchema>;
