/**
 * What a plan's own pages show of the other plans of the library: whether the site is a library,
 * the plans it cites and those citing it (PlanCitations, PlanRecord, the 原文 page's in-text
 * links), and for each of its departments the body's page across the library (the department
 * page's 全部文件 link; it names no count of plans, which would change with every plan added that
 * names the body). The incremental build (scripts/build-incremental.ts)
 * keys a plan's cached pages by these facts: a page that starts showing another fact of other
 * plans must read it through here (or the cache would serve it stale after that plan changes);
 * tests/e2e/incremental.test.ts compares the result with a build in one piece.
 *
 * Everything else on a plan's pages is the plan's own (its model, pages, the registry): the
 * breadcrumbs, header, search filters, structured data and link-preview cards read only their plan.
 */
import type { PlanModel, Registry } from '../../model/schema.ts';
import { citedBy, citesOf, citationLinks, isLibrary, libraryDepartments, type LibraryDepartment } from './library.ts';

/** A department's place in the library as its page in one plan shows it: the address of its library page. */
export interface DepartmentAcross { id: string }

export const departmentAcross = (d: LibraryDepartment): DepartmentAcross => ({ id: d.id });

export interface PlanFacts {
  library: boolean;
  cites: ReturnType<typeof citesOf>;
  citedBy: ReturnType<typeof citedBy>;
  links: [string, ReturnType<typeof citationLinks> extends Map<string, infer V> ? V : never][];
  departments: [string, DepartmentAcross | null][];
}

/**
 * The facts of every plan of `models` (the library: summaries suffice, `summaryOf` in
 * src/lib/build/shards.ts), by plan id. The library's departments are computed once.
 */
export function libraryFactsOf(models: PlanModel[], registry: Registry): Map<string, PlanFacts> {
  const library = isLibrary(models);
  const across = new Map(library ? libraryDepartments(models, registry).departments.map((d) => [d.name, departmentAcross(d)]) : []);
  return new Map(models.map((m) => [m.id, {
    library,
    // PlanRecord lists what a one-plan site cites; PlanCitations both ways in a library.
    cites: citesOf(m, models),
    citedBy: library ? citedBy(m, models) : [],
    links: library ? [...citationLinks(m, models)] : [],
    departments: m.departments.map((d) => [d.name, across.get(d.name) ?? null] as [string, DepartmentAcross | null]),
  }]));
}
