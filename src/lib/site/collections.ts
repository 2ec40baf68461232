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

let part: Promise<{ library: boolean; plans: Set<string> | null }> | null = null;
/** What this build renders (src/content.config.ts): the library-level pages or not, which plans' pages. */
function buildPart() {
  part ??= getCollection('part').then((es) => {
    const ids = es.map((e) => e.id);
    return { library: ids.includes('library'), plans: ids.includes('plan:*') ? null : new Set(ids.filter((i) => i.startsWith('plan:')).map((i) => i.slice(5))) };
  });
  return part;
}

/** Whether this build renders the library-level pages (home, facets, departments, search…): not a shard. */
export const buildsLibrary = async (): Promise<boolean> => (await buildPart()).library;

/**
 * The plans whose pages this build renders: every plan, or a shard's (`npm run build -- --shard
 * K/N`). The library's facts (citations, facets, labels) still come from every plan: plans().
 */
export async function builtPlans(): Promise<PlanModel[]> {
  const { plans: chosen } = await buildPart();
  const all = await plans();
  return chosen === null ? all : all.filter((p) => chosen.has(p.id));
}

let cacheKey: Promise<string | undefined> | null = null;
/**
 * getStaticPaths' list with the key under which Astro keeps the pages for the next build
 * (src/content.config.ts, collection `cache`): unchanged, Astro restores a page instead of
 * rendering it. Every route with getStaticPaths returns its list through here. No key in a
 * partial build, which renders every page.
 */
export async function keyed<T extends object>(paths: T[]): Promise<(T & { cacheKey?: string })[]> {
  cacheKey ??= (async () => (await getEntry('cache', 'pages'))?.data.key)();
  const key = await cacheKey;
  return key === undefined ? paths : paths.map((p) => ({ ...p, cacheKey: key }));
}

/** getStaticPaths for a route with one page per plan: /<plan>/… */
export async function planPaths() {
  return keyed((await builtPlans()).map((model) => ({ params: { plan: model.id }, props: { model } })));
}

/** getStaticPaths for a route that renders generated pages of some kinds. */
export async function pagePaths(...kinds: PageKind[]) {
  return keyed((await pages(...kinds)).map((entry) => ({ params: { plan: entry.data.plan, id: entry.data.id }, props: { entry } })));
}
