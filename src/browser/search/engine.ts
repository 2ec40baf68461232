/**
 * Browser side of search: loads Pagefind on first use, prepares the query (full-width folding,
 * traditional → simplified with OpenCC only when a character needs it), and makes up for the
 * segmentation gap between Pagefind's index (its extended binary's dictionary segmenter, ICU4X in
 * 1.6) and its query (the browser's Intl.Segmenter).
 */
import { cleanExcerpt, hasHan, normalizeQuery, pagefindFilters, queryTerms, type FilterSelection } from '../../lib/search/query.ts';
import { mayNeedConversion } from '../../lib/search/traditional.ts';
import { FILTER } from '../../lib/search/attributes.ts';
import { firstGroupFirst, firstKinds, tiered } from '../../lib/search/ranking.ts';
import { SITE_BUNDLE } from '../../lib/model/routes.ts';
import { matchable } from '../../lib/model/normalise.ts';

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
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: object): Promise<void>;
  search(q: string | null, o?: object): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const bundles = new Map<string, Promise<PagefindApi>>();

/**
 * Loads a Pagefind bundle's pagefind.js once (the site's, or one plan's in a library: see
 * src/lib/search/bundles.ts). The search runs on the main thread: no extra worker script to fetch.
 */
export function loadPagefind(bundle = SITE_BUNDLE): Promise<PagefindApi> {
  let p = bundles.get(bundle);
  if (!p) {
    p = (async () => {
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
      await pf.options({ noWorker: true, excerptLength: 36, ranking: { pageLength: 0.5 }, ...(bundle === SITE_BUNDLE ? {} : { basePath: bundle }) });
      await pf.init();
      return pf;
    })();
    bundles.set(bundle, p);
  }
  return p;
}

const filterIndexes = new Map<string, Promise<unknown>>();
/**
 * Loads a bundle's filter index once (a few hundred bytes a filter), so that Pagefind counts each
 * filter value over all hits: the results page shows those counts without fetching every hit.
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
  hits: Hit[];
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
  // Several words: sector, task, measure and department pages first (lib/search/ranking.ts).
  let ordered = hits;
  if (tiered(words)) {
    const kinds = firstKinds(filters[FILTER.kind], exclude?.[FILTER.kind]);
    const first = new Set<string>();
    if (kinds.length) {
      for (const q of [searched, ...variants]) {
        const r = await pf.search(q, { filters: { ...opts.filters, [FILTER.kind]: { any: kinds } } });
        for (const x of r?.results ?? []) first.add(x.id);
      }
    }
    ordered = firstGroupFirst(hits, first);
  }
  return { query, searched, hits: ordered, filters: main.filters, totalFilters: main.totalFilters };
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
