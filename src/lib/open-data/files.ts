import { entityPath, paragraphPath } from '../model/routes.ts';
import type { PlanModel } from '../model/schema.ts';
import { coversPartOfTask } from '../model/assignments.ts';
import { findBlock, findNode } from '../model/walk.ts';
import { toCsv, type CsvValue } from './csv.ts';

/**
 * The open-data files of a plan, generated from the model, each with its documented schema. The
 * column descriptions are what /<plan>/data/ shows; the functions are the only definition of
 * what each column holds.
 */
export interface Column<R> {
  name: string;
  /** What the column holds, in Chinese, for the data page. */
  description: string;
  value: (r: R) => CsvValue;
}

export interface CsvFile<R> {
  name: string;
  title: string;
  description: string;
  columns: Column<R>[];
  rows: (model: PlanModel) => R[];
}

/** Lists inside one field are joined with this separator. */
export const LIST_SEPARATOR = '|';
const list = (xs: string[]) => xs.join(LIST_SEPARATOR);

type TaskDepartmentRow = { task: PlanModel['tasks'][number]; department: PlanModel['departments'][number]; role: 'lead' | 'partner' | 'item-lead' | 'item-partner'; position: number };

const tasksDepartments: CsvFile<TaskDepartmentRow> = {
  name: 'tasks-departments.csv',
  title: '任务分工',
  description: '每项重点任务的牵头部门和配合部门，一行一个“任务—部门”分工。',
  rows: (model) => {
    const byId = new Map(model.departments.map((d) => [d.id, d]));
    return model.tasks.flatMap((task) => {
      // Parties assigned only an item or clause of the task, once each, after the whole-task ones.
      const inner = model.assignments.filter((a) => a.task === task.id && coversPartOfTask(a));
      const whole = new Set([...task.leads, ...task.partners]);
      const innerLeads = [...new Set(inner.flatMap((a) => a.leads))].filter((id) => !whole.has(id));
      const innerPartners = [...new Set(inner.flatMap((a) => a.partners))].filter((id) => !whole.has(id) && !innerLeads.includes(id));
      return [
        ...task.leads.map((id, i) => ({ task, department: byId.get(id)!, role: 'lead' as const, position: i + 1 })),
        ...task.partners.map((id, i) => ({ task, department: byId.get(id)!, role: 'partner' as const, position: i + 1 })),
        ...innerLeads.map((id, i) => ({ task, department: byId.get(id)!, role: 'item-lead' as const, position: i + 1 })),
        ...innerPartners.map((id, i) => ({ task, department: byId.get(id)!, role: 'item-partner' as const, position: i + 1 })),
      ];
    });
  },
  columns: [
    { name: 'task_id', description: '任务编号（网址中的 id，如 p3-1）', value: (r) => r.task.id },
    { name: 'task_number', description: '任务序号（一）（二）…对应 1、2 …', value: (r) => r.task.number },
    { name: 'task_title', description: '任务标题', value: (r) => r.task.title },
    { name: 'department_id', description: '部门 id（部门名称的拼音）', value: (r) => r.department.id },
    { name: 'department_name', description: '部门名称（原文简称）', value: (r) => r.department.name },
    { name: 'role', description: 'lead = 牵头，partner = 配合；item-lead / item-partner = 只牵头或配合任务中的某一项（详见 assignments.csv）', value: (r) => r.role },
    { name: 'position', description: '该部门在原文牵头或配合名单中的位次（从 1 起）', value: (r) => r.position },
    { name: 'partners_open_ended', description: '配合部门名单以“等部门配合”结尾时为 true（名单并非穷尽）', value: (r) => r.task.partnersOpenEnded },
  ],
};

type IndicatorCellRow = { row: import('../model/schema.ts').IndicatorRow; cell: import('../model/schema.ts').IndicatorCell; year: number };

