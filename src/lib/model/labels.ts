/**
 * Every label of a kind that readers see, in one place: page kinds, parties, entities, corrections,
 * search result kinds and the parts of a plan an answer points to. Values stay as the model and the
 * index hold them; only what is shown comes from here.
 */
import type { PageKind } from './pages.ts';
import type { Correction, Department, EntityKind } from './schema.ts';

/** A reading page's kind, in its eyebrow, description and link-preview image. */
export const PAGE_KIND_LABEL: Record<PageKind, string> = { part: '部分', 'sector-group': '重点领域', sector: '重点行业', task: '重点任务', measure: '保障措施', attachment: '附件' };

/** What kind of party a department, government or other body is. */
export const PARTY_KIND_LABEL: Record<Department['kind'], string> = { department: '部门', 'local-government': '地方政府', other: '其他单位' };
/** The note shown after a party's name: none for a department (the usual case). */
export const partyKindNote = (kind: Department['kind']): string | null => (kind === 'department' ? null : PARTY_KIND_LABEL[kind]);
/** A kind this code does not know yet (from another plan's model) is shown as 其他单位, never dropped. */
export const departmentKindLabel = (kind: string | undefined): string =>
  kind === undefined ? PARTY_KIND_LABEL.department : (PARTY_KIND_LABEL[kind as Department['kind']] ?? PARTY_KIND_LABEL.other);

export const ENTITY_KIND_LABEL: Record<EntityKind, string> = {
  enterprise: '企业',
  institute: '科研院所与高校',
  city: '城市',
  park: '园区与基地',
  project: '项目',
};
export const ENTITY_KIND_ORDER: EntityKind[] = ['enterprise', 'institute', 'city', 'park', 'project'];

/** A listed correction of the source text (原文's 文本校正). */
export const CORRECTION_KIND_LABEL: Record<Correction['kind'], string> = {
  'page-break-join': '分页断行合并',
  'line-join': '断行合并',
  'duplicated-characters': '删除分页重复字',
  'variant-character': '异体/繁体字改为规范字',
  'page-furniture': '删除页码/页眉',
};

/** Where else a plan speaks of a topic, in an answer card. */
export const PLACE_KIND_LABEL: Record<'sector' | 'measure' | 'overview' | 'notice' | 'task' | 'attachment', string> = { sector: '行业', measure: '保障措施', overview: '总体思路', notice: '原文', task: '任务', attachment: '附件' };

/**
 * Search result kinds (the 类别 filter values that PagefindFilters.astro writes) in words a reader
 * understands. Kinds not listed in FILTER_KINDS (parts, tables of contents, the overview) are still
 * searched, but offered as no filter.
 */
export const SEARCH_KIND_LABEL: Record<string, string> = {
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
export const kindLabel = (kind: string) => SEARCH_KIND_LABEL[kind] ?? kind;
