import { listPages, type PageFrontmatter } from '../../model/pages.ts';
import type { Entity, EntityKind, EntityMention, OutlineNode, PlanModel } from '../../model/schema.ts';
import { childrenOf } from '../../model/walk.ts';


/** One place the plan names an entity: the sentence around it and where it lives. */
export interface EntityOccurrence {
  entity: string;
  /** Id of the paragraph (or sentence-heading) that names it. */
  block: string;
  /** The sentence, split around the name so a page can highlight it. */
  before: string;
  name: string;
  after: string;
  /** The page that shows the block (a sector, task, part …), or null when only 原文 has it. */
  page: PageFrontmatter | null;
}

interface Host {
  id: string;
  text: string;
  entities: EntityMention[];
  page: PageFrontmatter | null;
}

const SENTENCE_END = /[。！？；]/;

/** The text of the plan that can name entities, each block with the page it appears on. */
export function entityHostsOf(model: PlanModel): Host[] {
  const pages = new Map(listPages(model).map((p) => [p.id, p]));
  const hosts: Host[] = [];
  for (const p of [...model.meta.noticeBody, ...model.preamble]) hosts.push({ id: p.id, text: p.text, entities: p.entities ?? [], page: null });
  const visit = (n: OutlineNode, page: PageFrontmatter | null) => {
    const here = pages.get(n.id) ?? page;
    if (n.kind === 'clause' && n.heading.sentence) hosts.push({ id: n.id, text: n.heading.title, entities: n.heading.entities ?? [], page: here });
    for (const b of n.blocks) if (b.type === 'paragraph') hosts.push({ id: b.id, text: b.text, entities: b.entities ?? [], page: here });
    for (const c of childrenOf(n)) visit(c, here);
  };
  for (const p of model.parts) visit(p, null);
  return hosts;
}

const memo = new WeakMap<PlanModel, EntityOccurrence[]>();
/**
 * Every mention of every entity, in document order, with its sentence. Kept per model: every
 * entity page, and each reading page's search topics, ask for them.
 */
export function occurrences(model: PlanModel): EntityOccurrence[] {
  let out = memo.get(model);
  if (!out) {
    out = findOccurrences(model);
    memo.set(model, out);
  }
  return out;
}

function findOccurrences(model: PlanModel): EntityOccurrence[] {
  return entityHostsOf(model).flatMap((h) =>
    h.entities.map((m) => {
      let s = m.start;
      while (s > 0 && !SENTENCE_END.test(h.text[s - 1])) s--;
      let e = m.end;
      // Stryker disable next-line EqualityOperator: going one past the end only makes slice() clamp to the end.
      while (e < h.text.length && !SENTENCE_END.test(h.text[e])) e++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: as above, slice() clamps an end past the text.
      if (e < h.text.length) e++;
      return { entity: m.entity, block: h.id, before: h.text.slice(s, m.start).trimStart(), name: h.text.slice(m.start, m.end), after: h.text.slice(m.end, e), page: h.page };
    }),
  );
}

/** The sector (and task) pages whose text names any of the given entities, in document order. */
export function pagesNaming(model: PlanModel, ids: string[], kind: 'sector' | 'task'): PageFrontmatter[] {
  const out: PageFrontmatter[] = [];
  for (const o of occurrences(model)) {
    if (!ids.includes(o.entity) || !o.page || o.page.kind !== kind) continue;
    if (!out.some((p) => p.id === o.page!.id)) out.push(o.page);
  }
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: occurrences come in document order, which is page order, so the sort only guards against a change of that.
  return out.sort((a, b) => a.order - b.order);
}

export interface CityView {
  city: Entity;
  /** Entities located in the city, by kind. */
  located: Entity[];
  /** Mentions of the city itself, and of the entities located there. */
  direct: number;
  viaLocated: number;
}

/** Each city with what the gazetteer places there, ranked by how often the plan names them. */
export function cityViews(model: PlanModel): CityView[] {
  return model.entities
    .filter((e) => e.kind === 'city')
    .map((city) => {
      const located = model.entities.filter((e) => e.cities.includes(city.id));
      return { city, located, direct: city.mentionCount, viaLocated: located.reduce((n, e) => n + e.mentionCount, 0) };
    })
    .sort((a, b) => b.direct + b.viaLocated - (a.direct + a.viaLocated) || model.entities.indexOf(a.city) - model.entities.indexOf(b.city));
}
