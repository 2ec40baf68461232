import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_FILES } from '../../../src/lib/open-data/files.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

/** A hand-made plan: departments A–G, task t1 (A leads, B cooperates) and t2 (F leads). */
function plan(): PlanModel {
  const dep = (id: string) => ({ id, name: `部门${id}` });
  const task = (id: string, leads: string[], partners: string[]) => ({ id, number: 1, title: `任务${id}`, leads, partners, partnersOpenEnded: false });
  const assignment = (id: string, taskId: string, node: string, leads: string[], partners: string[]) => ({ id, task: taskId, node, leads, partners });
  return {
    parts: [],
    departments: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(dep),
    tasks: [task('t1', ['A'], ['B']), task('t2', ['F'], [])],
    assignments: [
      assignment('as1', 't1', 't1-1', ['C', 'A'], ['B', 'D', 'C']),
      assignment('as2', 't1', 't1-2', ['E'], ['D', 'F']),
      assignment('as3', 't2', 't2-1', ['B'], []),
      // Printed on the task itself: that is the task's own list, never an item of it.
      assignment('as4', 't1', 't1', ['A'], ['G']),
    ],
  } as unknown as PlanModel;
}

/** [task or assignment, department, role, position] of each row a CSV file writes for the plan. */
function rows(name: string, m: PlanModel): string[] {
  const file = CSV_FILES.find((f) => f.name === name)!;
  return (file.rows(m) as { task?: { id: string }; a?: { id: string }; department: { id: string }; role: string; position: number }[]).map(
    (r) => `${r.task?.id ?? r.a?.id} ${r.department.id} ${r.role} ${r.position}`,
  );
}

describe('tasks-departments.csv rows', () => {
  let m: PlanModel;
  beforeEach(() => {
    m = plan();
  });

  it('list the whole-task parties, then parties of an item only, each once, numbered from 1 within their role', () => {
    expect(rows('tasks-departments.csv', m)).toEqual([
      't1 A lead 1',
      't1 B partner 1',
      // C and E lead items (A leads the whole task already); D and F cooperate on items only:
      // B cooperates on the whole task, C already counts as an item lead.
      't1 C item-lead 1',
      't1 E item-lead 2',
      't1 D item-partner 1',
      't1 F item-partner 2',
      // F leads t2 as a whole; B leads only an item of t2.
      't2 F lead 1',
      't2 B item-lead 1',
    ]);
  });
});

describe('assignments.csv rows', () => {
  it('number the lead and the partner lists of each assignment from 1, as printed', () => {
    expect(rows('assignments.csv', plan()).filter((r) => r.startsWith('as1 '))).toEqual([
      'as1 C lead 1',
      'as1 A lead 2',
      'as1 B partner 1',
      'as1 D partner 2',
      'as1 C partner 3',
    ]);
  });
});
