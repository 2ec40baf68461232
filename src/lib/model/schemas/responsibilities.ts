/** Who is responsible: parties, printed assignments, departments, and the plan's overview and statistics. */
import { z } from 'zod';
import { AssignmentNotationSchema, LeadRuleSchema } from './blocks.ts';

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
