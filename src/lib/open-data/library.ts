/**
 * Library-level open data (/data/): plans.csv, one row per plan, and library.json, the index of
 * every plan's own data files. Same conventions as the per-plan files (src/lib/open-data/files.ts).
 */
import type { PlanModel } from '../model/schema.ts';
import { planCard, sortCards, type PlanCard } from '../site/library/library.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { DATA_FILE_NAMES, type Column } from './files.ts';
import { dataFilePath, libraryDataFilePath, planHome } from '../model/routes.ts';

type Row = PlanCard & { model: PlanModel };

export const PLANS_CSV_COLUMNS: Column<Row>[] = [
  { name: 'plan_id', description: '文件 id（网址中的名称）', value: (r) => r.id },
  { name: 'issuer', description: '发文机关', value: (r) => r.issuer },
  { name: 'doc_number', description: '文号', value: (r) => r.docNumber },
  { name: 'title', description: '方案标题', value: (r) => r.title },
  { name: 'notice_title', description: '通知标题', value: (r) => r.model.meta.noticeTitle },
  { name: 'issued_date', description: '印发日期（YYYY-MM-DD）', value: (r) => r.date },
  { name: 'year', description: '年份', value: (r) => r.year },
  { name: 'kind', description: '文种（按标题结尾：实施方案、规划、意见……）', value: (r) => r.kind },
  { name: 'tasks', description: '重点任务数', value: (r) => r.tasks },
  { name: 'departments', description: '责任部门数', value: (r) => r.departments },
  { name: 'targets', description: '量化目标数', value: (r) => r.targets },
  { name: 'citations', description: '引用其他文件的次数', value: (r) => r.model.citations.length },
  { name: 'url', description: '本站页面', value: (r) => planHome(r.id) },
];

const rows = (models: PlanModel[]): Row[] => {
  const byId = new Map(models.map((m) => [m.id, m]));
  return sortCards(models.map(planCard)).map((c) => ({ ...c, model: byId.get(c.id)! }));
};

export function plansCsv(models: PlanModel[]): string {
  return toCsv(PLANS_CSV_COLUMNS.map((c) => c.name), rows(models).map((r) => PLANS_CSV_COLUMNS.map((c) => c.value(r) as CsvValue)));
}

/** library.json: every plan with the addresses of its data files, newest first. */
export function libraryJson(models: PlanModel[]): string {
  const plans = rows(models).map((r) => ({
    id: r.id,
    issuer: r.issuer,
    docNumber: r.docNumber,
    title: r.title,
    issuedDate: r.date,
    kind: r.kind,
    url: planHome(r.id),
    files: Object.fromEntries(DATA_FILE_NAMES.map((f) => [f, dataFilePath(r.id, f)])),
  }));
  return `${JSON.stringify({ plans: plans.length, files: { 'plans.csv': libraryDataFilePath('plans.csv') }, items: plans }, null, 1)}\n`;
}

export const LIBRARY_FILES = ['plans.csv', 'library.json'] as const;

export function libraryFiles(models: PlanModel[]): Map<string, string> {
  return new Map([
    ['plans.csv', plansCsv(models)],
    ['library.json', libraryJson(models)],
  ]);
}