const indicators: CsvFile<IndicatorCellRow> = {
  name: 'indicators.csv',
  title: '主要指标',
  description: '主要指标表，一行一个单元格（指标 × 年份）。printed 为原表所印；“—”的 value 为空，不是 0。',
  rows: (model) => {
    const t = model.indicators ? findBlock(model.parts, model.indicators) : undefined;
    if (t?.type !== 'table') return [];
    return t.rows.flatMap((row) => row.cells.map((cell, i) => ({ row, cell, year: t.years[i] })));
  },
  columns: [
    { name: 'indicator_id', description: '指标 id', value: (r) => r.row.id },
    { name: 'category', description: '类别', value: (r) => r.row.category },
    { name: 'name', description: '指标名称（不含单位）', value: (r) => r.row.name },
    { name: 'unit', description: '单位（原表括号内）', value: (r) => r.row.unit },
    { name: 'printed_name', description: '指标名称，原表所印', value: (r) => r.row.printedName },
    { name: 'column_year', description: '所在列的年份', value: (r) => r.year },
    { name: 'printed', description: '单元格原文，如“—”“>10”“0.65 (2013 年)”', value: (r) => r.cell.printed },
    { name: 'value', description: '数值；原表无数值时为空', value: (r) => r.cell.value },
    { name: 'comparator', description: '比较符（> < ≥ ≤），表示下限或上限而非确数', value: (r) => r.cell.comparator },
    { name: 'note', description: '单元格括号内的说明', value: (r) => r.cell.note },
    { name: 'value_year', description: '说明中注明的数据年份（与列年份不同时）', value: (r) => r.cell.year },
  ],
};

type TargetRow = PlanModel['targets'][number] & { plan: string };

const targets: CsvFile<TargetRow> = {
  name: 'targets.csv',
  title: '量化目标',
  description: '正文中的量化承诺和有期限的承诺，一行一项，按原文顺序。',
  rows: (model) => model.targets.map((t) => ({ ...t, plan: model.id })),
  columns: [
    { name: 'target_id', description: '目标 id（段落 id 加序号）', value: (r) => r.id },
    { name: 'paragraph_id', description: '所在段落 id（原文页的锚点）', value: (r) => r.paragraph },
    { name: 'phrase', description: '包含该目标的分句，原文', value: (r) => r.phrase },
    { name: 'quantity', description: '数量，原文所印（如“50 家以上”）；无数量的期限承诺为空', value: (r) => r.quantity },
    { name: 'value', description: '数值', value: (r) => r.value },
    { name: 'unit', description: '单位', value: (r) => r.unit },
    { name: 'comparison', description: `比较用语，原文所印，多个以 ${LIST_SEPARATOR} 分隔（达到、累计、以上 …）`, value: (r) => list(r.comparison) },
    { name: 'bound', description: 'at-least = 不少于，at-most = 不超过，about = 左右，exact = 按所印数值', value: (r) => r.bound },
    { name: 'deadline', description: '期限或频次，原文所印（到 2017 年、到2015年底、每年）；未注明时为空', value: (r) => r.deadline },
    { name: 'year', description: '期限年份', value: (r) => r.year },
    { name: 'year_end', description: '期限为年底（年末）时为 true', value: (r) => r.yearEnd },
    { name: 'frequency', description: 'annual = 每年', value: (r) => r.frequency },
    { name: 'url', description: '原文段落的网址', value: (r) => paragraphPath(r.plan, r.paragraph) },
  ],
};

type EntityRow = PlanModel['entities'][number] & { plan: string };

