import type { PlanModel } from '../model/schema.ts';

/**
 * One printed responsibility: the node of the outline it covers (its text and everything below it),
 * who leads and who cooperates, as printed. The answers (answer-data.ts, answers.ts) read
 * responsibilities only through this function, so they do not depend on how a plan prints them.
 */
export interface Responsibility {
  /** Id of the outline node the responsibility is printed on (today a task's section). */
  node: string;
  /** Id of the task the node belongs to, or null for a node outside the tasks. */
  task: string | null;
  /** Department ids, in the printed order. */
  leads: string[];
  partners: string[];
  /** True when the partner list ends in 等 (not exhaustive). */
  partnersOpenEnded: boolean;
  /** Id of the block where it is printed (the department line), for a link to it. */
  block: string;
}

/**
 * The plan's responsibilities. Today every one is a task's trailing department line
 * (model.tasks); when the model records assignments at any level this is the one place to read
 * them from.
 */
export function responsibilities(model: Pick<PlanModel, 'tasks'>): Responsibility[] {
  return model.tasks.map((t) => ({
    node: t.id,
    task: t.id,
    leads: [...t.leads],
    partners: [...t.partners],
    partnersOpenEnded: t.partnersOpenEnded,
    block: t.departmentLine,
  }));
}
