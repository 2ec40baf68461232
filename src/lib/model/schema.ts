/**
 * The document model: the single description of every data shape the converter produces and the
 * pages consume. The outline tree holds the text in document order; the views (sectorGroups,
 * tasks, measures, departments …) index into it by id so that text is never stored twice.
 */
import { z } from 'zod';
import { PartSchema } from './schemas/outline.ts';
import { ReadingSchema } from './schemas/reading.ts';
import { AssignmentSchema, CitationSchema, DepartmentSchema, LeadingGroupSchema, OverviewSchema, StatsSchema } from './schemas/responsibilities.ts';
import { CorrectionSchema, MetaSchema, SourceNoteSchema } from './schemas/source.ts';
import { ParagraphSchema } from './schemas/text.ts';
import { PortalRecordSchema, SourceFormatSchema } from './schemas/document.ts';
import { PlanRecordSchema } from './schemas/sidecars.ts';
import { EntitySchema, MeasureSchema, SectorGroupSchema, SectorTaskMentionSchema, TargetSchema, TaskSchema } from './schemas/views.ts';

export * from './schemas/text.ts';
export * from './schemas/blocks.ts';
export * from './schemas/outline.ts';
export * from './schemas/source.ts';
export * from './schemas/views.ts';
export * from './schemas/responsibilities.ts';
export * from './schemas/reading.ts';
export * from './schemas/sidecars.ts';
export * from './schemas/document.ts';

export const PlanModelSchema = z.object({
  schemaVersion: z.literal(1),
  /** ASCII id of the plan, from the source file name (liaoning-2015-24). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * The source as published: its file name, lines (of its text, as read), SHA-256, format and size
   * in bytes (the 原文 page offers the file for download).
   */
  source: z.object({
    file: z.string(),
    lines: z.number().int(),
    sha256: z.string(),
    format: SourceFormatSchema.default('text'),
    bytes: z.number().int().nonnegative().nullable().default(null),
    /** Where each line of the text as read stands in the published file (formatPosition: p3:12, b14:r2:c3); null for a text file. */
    positions: z.array(z.string()).nullable().default(null),
  }),
  /** The portal's metadata block (索引号, 主题分类, 成文日期 …) when the source is a portal page, else null. */
  portalRecord: PortalRecordSchema.nullable().default(null),
  /**
   * The plan's curated record (content/sources/<plan>.record.json): status and its basis, 成文日期
   * and 发布日期, official page, original file, 政策解读. Null without one (the status is then 未标注).
   */
  record: PlanRecordSchema.nullable().default(null),
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
  reading: ReadingSchema.default({ form: 'plan', script: 'simplified', unread: [], observations: [], furniture: [], readerRepairs: [] }),
});
export type PlanModel = z.infer<typeof PlanModelSchema>;
