/**
 * The pages the benchmarks measure: one of each template of the bundled plan, with its page-weight
 * budget (gzip bytes up to the load event). Shared by scripts/bench.ts and scripts/bench-lighthouse.ts.
 */
const KB = 1024;

export const PAGES: { name: string; path: string; budget: number }[] = [
  { name: '首页 home', path: '/', budget: 15 * KB },
  { name: '方案首页 plan home', path: '/liaoning-2015-24/', budget: 15 * KB },
  { name: '行业组 sector group', path: '/liaoning-2015-24/sectors/p2-1/', budget: 15 * KB },
  { name: '行业 sector', path: '/liaoning-2015-24/sectors/p2-1-2/', budget: 15 * KB },
  { name: '任务 task', path: '/liaoning-2015-24/tasks/p3-3/', budget: 15 * KB },
  { name: '措施 measure', path: '/liaoning-2015-24/measures/p4-2/', budget: 15 * KB },
  { name: '原文 full text', path: '/liaoning-2015-24/plan/', budget: 30 * KB },
  { name: '部门 departments', path: '/liaoning-2015-24/departments/', budget: 15 * KB },
  { name: '关系图 graph', path: '/liaoning-2015-24/departments/graph/', budget: 35 * KB },
];

/** Lighthouse also scores the results page (it has no page-weight budget of its own). */
export const SEARCH_PAGE = { name: '搜索 search', path: '/search/?q=%E6%9C%BA%E5%99%A8%E4%BA%BA' };
