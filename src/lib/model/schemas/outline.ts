/** The outline tree: headings and the part → section → item → clause nodes that hold the text. */
import { z } from 'zod';
import { BlockSchema } from './blocks.ts';
import { EntityMentionSchema, SourceRangeSchema } from './text.ts';

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
