import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignmentMatrix, departmentViews, dutyNote, innerCounts, leadRuleNote, nameWithSuccessor, sharedTasks, successorName, tableRowSource, taskLeadSummary } from '../../../src/lib/site/views/departments.ts';
import { convertDocument } from '../../../src/lib/convert/index.ts';
import { readSource } from '../../../src/lib/read/index.ts';
import { RegistrySchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { convertFixture } from '../../support/plans.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  ({ model } = convertFixture('minimal-plan.txt'));
});

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

describe('responsibilities below the task level (duty-lines-plan fixture)', () => {
  const setup = () => {
    const model = convertFixture('duty-lines-plan.txt').model;
    const id = (name: string) => model.departments.find((d) => d.name === name)!.id;
    return { model, id };
  };
  it('marks a party that leads only an item of a task as such in the matrix, never as lead of the task', () => {
    const { model, id } = setup();
    const rows = assignmentMatrix(model);
    const col = (name: string) => model.departments.findIndex((d) => d.name === name);
    expect(rows[0].cells[col('省工业和信息化厅')]).toBe('item-lead');
    expect(rows[0].cells[col('省科技厅')]).toBe('item-partner');
    expect(rows[2].cells[col('省商务厅')]).toBe('lead');
    expect(rows[0].cells[col('省商务厅')]).toBeNull();
  });
  it('counts item-level assignments per party', () => {
    const { model, id } = setup();
    const counts = innerCounts(model);
    expect(counts[id('省工业和信息化厅')]).toBe(2);
    expect(counts[id('省商务厅')]).toBe(1); // 再生资源利用; its whole-task lead of 扩大开放合作 is not counted here
    expect(counts[id('省外事办')]).toBeUndefined();
  });
  it('states the lead rule the plan prints', () => {
    const { model, id } = setup();
    expect(leadRuleNote(model)).toBe('本方案规定：“责任单位”中列第一位的为牵头单位');
    expect(leadRuleNote({ leadRule: { rule: 'first-listed', source: 'default', paragraph: null } })).toMatch(/^按惯例/);
    expect(leadRuleNote({ leadRule: null })).toBeNull();
  });
});

describe('dutyNote', () => {
  it('explains the lead rule only where the plan’s rule decided who leads', () => {
    const duty = convertFixture('duty-lines-plan.txt').model;
    expect(dutyNote(duty, 'p2-1-1-dept')).toBe('本方案规定：“责任单位”中列第一位的为牵头单位'); // 责任单位 line
    expect(dutyNote(duty, 'p2-1-2-dept')).toBeNull(); // 牵头单位：… printed
    expect(dutyNote(duty, 'p2-3-dept')).toBeNull(); // （…牵头，…配合）
    const reprint = convertFixture('reprint-plan.txt').model;
    expect(dutyNote(reprint, 'p2-3-dept')).toBeNull(); // 按职责分工负责 says it itself
  });
});

describe('taskLeadSummary', () => {
  it('names the task’s own leads, or its items’ leads labelled 分项牵头', () => {
    const m = convertFixture('duty-lines-plan.txt').model;
    const name = (ids: string[]) => ids.map((id) => m.departments.find((d) => d.id === id)!.name);
    const s1 = taskLeadSummary(m, m.tasks[0]);
    expect([s1.label, name(s1.ids)]).toEqual(['分项牵头', ['省工业和信息化厅', '省市场监管局']]);
    const s3 = taskLeadSummary(m, m.tasks[2]);
    expect([s3.label, name(s3.ids)]).toEqual(['牵头', ['省商务厅']]);
  });
});

describe('sharedTasks ranking', () => {
  // Printed order A B C D E; A shares two tasks with D, one with B and C, none with E.
  const dep = (id: string) => ({ id, name: id, leads: [], partners: [], hostsLeadingGroupOffice: false });
  const task = (id: string, leads: string[], partners: string[]) => ({ id, number: 1, title: id, leads, partners, partnersOpenEnded: false });
  const m = () => ({
    departments: ['A', 'B', 'C', 'D', 'E'].map(dep),
    tasks: [task('t1', ['A'], ['C', 'D']), task('t2', ['D'], ['A', 'B']), task('t3', ['E'], ['B']), task('t4', ['B', 'C'], ['E'])],
  }) as unknown as Parameters<typeof sharedTasks>[0];
  it('puts the department sharing most tasks first, then printed order; leaves out those sharing none', () => {
    expect(sharedTasks(m(), 'A').map((s) => [s.department.id, s.tasks.map((t) => t.id)])).toEqual([
      ['D', ['t1', 't2']],
      ['B', ['t2']],
      ['C', ['t1']],
    ]);
    expect(sharedTasks(m(), 'E').map((s) => [s.department.id, s.tasks.map((t) => t.id)])).toEqual([
      ['B', ['t3', 't4']],
      ['C', ['t4']],
    ]);
  });
  it('gives nothing for a department on no task', () => {
    expect(sharedTasks(m(), 'Z')).toEqual([]);
  });
});

