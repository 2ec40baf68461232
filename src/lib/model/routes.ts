/**
 * Every address of the site: pages, lists, data files, search bundles, images. Pages, navigation,
 * the URL manifest, JSON-LD, the feed, open data and the browser's search all build their URLs
 * here, so a route changes in one place (and src/lib/durable-urls/ keeps the old one alive).
 * Routes end with a slash (`trailingSlash: 'always'`); plan and item ids are ASCII (model/ids.ts).
 */
import type { PageKind } from './pages.ts';

/** The directory of each page kind under content/generated/<plan>/ and in the site's routes. */
export const KIND_DIR: Record<PageKind, string> = {
  part: 'parts',
  'sector-group': 'sectors',
  sector: 'sectors',
  task: 'tasks',
  measure: 'measures',
  attachment: 'attachments',
};

// A plan's pages.
export const planHome = (plan: string) => `/${plan}/`;
export const fullTextPath = (plan: string) => `/${plan}/plan/`;
/** A paragraph, heading or line of 原文 by its anchor. */
export const paragraphPath = (plan: string, id: string) => `${fullTextPath(plan)}#${id}`;
export const sectorsPath = (plan: string) => `/${plan}/sectors/`;
export const tasksPath = (plan: string) => `/${plan}/tasks/`;
export const measuresPath = (plan: string) => `/${plan}/measures/`;
export const departmentsPath = (plan: string) => `/${plan}/departments/`;
export const graphPath = (plan: string) => `${departmentsPath(plan)}graph/`;
export const topicsPath = (plan: string) => `${departmentsPath(plan)}topics/`;
export const indicatorsPath = (plan: string) => `/${plan}/indicators/`;
export const targetsPath = (plan: string) => `/${plan}/targets/`;
export const entitiesPath = (plan: string) => `/${plan}/entities/`;
export const dataPath = (plan: string) => `/${plan}/data/`;
export const dataFilePath = (plan: string, file: string) => `${dataPath(plan)}${file}`;
export const reportPath = (plan: string) => `/${plan}/report/`;
/** The answer data of a plan, fetched by the search box. */
export const answersFile = (plan: string) => `/${plan}/answers.json`;
/** The part of it a plain keyword needs (a sector card), fetched instead of it for a keyword. */
export const keywordAnswersFile = (plan: string) => `/${plan}/answers-keyword.json`;

export function pagePath(plan: string, kind: PageKind, id: string): string {
  return `/${plan}/${KIND_DIR[kind]}/${id}/`;
}

export function departmentPath(plan: string, id: string): string {
  return `${departmentsPath(plan)}${id}/`;
}

export function entityPath(plan: string, id: string): string {
  return `${entitiesPath(plan)}${id}/`;
}

// The site's own pages (a library's, with more than one plan).
export const SEARCH_PATH = '/search/';
export const LIBRARY_DEPARTMENTS_PATH = '/departments/';
export const libraryDepartmentPath = (id: string) => `${LIBRARY_DEPARTMENTS_PATH}${id}/`;
export const LIBRARY_DATA_PATH = '/data/';
export const libraryDataFilePath = (file: string) => `${LIBRARY_DATA_PATH}${file}`;
export const facetPath = (v: { facet: string; slug: string }) => `/plans/${v.facet}/${v.slug}/`;
export const FEED_PATH = '/feed.atom';
export const SITEMAP_FILE = 'sitemap-index.xml';

// Search: Pagefind bundles (written by scripts/index-search.ts) and the typo vocabulary.
/** The whole site's bundle; in a library, the library-wide one its /search/ page loads. */
export const SITE_BUNDLE = '/pagefind/';
/** One plan's bundle, which the header box inside a plan searches (libraries only). */
export const planBundle = (plan: string) => `/pagefind/plans/${plan}/`;
/**
 * A shard's bundle in a sharded build (`npm run build -- --shard K/N`): the pages of its plans that
 * the library search keeps; the library's /search/ merges every shard's into /pagefind/'s.
 */
export const shardBundle = (k: number | string) => `/pagefind/shards/${k}/`;
/** The site's vocabulary and pinyin table (src/pages/[vocabulary].json.ts), for typo suggestions. */
export const VOCAB_FILE = '/search-vocab.json';

/** The link-preview image of the page at `pagePath` (a route such as /p/tasks/p3-1/): /og/p/tasks/p3-1.png. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  if (!trimmed || !/^[a-z0-9/-]+$/.test(trimmed)) throw new Error(`no image address for ${pagePath}`);
  return `/og/${trimmed}.png`;
}

/**
 * The plan's file as published, offered for download on 原文: /<plan>/original.<ext> (ASCII,
 * whatever the file was called). A portal page is offered as text (original.html.txt): served as
 * HTML from this site, its scripts and styles would run here.
 */
export function originalPath(plan: string, file: string): string {
  const ext = /\.[a-z0-9]+$/i.exec(file)?.[0].toLowerCase() ?? '.txt';
  return `/${plan}/original${ext === '.html' || ext === '.htm' ? `${ext}.txt` : ext}`;
}
