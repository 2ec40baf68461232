import { z } from 'zod';
import type { Part, PlanModel } from './schema.ts';

/** The kinds of page-sized nodes, each with its own generated MDX file and route. */
export const PageKindSchema = z.enum(['part', 'sector-group', 'sector', 'task', 'measure', 'attachment']);
export type PageKind = z.infer<typeof PageKindSchema>;

/** Frontmatter of a generated MDX page: validated again by the content collection. */
export const PageFrontmatterSchema = z.object({
  plan: z.string().regex(/^[a-z0-9-]+$/),
  kind: PageKindSchema,
  id: z.string().regex(/^[a-z0-9-]+$/),
  number: z.number().int().positive(),
  /** The heading's marker as printed (（一）, 1. …). */
  marker: z.string(),
  title: z.string(),
  /** Position in document order among all pages of the plan. */
  order: z.number().int().nonnegative(),
  /** Id of the enclosing page, if any (a sector's group, a section's part). */
  parent: z.string().nullable(),
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** Department ids (tasks only). */
  leads: z.array(z.string()).default([]),
  partners: z.array(z.string()).default([]),
  partnersOpenEnded: z.boolean().default(false),
  /** SHA-256 of the source the page was generated from. */
  sourceSha256: z.string(),
});
export type PageFrontmatter = z.infer<typeof PageFrontmatterSchema>;

/** Lists the plan's page-sized nodes in document order, with their frontmatter. */
export function listPages(model: PlanModel): PageFrontmatter[] {
  const pages: Omit<PageFrontmatter, 'order'>[] = [];
  const base = { plan: model.id, leads: [], partners: [], partnersOpenEnded: false, sourceSha256: model.source.sha256 };
  const head = (n: { id: string; number: number; heading: { marker: string; title: string }; line: number; endLine: number }) => ({
    id: n.id,
    number: n.number,
    marker: n.heading.marker.trim(),
    title: n.heading.title,
    line: n.line,
    endLine: n.endLine,
  });
  const visitPart = (p: Part) => {
    if (p.role === 'attachment') {
      pages.push({ ...base, ...head(p), kind: 'attachment', parent: null });
      return;
    }
    pages.push({ ...base, ...head(p), kind: 'part', parent: null });
    for (const s of p.children) {
      if (p.role === 'sectors') {
        pages.push({ ...base, ...head(s), kind: 'sector-group', parent: p.id });
        for (const i of s.children) pages.push({ ...base, ...head(i), kind: 'sector', parent: s.id });
      } else if (p.role === 'tasks') {
        const t = model.tasks.find((x) => x.id === s.id)!;
        pages.push({ ...base, ...head(s), kind: 'task', parent: p.id, leads: t.leads, partners: t.partners, partnersOpenEnded: t.partnersOpenEnded });
      } else if (p.role === 'measures') {
        pages.push({ ...base, ...head(s), kind: 'measure', parent: p.id });
      }
    }
  };
  model.parts.forEach(visitPart);
  return pages.map((p, order) => ({ ...p, order }));
}
