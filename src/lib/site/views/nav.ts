import { listPages, type PageFrontmatter } from '../../model/pages.ts';
import { pagePath, planHome } from '../../model/routes.ts';
import type { OutlineNode, PlanModel } from '../../model/schema.ts';
import { childrenOf } from '../../model/walk.ts';

export interface Crumb {
  label: string;
  href: string;
}

export const hrefOf = (p: PageFrontmatter) => pagePath(p.plan, p.kind, p.id);

/** The path from the plan's home to a page, the page itself last. */
export function breadcrumbs(model: PlanModel, id: string): Crumb[] {
  const pages = listPages(model);
  const byId = new Map(pages.map((p) => [p.id, p]));
  const chain: PageFrontmatter[] = [];
  for (let p = byId.get(id); p; p = p.parent ? byId.get(p.parent) : undefined) chain.unshift(p);
  if (chain.length === 0) throw new Error(`no page ${id} in ${model.id}`);
  return [{ label: '首页', href: planHome(model.id) }, ...chain.map((p) => ({ label: p.title, href: hrefOf(p) }))];
}

/** The previous and next page of the same kind in document order (sector → sector, task → task). */
export function prevNext(model: PlanModel, id: string): { prev: PageFrontmatter | null; next: PageFrontmatter | null } {
  const pages = listPages(model);
  const page = pages.find((p) => p.id === id);
  if (!page) throw new Error(`no page ${id} in ${model.id}`);
  const same = pages.filter((p) => p.kind === page.kind);
  const i = same.indexOf(page);
  return { prev: same[i - 1] ?? null, next: same[i + 1] ?? null };
}

/** Children pages of a page (a part's sections, a group's sectors). */
export function childPages(model: PlanModel, id: string): PageFrontmatter[] {
  return listPages(model).filter((p) => p.parent === id);
}

/** The 专栏 in a node's subtree, each with the page that shows it (the nearest page-sized ancestor). */
export function boxesIn(model: PlanModel, node: OutlineNode): { label: string; href: string }[] {
  const pages = new Map(listPages(model).map((p) => [p.id, p]));
  const out: { label: string; href: string }[] = [];
  const visit = (n: OutlineNode, page: string | null) => {
    const here = pages.has(n.id) ? n.id : page;
    for (const b of n.blocks) {
      if (b.type !== 'box' || here === null) continue;
      const p = pages.get(here)!;
      out.push({ label: `${b.marker.trim()} ${b.title.trim()}`.trim(), href: `${pagePath(model.id, p.kind, p.id)}#${b.id}` });
    }
    for (const c of childrenOf(n)) visit(c, here);
  };
  visit(node, null);
  return out;
}
