import { gridCells } from '../../model/grid.ts';
import type { Assignment, Department, OutlineNode, PlanModel, Registry, RegistryEntry, Task } from '../../model/schema.ts';
import { pagePath } from '../../model/routes.ts';
import { coversPartOfTask } from '../../model/assignments.ts';
import { findNode } from '../../model/walk.ts';

export interface DepartmentView extends Department {
  /** The reviewed registry entry, or null when the registry does not list this printed name. */
  registry: RegistryEntry | null;
}

/**
 * Joins the plan's departments with the reviewed registry. A department the registry lacks still
 * gets a page from its printed name; `warn` is told its name so the build can say so.
 */
export function departmentViews(model: Pick<PlanModel, 'departments'>, registry: Registry, warn: (message: string) => void): DepartmentView[] {
  const byName = new Map(registry.departments.map((d) => [d.name, d]));
  return model.departments.map((d) => {
    const entry = byName.get(d.name) ?? null;
    // Local governments and other bodies are never registry entries: nothing to warn about.
    if (!entry && d.kind === 'department') warn(`department “${d.name}” is not in content/departments.json: its page shows the printed name only`);
    return { ...d, registry: entry };
  });
}

/** Departments that share at least one task with `id`, with the number of shared tasks, most first. */
export function sharedTasks(model: Pick<PlanModel, 'tasks' | 'departments'>, id: string): { department: Department; tasks: Task[] }[] {
  const mine = model.tasks.filter((t) => t.leads.includes(id) || t.partners.includes(id));
  return model.departments
    .filter((d) => d.id !== id)
    .map((d) => ({ department: d, tasks: mine.filter((t) => t.leads.includes(d.id) || t.partners.includes(d.id)) }))
    .filter((x) => x.tasks.length > 0)
    .sort((a, b) => b.tasks.length - a.tasks.length || model.departments.indexOf(a.department) - model.departments.indexOf(b.department));
}

/**
 * A party's role in a task: lead or partner of the whole task, or — where the plan assigns only an
 * item or clause of the task to it — lead or partner of part of it.
 */
export type Role = 'lead' | 'partner' | 'item-lead' | 'item-partner' | null;

/** The task × department matrix: one row per task, one cell per department. */
export function assignmentMatrix(model: Pick<PlanModel, 'tasks' | 'departments'> & Partial<Pick<PlanModel, 'assignments'>>): { task: Task; cells: Role[] }[] {
  const assignments = model.assignments ?? [];
  return model.tasks.map((task) => {
    const inner = assignments.filter((a) => a.task === task.id && coversPartOfTask(a));
    return {
      task,
      cells: model.departments.map((d): Role =>
        task.leads.includes(d.id) ? 'lead'
        : task.partners.includes(d.id) ? 'partner'
        : inner.some((a) => a.leads.includes(d.id)) ? 'item-lead'
        : inner.some((a) => a.partners.includes(d.id)) ? 'item-partner'
        : null),
    };
  });
}

/**
 * The assignments printed below a task's own level (an item, a clause), each with the node's
 * title, for the task page and the department pages.
 */
export function innerAssignments(model: Pick<PlanModel, 'assignments' | 'parts'>, task: Task): { assignment: Assignment; node: OutlineNode; passage: string | null }[] {
  return model.assignments
    .filter((a) => a.task === task.id && coversPartOfTask(a))
    .map((assignment) => {
      const node = findNode(model.parts, assignment.node)!;
      return { assignment, node, passage: assignment.scope === 'passage' ? passageBefore(node, assignment.block) : null };
    });
}

/**
 * The passage a responsibility covers when its node prints several: the start of the paragraph
 * printed right before it, as a label (the full text is one click away, at the anchor).
 */
export function passageBefore(node: OutlineNode, block: string): string | null {
  const k = node.blocks.findIndex((b) => b.id === block);
  const before = k > 0 ? node.blocks[k - 1] : undefined;
  if (before?.type !== 'paragraph') return null;
  const sentence = before.text.trim();
  return [...sentence].length > 28 ? `${[...sentence].slice(0, 28).join('')}…` : sentence;
}

/**
 * How an undivided list was read, as a sentence for readers; null when nothing to say. A list in
 * parentheses （A、B负责） is named as such, a 责任单位 line as 责任单位.
 */
