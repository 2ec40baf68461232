/** The document as printed around the outline: corrections, reviewed notes, envelope lines and meta. */
import { z } from 'zod';
import { ParagraphSchema, SourceRangeSchema } from './text.ts';

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
