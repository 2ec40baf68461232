import type { PlanModel } from '../../model/schema.ts';

/**
 * One printed responsibility: the node of the outline it covers (its text and everything below it),
 * who leads and who cooperates, as printed. The answers (answer-data.ts, answers.ts) read
 * responsibilities only through this function, so they do not depend on how a plan prints them.
 */
export interface Responsibility {
  /** Id of the outline node the responsibility is printed on (a task, an item, a clause …). */
  node: string;
  /** Id of the task the node belongs to, or null for a node outside the tasks. */
  task: string | null;
  /** Department ids, in the printed order. */
  leads: string[];
  partners: string[];
  /** True when the partner list ends in 等 (not exhaustive). */
  partnersOpenEnded: boolean;
  /** True when the bodies are each responsible and none leads (按职责分工负责, or the plan's rule). */
  jointly: boolean;
  /** Id of the block where it is printed (the department line), for a link to it. */
  block: string;
  /** 完成时限 as printed with it, or null. */
  deadline: string | null;
}

/**
 * The plan's responsibilities, at the level where each is printed (model.assignments: a task's
 * department line, an item's 责任单位 line, a row of an attached 分工表 …), in document order.
 */
export function responsibilities(model: Pick<PlanModel, 'assignments'>): Responsibility[] {
  return model.assignments.map((a) => ({
    node: a.node,
    task: a.task,
    leads: [...a.leads],
    partners: [...a.partners],
    partnersOpenEnded: a.partnersOpenEnded,
    jointly: a.leadRule === 'all-responsible',
    block: a.block,
    deadline: a.deadline,
  }));
}
