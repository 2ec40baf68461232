import type { Department, PlanModel, Registry, RegistryEntry, Task } from '../model/schema.ts';

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
    if (!entry) warn(`department “${d.name}” is not in content/departments.json: its page shows the printed name only`);
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

export type Role = 'lead' | 'partner' | null;

/** The task × department matrix: one row per task, one cell per department. */
export function assignmentMatrix(model: Pick<PlanModel, 'tasks' | 'departments'>): { task: Task; cells: Role[] }[] {
  return model.tasks.map((task) => ({
    task,
    cells: model.departments.map((d) => (task.leads.includes(d.id) ? 'lead' : task.partners.includes(d.id) ? 'partner' : null)),
  }));
}
