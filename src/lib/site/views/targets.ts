import { listPages } from '../../model/pages.ts';
import { pagePath } from '../../model/routes.ts';
import type { OutlineNode, PlanModel, Target } from '../../model/schema.ts';
import { childrenOf } from '../../model/walk.ts';

export interface TargetView extends Target {
  /** The page (sector, task, part …) that shows the paragraph, or null when only 原文 has it. */
  page: { href: string; title: string } | null;
}

export interface TargetGroup {
  /** Anchor id: y2017, y2015-end, annual, none. */
  key: string;
  label: string;
  targets: TargetView[];
}

/** Paragraph id → the page that shows it. */
export function paragraphPages(model: PlanModel): Map<string, { href: string; title: string }> {
  const pages = new Map(listPages(model).map((p) => [p.id, p]));
  const out = new Map<string, { href: string; title: string }>();
  const visit = (n: OutlineNode, page: { href: string; title: string } | null) => {
    const p = pages.get(n.id);
    const here = p ? { href: pagePath(model.id, p.kind, p.id), title: p.title } : page;
    if (here) for (const b of n.blocks) out.set(b.id, here);
    for (const c of childrenOf(n)) visit(c, here);
  };
  for (const p of model.parts) visit(p, null);
  return out;
}

/**
 * Targets grouped as a timeline: dated deadlines by year (到 2017 年 before 到 2017 年底), then recurring ones (每年), then those without a deadline.
 */
export function targetGroups(model: PlanModel): TargetGroup[] {
  const pages = paragraphPages(model);
  const view = (t: Target): TargetView => ({ ...t, page: pages.get(t.paragraph) ?? null });
  const dated = [...new Set(model.targets.filter((t) => t.year !== null).map((t) => `${t.year}${t.yearEnd ? '-end' : ''}`))].sort();
  const groups: TargetGroup[] = dated.map((k) => {
    const [year, end] = k.split('-');
    return {
      key: `y${k}`,
      label: `${year} 年${end ? '底' : ''}`,
      targets: model.targets.filter((t) => `${t.year}${t.yearEnd ? '-end' : ''}` === k).map(view),
    };
  });
  const annual = model.targets.filter((t) => t.frequency === 'annual').map(view);
  if (annual.length) groups.push({ key: 'annual', label: '每年', targets: annual });
  const none = model.targets.filter((t) => t.year === null && t.frequency === null).map(view);
  if (none.length) groups.push({ key: 'none', label: '未注明期限', targets: none });
  return groups;
}
