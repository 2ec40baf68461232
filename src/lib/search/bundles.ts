/**
 * Pagefind bundles of the site: the whole site's at /pagefind/, and in a library one more per plan
 * (written by scripts/index-search.ts), which the header box inside a plan searches.
 */
export const SITE_BUNDLE = '/pagefind/';
export const planBundle = (plan: string) => `/pagefind/plans/${plan}/`;
