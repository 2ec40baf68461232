import { describe, expect, it } from 'vitest';
import { assignmentMatrix, departmentViews, sharedTasks } from '../../../src/lib/site/departments.ts';
import { RegistrySchema } from '../../../src/lib/model/schema.ts';
import { convertFixture } from '../helpers.ts';

const { model } = convertFixture('minimal-plan.txt');

describe('departmentViews', () => {
  it('joins the registry and warns, naming each department the registry lacks, which still gets a view', () => {
    const registry = RegistrySchema.parse({
      departments: [{ name: '市交通运输局', fullName: '青川市交通运输局', englishName: null, successor: null }],
    });
    const warnings: string[] = [];
    const views = departmentViews(model, registry, (m) => warnings.push(m));
    expect(views.map((v) => v.name)).toEqual(model.departments.map((d) => d.name));
    expect(views.find((v) => v.name === '市交通运输局')?.registry?.fullName).toBe('青川市交通运输局');
    const missing = model.departments.map((d) => d.name).filter((n) => n !== '市交通运输局');
    expect(views.filter((v) => v.registry === null).map((v) => v.name)).toEqual(missing);
    expect(warnings).toHaveLength(missing.length);
    missing.forEach((name, i) => expect(warnings[i]).toContain(name));
  });

  it('the registry rejects a department listed twice', () => {
    const entry = { name: '市数据局', fullName: null, englishName: null, successor: null };
    expect(RegistrySchema.safeParse({ departments: [entry, entry] }).success).toBe(false);
  });
});

describe('assignmentMatrix', () => {
  it('has one row per task and marks exactly the printed leads and partners', () => {
    const rows = assignmentMatrix(model);
    expect(rows.map((r) => r.task.id)).toEqual(model.tasks.map((t) => t.id));
    for (const { task, cells } of rows) {
      const lead = model.departments.filter((_, i) => cells[i] === 'lead').map((d) => d.id);
      const partner = model.departments.filter((_, i) => cells[i] === 'partner').map((d) => d.id);
      expect(lead.sort()).toEqual([...task.leads].sort());
      expect(partner.sort()).toEqual([...task.partners].sort());
    }
  });
});

describe('sharedTasks', () => {
  it('lists the departments that share a task, with those tasks', () => {
    const first = model.tasks[0];
    const lead = first.leads[0];
    const others = [...first.leads, ...first.partners].filter((d) => d !== lead);
    const shared = sharedTasks(model, lead);
    for (const id of others) expect(shared.find((s) => s.department.id === id)?.tasks.map((t) => t.id)).toContain(first.id);
    expect(shared.map((s) => s.department.id)).not.toContain(lead);
  });
});

describe('sharedTasks ranking', () => {
  // Printed order A B C D E; A shares two tasks with D, one with B and C, none with E.
  const dep = (id: string) => ({ id, name: id, leads: [], partners: [], hostsLeadingGroupOffice: false });
  const task = (id: string, leads: string[], partners: string[]) => ({ id, number: 1, title: id, leads, partners, partnersOpenEnded: false });
  const m = {
    departments: ['A', 'B', 'C', 'D', 'E'].map(dep),
    tasks: [task('t1', ['A'], ['C', 'D']), task('t2', ['D'], ['A', 'B']), task('t3', ['E'], ['B']), task('t4', ['B', 'C'], ['E'])],
  } as unknown as Parameters<typeof sharedTasks>[0];
  it('puts the department sharing most tasks first, then printed order; leaves out those sharing none', () => {
    expect(sharedTasks(m, 'A').map((s) => [s.department.id, s.tasks.map((t) => t.id)])).toEqual([
      ['D', ['t1', 't2']],
      ['B', ['t2']],
      ['C', ['t1']],
    ]);
    expect(sharedTasks(m, 'E').map((s) => [s.department.id, s.tasks.map((t) => t.id)])).toEqual([
      ['B', ['t3', 't4']],
      ['C', ['t4']],
    ]);
  });
  it('gives nothing for a department on no task', () => {
    expect(sharedTasks(m, 'Z')).toEqual([]);
  });
});