describe('the bundled plan keeps its assignments', () => {
  it('has the 17 lead and 22 partner cells of its matrix, all printed for whole tasks, and its 48 pages', async () => {
    const { realPlanBytes, realPlanNotes } = await import('../../support/plans.ts');
    const { convertPlan } = await import('../../../src/lib/convert/index.ts');
    const { listPages } = await import('../../../src/lib/model/pages.ts');
    const m = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt', notes: realPlanNotes() }).model;
    const cells = assignmentMatrix(m).flatMap((r) => r.cells);
    expect([cells.filter((c) => c === 'lead').length, cells.filter((c) => c === 'partner').length]).toEqual([17, 22]);
    expect(cells.filter((c) => c === 'item-lead' || c === 'item-partner')).toEqual([]);
    expect(m.assignments.map((a) => [a.level, a.notation])).toEqual(Array(10).fill(['section', 'trailing-parenthesis']));
    expect(m.corrections).toHaveLength(29);
    expect(listPages(m).map((p) => p.kind).reduce((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {} as Record<string, number>)).toEqual({ part: 4, 'sector-group': 5, sector: 27, task: 10, measure: 2 });
  });
});

describe('successorName and nameWithSuccessor', () => {
  const entry = (name: string, fullName: string | null, successor: string | null) => ({ name, fullName, englishName: null, successor: successor ? { name: successor, since: '2018', source: '《机构改革方案》' } : null });
  it('names the successor the way the plan names bodies: the region the printed name leaves off is left off', () => {
    expect(successorName(entry('省经济和信息化委', '辽宁省经济和信息化委员会', '辽宁省工业和信息化厅'), '省经济和信息化委')).toBe('省工业和信息化厅');
    expect(successorName(entry('市交通局', '青川市交通局', '青川市交通运输局'), '市交通局')).toBe('市交通运输局');
    // A successor in another region, or a registry without the full name: its full name as recorded.
    expect(successorName(entry('省质监局', '辽宁省质量技术监督局', '国家市场监督管理总局'), '省质监局')).toBe('国家市场监督管理总局');
    expect(successorName(entry('省质监局', null, '辽宁省市场监督管理局'), '省质监局')).toBe('辽宁省市场监督管理局');
  });
  it('is null where the registry records no successor or lacks the body: never guessed', () => {
    expect(successorName(entry('省科技厅', '辽宁省科学技术厅', null), '省科技厅')).toBeNull();
    expect(successorName(null, '省外经贸厅')).toBeNull();
  });
  it('writes 名称（现…）, and the name alone when there is none or it is the same', () => {
    expect(nameWithSuccessor('省经济和信息化委', '省工业和信息化厅')).toBe('省经济和信息化委（现省工业和信息化厅）');
    expect(nameWithSuccessor('省科技厅', null)).toBe('省科技厅');
    expect(nameWithSuccessor('省科技厅', '省科技厅')).toBe('省科技厅');
  });
});

describe('tableRowSource', () => {
  it('names a 分工表 row by its printed 序号, group rows not counted; without a 序号 column by its place among the rows', async () => {
    const file = join(import.meta.dirname, '../../fixtures/formats/division-plan.docx');
    const bytes = readFileSync(file);
    const plan = convertDocument(await readSource(bytes, 'division-plan.docx'), bytes, { file: 'division-plan.docx' }).model;
    // The fourth row of the table is 4 建设行业平台, printed after the group rows 一、 and 二、.
    const a = plan.assignments[3];
    expect(tableRowSource(plan, a.id)).toEqual({ href: `/division-plan/attachments/a1/#${a.block}`, label: '附件 重点任务分工表 序号 4' });
    const grid = plan.parts.at(-1)!.blocks.find((b) => b.type === 'grid')!;
    if (grid.type !== 'grid') throw new Error('no grid');
    grid.columns.number = null;
    expect(tableRowSource(plan, a.id)?.label).toBe('附件 重点任务分工表 第 4 行');
  });
});
