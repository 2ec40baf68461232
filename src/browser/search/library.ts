/**
 * The library search page's two steps (src/lib/search/directory.ts): the directory of plans says
 * which plans hold the query's words; their own bundles, merged a few at a time into one Pagefind
 * instance, give the pages. A module of its own, loaded by the search page only: the header box
 * (box.ts) searches one bundle and does not carry it.
 */
import { normalizeQuery, pagefindFilters, type FilterSelection } from '../../lib/search/query.ts';
import { FILTER } from '../../lib/search/attributes.ts';
import { planBundle } from '../../lib/model/routes.ts';
import { REPEATING_KINDS } from '../../lib/search/bundles.ts';
import { bundleFileKey, DIRECTORY_KIND, directoryVariant, PLAN_KEY, plansFound } from '../../lib/search/directory.ts';
import { loadPagefind, OPTIONS, registerEngine, toSimplified, type PagefindModule } from './engine.ts';

/** A library's directory of plans (src/lib/search/directory.ts), named on its search page; null on a site of one plan. */
export const directoryBundle = (): string | null => document.querySelector<HTMLMetaElement>('meta[name="search-directory"]')?.content || null;

/**
 * The plans of the library whose directory record holds every word of the query (as Pagefind
 * matches words: as the start of an index word, so a plan listed may still not hold the query:
 * its pages are checked against their text, engine.ts runSearch). Read from the counts of the
 * directory's PLAN_KEY filter: no record's fragment is fetched. Only the library filters (文件,
 * 发文机关, 年份) apply: the directory has no 类别 or 行业组 of pages.
 */
export async function directoryPlans(raw: string, filters: FilterSelection = {}, directory = directoryBundle() ?? ''): Promise<string[]> {
  const query = normalizeQuery(raw);
  if (!query || !directory) return [];
  // Before the directory's first file: the plans' steps ask for them again.
  memoizeBundleFiles();
  const pf = await loadPagefind(directory);
  const searched = await toSimplified(query);
  const library = Object.fromEntries(Object.entries(pagefindFilters(filters)).filter(([k]) => k === FILTER.plan || k === FILTER.issuer || k === FILTER.year));
  // The segmentation fallback, where it can apply to the directory's words.
  const variant = directoryVariant(searched);
  const counts: Record<string, number> = {};
  for (const q of variant ? [searched, variant] : [searched]) {
    // Filtered on PLAN_KEY (no value excluded) so that Pagefind loads that filter and counts it.
    const r = await pf.search(q, { filters: { ...library, [PLAN_KEY]: { none: [''] } } });
    for (const [k, n] of Object.entries(r?.filters[PLAN_KEY] ?? {})) counts[k] = (counts[k] ?? 0) + n;
  }
  return plansFound(counts);
}

/**
 * A search over some plans' own bundles (/pagefind/plans/<plan>/), merged into one Pagefind
 * instance: its key for runSearch's `bundle`. The primary index is the directory, so that the
 * WebAssembly, the directory's entry and page list are those already fetched (memoised below, as
 * every step is an instance of its own: Pagefind cannot drop an index once merged, and every merged
 * index fetches its word chunks on every search). Its records are left out by runSearch
 * (`exclude` 类别 DIRECTORY_KIND).
 */
export function plansEngine(plans: string[], directory = directoryBundle() ?? ''): string {
  const key = `${directory}#${plans.join(' ')}`;
  registerEngine(key, async () => {
      memoizeBundleFiles();
      await loadPagefind(directory);
      const module = (await import(/* @vite-ignore */ `${directory}pagefind.js`)) as PagefindModule;
      const pf = module.createInstance({ basePath: directory, noWorker: true, ...OPTIONS });
      await pf.init();
      await Promise.all(plans.map((p) => pf.mergeIndex(planBundle(p), OPTIONS)));
      return pf;
  });
  return key;
}

/**
 * What runSearch leaves out of a plans engine's results: the directory's own records, and the plan
 * pages that repeat others (bundles.ts: the library-wide bundle never held them; their fragments
 * are the largest, and a list page would stand before the task it lists).
 */
export const DIRECTORY_EXCLUDE = { [FILTER.kind]: [DIRECTORY_KIND, ...REPEATING_KINDS] };

let memoized = false;
/** Bundle files are fetched once per page: each step's instance asks again for what an earlier one had. */
function memoizeBundleFiles(): void {
  if (memoized) return;
  memoized = true;
  const network = globalThis.fetch.bind(globalThis);
  const files = new Map<string, Promise<{ body: ArrayBuffer; status: number; headers: Headers }>>();
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const key = bundleFileKey(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    if (!key) return network(input, init);
    let file = files.get(key);
    if (!file) {
      file = network(input, init).then(async (r) => {
        if (!r.ok) throw new Error(`${r.status} ${key}`);
        return { body: await r.arrayBuffer(), status: r.status, headers: r.headers };
      });
      files.set(key, file);
      // A failure is asked again next time.
      file.catch(() => files.delete(key));
    }
    return file.then((f) => new Response(f.body.slice(0), { status: f.status, headers: f.headers }));
  };
}

