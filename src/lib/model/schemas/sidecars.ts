/** Reviewed files kept beside the sources: notes, the department registry, gazetteers and conventions. */
import { z } from 'zod';
import { EntityKindSchema } from './views.ts';

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

/**
 * A plan's status as a portal reader expects it (现行有效 / 已失效 / 已修改), or 未标注 when no one
 * has recorded it: never guessed from the text's age or its target years.
 */
export const PLAN_STATUSES = ['现行有效', '已失效', '已修改', '未标注'] as const;
export const PlanStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

/** A day as YYYY-MM-DD. */
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/** A document a plan links to: its title, its address and who publishes it there. */
export const RecordLinkSchema = z.object({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** The publisher of the page (辽宁省人民政府网站): every curated link names its source. */
  source: z.string().min(1),
});
export type RecordLink = z.infer<typeof RecordLinkSchema>;

/**
 * What a status rests on: a later document (its 文号; the one that repeals or amends the plan), or
 * a portal's own statement (its words, the page that prints them and the day it was read).
 */
export const StatusBasisSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    docNumber: z.string().min(1),
    title: z.string().min(1).nullable().default(null),
    url: z.url({ protocol: /^https?$/ }).nullable().default(null),
  }).strict(),
  z.object({
    kind: z.literal('portal'),
    statement: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    checked: IsoDateSchema.nullable().default(null),
  }).strict(),
]);
export type StatusBasis = z.infer<typeof StatusBasisSchema>;

/**
 * A plan's curated record (content/sources/<plan>.record.json, reviewed like the notes): what a
 * portal reader expects beside the text and the text does not print — its status and what that
 * rests on, its 成文日期 and 发布日期, the official page and the file as published, and the
 * 政策解读 published with it. Every field is null (or empty) until someone can support it.
 */
export const PlanRecordSchema = z
  .object({
    $comment: z.string().optional(),
    status: PlanStatusSchema.default('未标注'),
    basis: StatusBasisSchema.nullable().default(null),
    /** 成文日期, where a source other than the text gives it (the text's own date is in the model). */
    writtenDate: IsoDateSchema.nullable().default(null),
    /** 发布日期: the day the document was published (a portal's date; the text does not print it). */
    publishedDate: IsoDateSchema.nullable().default(null),
    /** The document's page on the issuer's official portal. */
    sourceUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
    /** The file as published (PDF, Word), where the portal offers one. */
    originalFile: z.object({ url: z.url({ protocol: /^https?$/ }), format: z.string().min(1).nullable().default(null) }).strict().nullable().default(null),
    /** 政策解读 published for it, each with its source. */
    interpretations: z.array(RecordLinkSchema).default([]),
  })
  .strict()
  .superRefine((r, ctx) => {
    // A status is a claim: it needs what it rests on; 未标注 rests on nothing.
    if (r.status !== '未标注' && !r.basis) ctx.addIssue({ code: 'custom', path: ['basis'], message: `status “${r.status}” needs its basis (a later document's 文号 or a portal's statement)` });
    if (r.status === '未标注' && r.basis) ctx.addIssue({ code: 'custom', path: ['status'], message: 'a basis is given but the status is 未标注' });
  });
export type PlanRecord = z.infer<typeof PlanRecordSchema>;
export type PlanRecordInput = z.input<typeof PlanRecordSchema>;
