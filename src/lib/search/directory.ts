/**
 * The library's directory of plans: a Pagefind bundle (/pagefind/directory/) of ONE record per plan,
 * which the library search (/search/) asks first for the plans that hold the query's words, before
 * it searches the pages of the first few of them in their own bundles (/pagefind/plans/<plan>/).
 *
 * Why: Pagefind fetches the page list of every page of an index and a word's positions on every
 * page before it ranks one, so a library-wide index of pages grows with the library (≈ 0.65 KB of the
 * first query per plan: docs/performance.md, search bytes). A record per plan holding each of its
 * words once grows by a few bytes a plan: its page list is one entry per plan, and a word's entry
 * one position per plan that holds it.
 */
export const DIRECTORY_BUNDLE = '/pagefind/directory/';

/** 类别 of a directory record: never a page's kind, so a search of pages can leave the records out. */
export const DIRECTORY_KIND = '文件目录';

/**
 * How many plans' bundles the first page of results may search, one after another until the page
 * is full (each costs its page list and its chunks of the query's words, ≈ 5 KB); the reader's
 * "more" searches one more each time its results are all shown.
 */
export const FIRST_PLANS = 3;
/** How many plans the first page may search while none has a hit. */
export const MAX_EMPTY_PLANS = 10;

/** Counts of filter values (Pagefind's `filters`) of several searches, added up. */
export function addCounts(...all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const counts of all) for (const [k, values] of Object.entries(counts)) for (const [v, n] of Object.entries(values)) (out[k] ??= {})[v] = (out[k][v] ?? 0) + n;
  return out;
}

/**
 * Each word of the texts once, in the order first met, as the segmenter cuts them (the browser cuts
 * a query with the same Intl.Segmenter): lower-cased, full-width folded (NFKC, as normalizeQuery folds a query), without
 * punctuation and spaces. One occurrence is all the directory needs: whether the plan holds it.
 */
export function distinctWords(texts: Iterable<string>, segmenter: Pick<Intl.Segmenter, 'segment'> = new Intl.Segmenter('zh', { granularity: 'word' })): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const s of segmenter.segment(text.normalize('NFKC'))) {
      if (!s.isWordLike) continue;
      seen.add(s.segment.toLowerCase());
    }
  }
  return [...seen];
}

export interface DirectoryPlan {
  id: string;
  /** planLabel: the 文件 filter value its pages carry. */
  label: string;
  issuer: string;
  year: number | null;
  /** The printed text (lib/model/text.ts printedSegments). */
  texts: string[];
}

export interface DirectoryRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A plan's directory record: its home page's url, its distinct words as content, its label as
 * title, and the library filters (文件, 发文机关, 年份) its pages carry, so a search narrowed to an
 * issuer or year asks the directory for those plans alone.
 */
export function directoryRecord(plan: DirectoryPlan, filter: { kind: string; plan: string; issuer: string; year: string }, language: string): DirectoryRecord {
  return {
    url: `/${plan.id}/`,
    content: distinctWords(plan.texts).join(' '),
    language,
    meta: { title: plan.label },
    filters: {
      [filter.kind]: [DIRECTORY_KIND],
      [PLAN_KEY]: [planKey(plan.id, plan.year)],
      [filter.plan]: [plan.label],
      [filter.issuer]: [plan.issuer],
      ...(plan.year === null ? {} : { [filter.year]: [String(plan.year)] }),
    },
  };
}

/**
 * The directory's segmentation fallback: the query with the first character of each word of three
 * or more Han characters dropped, its words as the segmenter cuts them (Pagefind cuts a query with
 * the browser's Intl.Segmenter, and the directory's words were cut by it too, in their sentence:
 * 原材料 alone, 在原|材料 in a sentence). Null when no word is that long: 智能制造 is cut 智能|制造
 * on both sides, and dropping 智 would only ask again for plans with 能 and 制造.
 */
export function directoryVariant(query: string, segmenter: Pick<Intl.Segmenter, 'segment'> = new Intl.Segmenter('zh-CN', { granularity: 'word' })): string | null {
  const words = [...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment);
  const long = (w: string) => /\p{Script=Han}/u.test(w) && [...w].length >= 3;
  return words.some(long) ? words.map((w) => (long(w) ? [...w].slice(1).join('') : w)).join(' ') : null;
}

/**
 * The filter of a directory record that names its plan: "<year>:<id>" (year empty when unknown).
 * The search reads the plans a query finds from the counts of this filter in Pagefind's response,
 * without loading any record's fragment (a record's content is every word of its plan).
 */
export const PLAN_KEY = '文件编号';
export const planKey = (id: string, year: number | null): string => `${year ?? ''}:${id}`;

/**
 * The plans a directory search found (its PLAN_KEY counts), newest first, then by id: one word held
 * once per plan gives every record nearly the same score, so Pagefind's order says little.
 */
export function plansFound(counts: Record<string, number>): string[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k]) => { const i = k.indexOf(':'); return { year: k.slice(0, i), id: k.slice(i + 1) }; })
    .filter((p) => p.id)
    .sort((a, b) => b.year.localeCompare(a.year) || a.id.localeCompare(b.id))
    .map((p) => p.id);
}

/**
 * The key under which the library search keeps a bundle file fetched once per page (its url
 * without Pagefind's cache-busting ?ts= of pagefind-entry.json), or null for any other url. Each
 * step of the library search is a Pagefind instance of its own whose primary is the directory: it
 * asks again for the directory's entry, page list and WebAssembly, which must not cost a byte twice.
 */
export function bundleFileKey(url: string, base: string): string | null {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  if (!u.pathname.startsWith('/pagefind/')) return null;
  u.searchParams.delete('ts');
  return u.href;
}
