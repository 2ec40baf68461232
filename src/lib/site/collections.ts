import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { PageKind } from '../model/pages.ts';
import type { PlanModel } from '../model/schema.ts';

let all: Promise<PlanModel[]> | null = null;
/** Every plan, by id. Read once per build: every page of a library asks for the list. */
export function plans(): Promise<PlanModel[]> {
  all ??= getCollection('plans').then((es) => es.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id)));
  return all;
}

export async function plan(id: string): Promise<PlanModel> {
  const e = await getEntry('plans', id);
  if (!e) throw new Error(`no plan ${id}`);
  return e.data;
}

/** Generated MDX pages of the given kinds, across plans, in document order. */
export async function pages(...kinds: PageKind[]): Promise<CollectionEntry<'pages'>[]> {
  const all = await getCollection('pages', (e) => kinds.includes(e.data.kind));
  return all.sort((a, b) => a.data.plan.localeCompare(b.data.plan) || a.data.order - b.data.order);
}

/** getStaticPaths for a route with one page per plan: /<plan>/… */
export async function planPaths() {
  return (await plans()).map((model) => ({ params: { plan: model.id }, props: { model } }));
}

/** getStaticPaths for a route that renders generated pages of some kinds. */
export async function pagePaths(...kinds: PageKind[]) {
  return (await pages(...kinds)).map((entry) => ({ params: { plan: entry.data.plan, id: entry.data.id }, props: { entry } }));
}
