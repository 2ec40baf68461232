/**
 * Words a reader understands for the page kinds (the 类别 filter values that PagefindFilters.astro
 * writes): the values stay as indexed, only what is shown changes. Kinds not listed in FILTER_KINDS
 * (parts, tables of contents, the overview) are still searched, but offered as no filter.
 */
export const KIND_LABEL: Record<string, string> = {
  行业: '行业',
  任务: '任务',
  保障措施: '保障措施',
  部门: '部门',
  名录: '企业与城市',
  指标: '指标',
  目标: '目标',
  原文: '原文',
  部分: '方案章节',
  目录: '目录页',
  概览: '方案首页',
};
/** The 类别 values offered as filters, in this order. */
export const FILTER_KINDS = ['行业', '任务', '保障措施', '部门', '名录', '指标', '目标', '原文'] as const;
export const kindLabel = (kind: string) => KIND_LABEL[kind] ?? kind;
