/** How the converter read the document: its form, and the lines it kept as text or found unusual. */
import { z } from 'zod';

/**
 * The form of document, recognised from its opening lines: a 通知 that 印发s a plan, a 转发 notice,
 * a 通知 whose body is the measures, a document that is its own title (意见, 决定, 若干措施 …), a
 * 批复/函/答复, a plan text with no notice, or something else.
 */
export const DocumentFormSchema = z.enum(['notice-plan', 'forward', 'notice', 'opinion', 'reply', 'plan', 'document']);
export type DocumentForm = z.infer<typeof DocumentFormSchema>;
export const ReadingPassSchema = z.enum(['envelope', 'outline', 'assignments', 'attachments', 'record']);
export type ReadingPass = z.infer<typeof ReadingPassSchema>;
/** Why a line stayed plain text. */
export const UnreadCodeSchema = z.enum(['title', 'closing', 'heading-too-deep', 'department-line', 'deadline-line', 'table', 'attachment-table', 'attachment-row']);
export type UnreadCode = z.infer<typeof UnreadCodeSchema>;
/** Something read in a way the format does not prescribe. */
export const ObservationCodeSchema = z.enum(['heading-sequence', 'heading-level', 'task-without-responsibility', 'no-title', 'no-parts', 'attachment-row', 'record-differs', 'contents-missing', 'contents-unlisted']);
export type ObservationCode = z.infer<typeof ObservationCodeSchema>;

/**
 * An entry of the document's own 目录 (its lines stay in the preamble as printed): the marker and
 * title it lists, its page number as printed, and the part or section of the body it names (null
 * when the body prints no such heading, or the entry has no marker: 前言, 附件).
 */
export const ContentsEntrySchema = z.object({
  line: z.number().int().positive(),
  marker: z.string(),
  title: z.string(),
  page: z.string().nullable(),
  node: z.string().nullable(),
});
export type ContentsEntry = z.infer<typeof ContentsEntrySchema>;

export const ReadingSchema = z.object({
  form: DocumentFormSchema,
  /** A traditional-character copy is read through a simplified view and kept as printed. */
  script: z.enum(['simplified', 'traditional']),
  /** Lines kept as plain text where they are printed, with the reason. */
  unread: z.array(z.object({ line: z.number().int().positive(), endLine: z.number().int().positive(), pass: ReadingPassSchema, code: UnreadCodeSchema, detail: z.string() })),
  observations: z.array(z.object({ line: z.number().int().positive(), pass: ReadingPassSchema, code: ObservationCodeSchema, detail: z.string() })),
  /** The 目录 the document prints before its body, when it prints one (absent otherwise). */
  /**
   * What a reader set apart as page furniture (page numbers, running heads and feet, a table header
   * printed again after a page break), at its place in the file: not document text, listed so a
   * reader can see what was left out.
   */
  furniture: z.array(z.object({ kind: z.enum(['page-number', 'running-head', 'running-foot', 'repeated-header', 'other']), text: z.string(), at: z.string() })).default([]),
  /**
   * Characters a reader read as the ordinary character while decoding (a PDF font's Kangxi radical
   * ⼯ read as 工), at their place in the file: repairs made before the text reached the converter,
   * listed with the converter's own on 原文.
   */
  readerRepairs: z.array(z.object({ at: z.string(), before: z.string(), after: z.string(), reason: z.string() })).default([]),
  contents: z.object({ line: z.number().int().positive(), endLine: z.number().int().positive(), entries: z.array(ContentsEntrySchema) }).optional(),
});
export type Reading = z.infer<typeof ReadingSchema>;
