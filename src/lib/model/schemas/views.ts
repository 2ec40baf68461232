/** Views that index into the outline by id: sectors, tasks, entities, targets and measures. */
import { z } from 'zod';

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