export function leadRuleNote(model: Pick<PlanModel, 'leadRule'>, notation: Assignment['notation'] = 'responsibility-line'): string | null {
  const r = model.leadRule;
  if (!r) return null;
  const list = notation === 'trailing-parenthesis' ? '括号中所列单位' : '“责任单位”中';
  if (r.rule === 'all-responsible') return `本方案的${notation === 'trailing-parenthesis' ? '括号中所列单位' : '“责任单位”'}未区分牵头与配合，所列单位共同负责`;
  if (r.source === 'stated') return `本方案规定：${list}列第一位的为牵头单位`;
  return `按惯例，${list}列第一位的为牵头单位（原文未说明）`;
}

/** Per party id: how many items or clauses of tasks it is assigned to, below the task's own level. */
export function innerCounts(model: Pick<PlanModel, 'assignments'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of model.assignments) {
    if (!coversPartOfTask(a)) continue;
    for (const id of new Set([...a.leads, ...a.partners])) out[id] = (out[id] ?? 0) + 1;
  }
  return out;
}

/**
 * Where a responsibility printed in an attached 分工表 can be checked: the row on the attachment's
 * page. Null for the notations printed in the text itself (they are shown in place).
 */
export function tableRowSource(model: Pick<PlanModel, 'id' | 'assignments' | 'parts'>, assignmentId: string): { href: string; label: string } | null {
  const a = model.assignments.find((x) => x.id === assignmentId);
  if (!a || a.notation !== 'attachment-table') return null;
  for (const part of model.parts.filter((p) => p.role === 'attachment')) {
    for (const b of part.blocks) {
      if (b.type !== 'grid') continue;
      const row = b.rows.find((r) => r.id === a.block);
      if (!row) continue;
      // The row as a reader finds it in the table: by its printed 序号, else counting the rows that
      // are no group rows (一、××方面 heads rows, it is none of them).
      const number = b.columns.number === null ? '' : gridCells(b, row)[b.columns.number].trim();
      const where = number !== '' ? `序号 ${number}` : `第 ${b.rows.filter((r) => !r.group).indexOf(row) + 1} 行`;
      return { href: `${pagePath(model.id, 'attachment', part.id)}#${a.block}`, label: `${part.heading.marker} ${part.heading.title} ${where}` };
    }
  }
  return null;
}

/**
 * The note a responsibility needs about how its leads were read: the plan's rule for an undivided
 * 责任单位 list or 分工表 column; nothing when the text prints 牵头/配合 or 按职责分工负责 itself.
 */
export function dutyNote(model: Pick<PlanModel, 'assignments' | 'leadRule'>, assignmentId: string | null): string | null {
  const a = model.assignments.find((x) => x.id === assignmentId);
  // （A、B按职责分工负责） says itself that none leads: no rule to explain.
  if (!a || a.leadRule === 'printed' || (a.notation === 'trailing-parenthesis' && a.leadRule === 'all-responsible')) return null;
  return leadRuleNote(model, a.notation);
}

/**
 * Who leads a task, for lists of tasks: the leads of the whole task, or — where the plan assigns
 * only its items — the leads of its items, labelled so (分项牵头), never passed off as the task's.
 */
export function taskLeadSummary(model: Pick<PlanModel, 'assignments'>, task: Task): { label: string; ids: string[] } {
  if (task.leads.length > 0) return { label: '牵头', ids: task.leads };
  const inner = model.assignments.filter((a) => a.task === task.id && coversPartOfTask(a) && a.leadRule !== 'all-responsible');
  return { label: '分项牵头', ids: [...new Set(inner.flatMap((a) => a.leads))] };
}

/**
 * The body that took over a department's function, named the way the plan names bodies: the
 * registry records the successor by its full name (辽宁省工业和信息化厅); a plan that prints 省经济和
 * 信息化委 for 辽宁省经济和信息化委员会 leaves off the same region (辽宁), so the successor is shown
 * as 省工业和信息化厅. Null when the registry records no successor (never guessed).
 */
export function successorName(entry: RegistryEntry | null | undefined, printed: string): string | null {
  const next = entry?.successor?.name;
  if (!next) return null;
  const full = entry.fullName ?? '';
  // The region the printed name leaves off: what the full name has before the printed name's first character.
  const k = printed ? full.indexOf(printed[0]) : -1;
  const region = k > 0 ? full.slice(0, k) : '';
  return region && next.startsWith(region) && next.length > region.length ? next.slice(region.length) : next;
}

/** A department's name with its successor where the registry has one: 省经济和信息化委（现省工业和信息化厅）. */
export function nameWithSuccessor(name: string, successor: string | null | undefined): string {
  return successor && successor !== name ? `${name}（现${successor}）` : name;
}
