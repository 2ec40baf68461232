/**
 * The order a reader expects, for every query: the pages that say what the plan does about a topic
 * come first, list pages after them, 原文 (which holds every word) last; entity stubs (the entity
 * pages and their index) are set apart in one group of their own. Pagefind's order is kept within
 * each tier.
 *
 *   topic   pages whose 主题 (their title, a sector's key terms, the enterprises and places the
 *           plan names first in that sector) holds a query word: 钢铁 → 冶金工业, 新松 → 智能机器人
 *   first   the other sector, task, policy measure and department pages
 *   rest    indicators, targets, parts, the plan's home, tables of contents
 *   last    原文
 *   entity  名录: the entity pages and their index, grouped under 企业与城市 (N)
 *
 * Tiers are known from Pagefind searches with a 类别 or 主题 filter (result ids only: no fragment is
 * fetched), so the order is set before any result is loaded. Every hit is still checked to hold every
 * word (engine.ts).
 */
import { matchable } from '../model/normalise.ts';

export const FIRST_KINDS = ['行业', '任务', '保障措施', '部门'] as const;
export const ENTITY_KIND = '名录';
export const LAST_KINDS = ['原文'] as const;

/** Whether entities are set apart: not when the reader asked for them (类别 = 名录). */
export const groupsEntities = (selectedKinds: string[] | undefined) => !selectedKinds?.includes(ENTITY_KIND);

/** The 主题 values that hold a query word (spaces and case ignored): the topic pages are those tagged so. */
export function matchingTopics(values: Iterable<string>, words: string[]): string[] {
  const needles = words.map(matchable).filter(Boolean);
  return [...values].filter((v) => needles.some((n) => matchable(v).includes(n)));
}

export interface Tiers {
  topic: Set<string>;
  first: Set<string>;
  last: Set<string>;
  entity: Set<string>;
}

/**
 * Hits in reading order (see the file comment) and, apart, the entity hits when they are grouped.
 * Each tier keeps the hits' given order.
 */
export function orderHits<T extends { id: string }>(hits: T[], tiers: Tiers, group = true): { main: T[]; entities: T[] } {
  // A page has one kind; should the tiers overlap, a reading page is never set apart.
  const tier = (h: T) => (tiers.topic.has(h.id) ? 0 : tiers.first.has(h.id) ? 1 : group && tiers.entity.has(h.id) ? -1 : tiers.last.has(h.id) ? 3 : 2);
  const main = [0, 1, 2, 3].flatMap((t) => hits.filter((h) => tier(h) === t));
  return { main, entities: hits.filter((h) => tier(h) === -1) };
}
