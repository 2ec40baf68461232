/**
 * Pagefind bundles of the site: the whole site's at /pagefind/, and in a library one more per plan
 * (written by scripts/index-search.ts), which the header box inside a plan searches.
 */
export const SITE_BUNDLE = '/pagefind/';
export const planBundle = (plan: string) => `/pagefind/plans/${plan}/`;
/** The site's vocabulary and pinyin table (src/pages/search-vocab.json.ts), for typo suggestions. */
export const VOCAB_FILE = '/search-vocab.json';
