/** Paragraphs and the marks, mentions and enumerations inside them. */
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