const entities: CsvFile<EntityRow> = {
  name: 'entities.csv',
  title: '企业、机构、城市、园区和项目',
  description: '方案点名的企业、科研院所与高校、城市、园区与基地、项目（经人工审核的名录），一行一个。',
  rows: (model) => model.entities.map((e) => ({ ...e, plan: model.id })),
  columns: [
    { name: 'entity_id', description: 'id（名称的拼音）', value: (r) => r.id },
    { name: 'kind', description: 'enterprise = 企业，institute = 科研院所与高校，city = 城市，park = 园区与基地，project = 项目', value: (r) => r.kind },
    { name: 'name', description: '名称（原文所印）', value: (r) => r.name },
    { name: 'full_name', description: '全称（经核实时）', value: (r) => r.fullName },
    { name: 'aliases', description: `原文中的其他写法，以 ${LIST_SEPARATOR} 分隔`, value: (r) => list(r.aliases) },
    { name: 'cities', description: `所在城市的 entity_id，以 ${LIST_SEPARATOR} 分隔`, value: (r) => list(r.cities) },
    { name: 'mention_count', description: '原文提及次数（包含在更长名称中的不计）', value: (r) => r.mentionCount },
    { name: 'blocks', description: `提及它的段落 id，以 ${LIST_SEPARATOR} 分隔`, value: (r) => list(r.blocks) },
    { name: 'url', description: '本站页面', value: (r) => entityPath(r.plan, r.id) },
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AssignmentRow = { a: PlanModel['assignments'][number]; department: PlanModel['departments'][number]; role: 'lead' | 'partner'; position: number; node: string };

const assignments: CsvFile<AssignmentRow> = {
  name: 'assignments.csv',
  title: '分工（按原文所在层级）',
  description: '原文每一处责任分工，记在其所在的任务、条目或分项上，一行一个“分工—单位”。',
  rows: (model) => {
    const byId = new Map(model.departments.map((d) => [d.id, d]));
    const title = (id: string) => {
      const n = findNode(model.parts, id);
      return n ? `${n.heading.marker.trim()}${n.heading.title}` : id;
    };
    return model.assignments.flatMap((a) => [
      ...a.leads.map((id, i) => ({ a, department: byId.get(id)!, role: 'lead' as const, position: i + 1, node: title(a.node) })),
      ...a.partners.map((id, i) => ({ a, department: byId.get(id)!, role: 'partner' as const, position: i + 1, node: title(a.node) })),
    ]);
  },
  columns: [
    { name: 'assignment_id', description: '分工 id（所在的部门行或分工表行）', value: (r) => r.a.id },
    { name: 'node_id', description: '分工所在的条目 id', value: (r) => r.a.node },
    { name: 'node_title', description: '分工所在的条目（原文编号和标题）', value: (r) => r.node },
    { name: 'level', description: 'part / section / item / clause：分工印在哪一层', value: (r) => r.a.level },
    { name: 'task_id', description: '所属重点任务 id；不属于任何任务时为空', value: (r) => r.a.task },
    { name: 'notation', description: '原文写法：trailing-parenthesis（括号）、lead-partner-line（牵头单位：…）、responsibility-line（责任单位：…）、attachment-table（附件分工表）', value: (r) => r.a.notation },
    { name: 'lead_rule', description: 'printed = 原文写明牵头/配合；first-listed = 责任单位中列第一位的为牵头；all-responsible = 共同负责', value: (r) => r.a.leadRule },
    { name: 'party_id', description: '单位 id', value: (r) => r.department.id },
    { name: 'party_name', description: '单位名称（原文所印）', value: (r) => r.department.name },
    { name: 'party_kind', description: 'department = 部门，local-government = 地方政府，other = 其他单位', value: (r) => r.department.kind },
    { name: 'role', description: 'lead = 牵头，partner = 配合', value: (r) => r.role },
    { name: 'position', description: '在原文名单中的位次（从 1 起）', value: (r) => r.position },
    { name: 'partners_open_ended', description: '配合名单以“等”结尾时为 true', value: (r) => r.a.partnersOpenEnded },
    { name: 'deadline', description: '完成时限，原文所印；无则为空', value: (r) => r.a.deadline },
    { name: 'line', description: '原文行号', value: (r) => r.a.line },
  ],
};

export const CSV_FILES: CsvFile<any>[] = [tasksDepartments, assignments, indicators, targets, entities];

export function csvOf<R>(file: CsvFile<R>, model: PlanModel): string {
  return toCsv(file.columns.map((c) => c.name), file.rows(model).map((r) => file.columns.map((c) => c.value(r))));
}

/** Every data file of a plan by name: plan.json (the whole model) and the CSV files. */
export function dataFiles(model: PlanModel): Map<string, string> {
  const files = new Map<string, string>([['plan.json', `${JSON.stringify(model, null, 1)}\n`]]);
  for (const f of CSV_FILES) files.set(f.name, csvOf(f, model));
  return files;
}

export const DATA_FILE_NAMES = ['plan.json', ...CSV_FILES.map((f) => f.name)];

