/**
 * Pagefind bundles of the site: the whole site's at /pagefind/, and in a library one more per plan
 * (written by scripts/index-search.ts), which the header box inside a plan searches.
 */

/**
 * Pages of a plan that the library-wide bundle (/pagefind/) leaves to the plan's own bundle: the
 * plan home, the lists (目录), the matrix and graph, the department pages, targets, indicators and
 * the reading report repeat text that a task, sector, measure or part page holds (a department
 * page lists the tasks that print its name). Every page indexed costs each first query in a library
 * ≈ 9 bytes of Pagefind's page list, and each repeated word its positions in the word chunks: at
 * 100 plans these pages made the page list 49 KB instead of 32 KB. A department's name searched
 * across the library finds the tasks that assign it, and its answer card links its pages.
 */
const REPEATING = /^[^/]+\/(?:(?:tasks|sectors|measures|entities|departments|departments\/[^/]+|report|targets|indicators)\/)?index\.html$/;

/**
 * The 类别 of those pages among a plan's own bundle (its home 概览, lists 目录, department pages
 * 部门, targets 目标, indicators 指标): the library search page, which searches plans' own bundles
 * (src/lib/search/directory.ts), leaves them out as the library-wide bundle does. (The reading
 * report carries no 类别 and stays.)
 */
export const REPEATING_KINDS = ['概览', '目录', '部门', '目标', '指标'] as const;

/** Whether the library-wide bundle indexes a built page (its path under dist/, e.g. p/tasks/p2-1/index.html). */
export const inLibraryBundle = (path: string): boolean => !REPEATING.test(path);

/**
 * In the library-wide bundle 原文 keeps only what no other page prints: the notice, the preamble
 * and the closing lines. Its outline is the text of the plan's reading pages.
 */
export const LIBRARY_EXCLUDE_SELECTORS = ['article.fulltext > :not(#notice):not(.tail):not([id^="preamble-"]):not(#plan-title)'];
