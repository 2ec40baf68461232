/**
 * Browser side of search: loads Pagefind on first use, prepares the query (full-width folding,
 * traditional → simplified with OpenCC only when a character needs it), and makes up for the
 * segmentation gap between Pagefind's index (its extended binary's dictionary segmenter, ICU4X in
 * 1.6) and its query (the browser's Intl.Segmenter).
 */
import { cleanExcerpt, hasHan, normalizeQuery, pagefindFilters, queryTerms, type FilterSelection } from '../../lib/search/query.ts';
import { mayNeedConversion } from '../../lib/search/traditional.ts';
import { FILTER } from '../../lib/search/attributes.ts';
import { ENTITY_KIND, FIRST_KINDS, groupsEntities, LAST_KINDS, matchingTopics, orderHits } from '../../lib/search/ranking.ts';
import { SITE_BUNDLE } from '../../lib/model/routes.ts';
import { matchable } from '../../lib/model/normalise.ts';
import { addCounts } from '../../lib/search/directory.ts';

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
  locations: number[];
  sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: object): Promise<void>;
  search(q: string | null, o?: object): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
}
export interface PagefindModule extends PagefindApi {
  createInstance(o: Record<string, unknown>): PagefindApi;
}

/**
 * The shard bundles of a sharded build (`npm run build:merge`), which its library pages name in a
 * <meta>: the library search merges them into the site's bundle. None in a build in one piece.
 */
const shardBundles = (): string[] => document.querySelector<HTMLMetaElement>('meta[name="search-shards"]')?.content.split(' ').filter(Boolean) ?? [];

const bundles = new Map<string, Promise<PagefindApi>>();
export const OPTIONS = { excerptLength: 36, ranking: { pageLength: 0.5 } };

/**
 * Loads a Pagefind bundle's pagefind.js once (the site's, or one plan's in a library: see
 * src/lib/search/bundles.ts). The search runs on the main thread: no extra worker script to fetch.
 */
export function loadPagefind(bundle = SITE_BUNDLE): Promise<PagefindApi> {
  let p = bundles.get(bundle);
  if (!p) {
    p = (async () => {
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
      const options = OPTIONS;
      await pf.options({ noWorker: true, ...options, ...(bundle === SITE_BUNDLE ? {} : { basePath: bundle }) });
      await pf.init();
      // Pagefind searches merged indexes with the site bundle's WebAssembly: each shard adds its
      // page list and, per query, its own word chunks (docs/performance.md, sharded builds).
      if (bundle === SITE_BUNDLE) await Promise.all(shardBundles().map((b) => pf.mergeIndex(b, options)));
      return pf;
    })();
    bundles.set(bundle, p);
  }
  return p;
}

/**
 * A Pagefind instance made elsewhere (library.ts: plans' bundles merged), under a key that runSearch
 * takes as its `bundle`.
 */
export function registerEngine(key: string, make: () => Promise<PagefindApi>): void {
  if (!bundles.has(key)) bundles.set(key, make());
}

const filterIndexes = new Map<string, Promise<unknown>>();
/**
 * Loads a bundle's whole filter index once (a chunk per filter key, each listing its values' pages:
 * ≈ 0.5 KB a plan in a library), so that Pagefind counts each filter value over all hits. Only for
 * the counts beside the filters, while they are open: a search loads the chunks of the filters it
 * uses, no more.
 */
export function loadFilters(bundle = SITE_BUNDLE): Promise<unknown> {
  let p = filterIndexes.get(bundle);
  if (!p) {
    p = loadPagefind(bundle).then((pf) => pf.filters());
    filterIndexes.set(bundle, p);
  }
  return p;
}

let converter: Promise<(s: string) => string> | null = null;
/** traditional → simplified, fetched only for a query with a character that changes. */
export async function toSimplified(q: string): Promise<string> {
  if (!mayNeedConversion(q)) return q;
  converter ??= import('./t2s.ts').then((m) => m.toSimplified);
  return (await converter)(q);
}

export interface Hit {
  id: string;
  /** Found through the segmentation fallback: kept only once its text is checked. */
  unverified: boolean;
  data: () => Promise<PagefindData | null>;
}

