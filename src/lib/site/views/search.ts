/**
 * What the search needs from the plan, computed at build time: the 主题 of a page (the names a
 * reader types that the page is about: ranking.ts puts those pages first) and the results page's
 * filters (values from the models; counts are filled in by the search).
 */
import type { PlanModel } from '../../model/schema.ts';
import { FILTER } from '../../search/attributes.ts';
import { FILTER_KINDS } from '../../model/labels.ts';
import { isLibrary, planCard, sortCards } from '../library/library.ts';
import { pagesNaming } from './entities.ts';

/**
 * A reading page's 主题: its title; for a sector, its key terms and the names (and printed other
 * forms) of the enterprises, institutes, parks, projects and cities that the plan names first in
 * that sector (沈阳新松机器人 is named in 智能机器人 before 先进轨道交通装备: 新松 finds 智能机器人
 * first). An entity named in no sector of its own counts where the entities it takes in are named.
 */
export function pageTopics(model: PlanModel, pageId: string, title: string): string[] {
  const sector = model.sectorGroups.flatMap((g) => g.sectors).find((s) => s.id === pageId);
  if (!sector) return [title];
  return [...new Set([title, ...sector.keyTerms, ...(firstNamed(model).get(pageId) ?? [])])];
}

const memo = new WeakMap<PlanModel, Map<string, string[]>>();
/** Sector id → the names of the entities the plan names first there. */
function firstNamed(model: PlanModel): Map<string, string[]> {
  let out = memo.get(model);
  if (!out) {
    out = new Map();
    for (const e of model.entities) {
      const own = pagesNaming(model, [e.id], 'sector');
      const first = (own.length ? own : pagesNaming(model, e.within, 'sector'))[0];
      if (first) out.set(first.id, [...(out.get(first.id) ?? []), e.name, ...e.aliases]);
    }
    memo.set(model, out);
  }
  return out;
}

export interface SearchFilter {
  key: string;
  label: string;
  values: readonly string[];
  /** Unfolded when the page opens. */
  open: boolean;
}

/** The results page's filters: inside a library also which plan, issuer and year. */
export function searchFilters(all: PlanModel[]): SearchFilter[] {
  const leads = [...new Set(all.flatMap((m) => m.departments.filter((d) => d.leads.length > 0).map((d) => d.name)))];
  const groups = [...new Set(all.flatMap((m) => m.sectorGroups.map((g) => g.title)))];
  const cards = sortCards(all.map(planCard));
  const planFilters: SearchFilter[] = isLibrary(all)
    ? [
        { key: FILTER.plan, label: '文件', values: cards.map((c) => c.label), open: true },
        { key: FILTER.issuer, label: '发文机关', values: [...new Set(cards.map((c) => c.issuer))].sort((a, b) => a.localeCompare(b, 'zh-CN')), open: false },
        { key: FILTER.year, label: '年份', values: [...new Set(cards.flatMap((c) => (c.year === null ? [] : [String(c.year)])))].sort().reverse(), open: false },
      ]
    : [];
  return [
    ...planFilters,
    { key: FILTER.kind, label: '类别', values: FILTER_KINDS, open: true },
    { key: FILTER.group, label: '行业组', values: groups, open: false },
    { key: FILTER.leads, label: '牵头部门', values: leads, open: false },
  ];
}
