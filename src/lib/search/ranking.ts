/**
 * Ranking rule for queries of several words (a place and a topic: 盘锦 石化, 沈阳 机器人): the pages
 * that say what the plan does about a topic and who is responsible for it — sector, task, policy
 * measure and department pages — come before list and gazetteer pages (the entity index and
 * entity pages, targets, indicators, parts, 原文, tables of contents), each group in Pagefind's
 * order. Every hit is still checked to hold every word (engine.ts), so a page of the first group
 * is listed first only when it holds the whole query. A one-word query keeps Pagefind's order: an
 * entity's own page is the right first answer for its name.
 */
export const FIRST_KINDS = ['行业', '任务', '保障措施', '部门'] as const;

/** True when the rule applies to a query of these words. */
export const tiered = (words: string[]) => words.length >= 2;

/** The kinds of the first group, within what the reader selected and minus what is excluded. */
export function firstKinds(selected: string[] | undefined, excluded: string[] = []): string[] {
  return FIRST_KINDS.filter((k) => (!selected?.length || selected.includes(k)) && !excluded.includes(k));
}

/** The hits of the first group first, each group in its given order. */
export function firstGroupFirst<T extends { id: string }>(hits: T[], first: Set<string>): T[] {
  return [...hits.filter((h) => first.has(h.id)), ...hits.filter((h) => !first.has(h.id))];
}