export interface Outcome {
  /** The query as typed, normalised. */
  query: string;
  /** The query Pagefind ran: differs when converted to simplified characters. */
  searched: string;
  /** In reading order (lib/search/ranking.ts), without the entities when they are grouped. */
  hits: Hit[];
  /** The entity pages and their index, set apart (empty when the reader asked for 名录). */
  entities: Hit[];
  /**
   * Pagefind's count of each filter value; a key the reader has chosen values of is counted as if
   * none were chosen, so that every value stays in sight with its count while one is ticked.
   */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/**
 * Runs a search. Pagefind matches each query word (as Intl.Segmenter cuts it) as the start of an
 * index word (as the indexer cut the page). Where the indexer glued the query's first character to
 * the word before it (…在原|材料制备… for 原材料), the page is missed. So for every Han word of three or more
 * characters the search also runs without the word's first character, and a page only that finds
 * is kept if its text contains the query: no page that has the words is lost.
 */
export async function runSearch(raw: string, filters: FilterSelection = {}, { fallbackBelow = Infinity, exclude, bundle, counts = false }: { fallbackBelow?: number; exclude?: Record<string, string[]>; bundle?: string; counts?: boolean } = {}): Promise<Outcome | null> {
  const query = normalizeQuery(raw);
  if (!query) return null;
  const pf = await loadPagefind(bundle);
  if (counts) await loadFilters(bundle);
  const searched = await toSimplified(query);
  const opts = { filters: { ...pagefindFilters(filters), ...Object.fromEntries(Object.entries(exclude ?? {}).map(([k, v]) => [k, { none: v }])) } };
  const main = await pf.search(searched, opts);
  if (!main) return null;
  const words = queryTerms(searched);
  const variants = main.results.length < fallbackBelow && words.some((w) => hasHan(w) && [...w].length >= 3)
    ? [words.map((w) => (hasHan(w) && [...w].length >= 3 ? [...w].slice(1).join('') : w)).join(' ')]
    : [];
  const seen = new Set(main.results.map((r) => r.id));
  // Pagefind shortens a word it cannot find (宇航员 → 员 finds 人员): every hit is checked against
  // the page text when its data is loaded, so results are exactly the pages that have the words.
  const needles = words.map(matchable);
  const check = (d: PagefindData) => {
    const text = matchable(d.content + ' ' + (d.meta.title ?? ''));
    return needles.every((n) => text.includes(n)) ? d : null;
  };
  const hits: Hit[] = main.results.map((r) => ({ id: r.id, unverified: false, data: once(async () => check(await r.data())) }));
  for (const v of variants) {
    const more = await pf.search(v, opts);
    for (const r of more?.results ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      hits.push({
        id: r.id,
        unverified: true,
        data: once(async () => check(await r.data())),
      });
    }
  }
  // Reading order (lib/search/ranking.ts): tiers from filtered searches, ids only. They load the
  // 类别 and 主题 filter chunks, not the others (docs/performance.md, search bytes).
  const ids = async (filter: Record<string, { any: string[] }>) => {
    const out = new Set<string>();
    for (const q of [searched, ...variants]) for (const r of (await pf.search(q, { filters: { ...opts.filters, ...filter } }))?.results ?? []) out.add(r.id);
    return out;
  };
  const topics = matchingTopics(await topicValues(pf, bundle), words);
  const tiers = {
    topic: topics.length ? await ids({ [FILTER.topic]: { any: topics } }) : new Set<string>(),
    first: await ids({ [FILTER.kind]: { any: [...FIRST_KINDS] } }),
    last: await ids({ [FILTER.kind]: { any: [...LAST_KINDS] } }),
    entity: await ids({ [FILTER.kind]: { any: [ENTITY_KIND] } }),
  };
  const { main: ordered, entities } = orderHits(hits, tiers, groupsEntities(filters[FILTER.kind]));
  // A chosen key is counted without its own choice (the other keys still narrow it).
  const counted = { ...main.filters };
  if (counts) {
    for (const key of Object.keys(pagefindFilters(filters))) {
      const rest = { ...opts.filters };
      delete rest[key];
      const r = await pf.search(searched, { filters: rest });
      if (r?.filters[key]) counted[key] = r.filters[key];
    }
  }
  return { query, searched, hits: ordered, entities, filters: counted, totalFilters: main.totalFilters };
}

/** Two searches' outcomes as one: the first's hits, then the second's (results plan by plan). */
export function joinOutcomes(a: Outcome, b: Outcome): Outcome {
  return { query: a.query, searched: b.searched, hits: [...a.hits, ...b.hits], entities: [...a.entities, ...b.entities], filters: addCounts(a.filters, b.filters), totalFilters: addCounts(a.totalFilters, b.totalFilters) };
}

const topicIndexes = new Map<string, Promise<string[]>>();
/**
 * The 主题 values of a bundle: which of them hold a query word is known only from the values
 * themselves. A search filtered on 主题 loads that filter's chunk alone, and its response lists
 * every value of the key (totalFilters); `pf.filters()` would load every filter chunk.
 */
function topicValues(pf: PagefindApi, bundle = SITE_BUNDLE): Promise<string[]> {
  let p = topicIndexes.get(bundle);
  if (!p) {
    // No value is empty (attributes.ts refuses one): the search finds no page, and costs no result.
    p = pf.search(null, { filters: { [FILTER.topic]: { any: [''] } } }).then((r) => {
      // Asked again next time rather than kept empty.
      if (!r) topicIndexes.delete(bundle);
      return Object.keys(r?.totalFilters[FILTER.topic] ?? {});
    });
    topicIndexes.set(bundle, p);
  }
  return p;
}

function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= f());
}

/** Loads the data of hits until `count` are confirmed (unverified hits that fail are dropped). */
export async function take(hits: Hit[], count: number): Promise<PagefindData[] & { used?: number }> {
  const out: PagefindData[] & { used?: number } = [];
  let i = 0;
  while (i < hits.length && out.length < count) {
    const batch = await Promise.all(hits.slice(i, i + Math.min(4, count - out.length)).map((h) => h.data()));
    i += batch.length;
    for (const d of batch) if (d) out.push({ ...d, excerpt: cleanExcerpt(d.excerpt) });
  }
  out.used = i;
  return out;
}

/** Counts of each filter value among confirmed results. */
export function countFilters(data: PagefindData[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const d of data) for (const [k, vs] of Object.entries(d.filters)) for (const v of vs) ((out[k] ??= {})[v] = (out[k][v] ?? 0) + 1);
  return out;
}
