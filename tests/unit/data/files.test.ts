import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../../src/lib/open-data/csv.ts';
import { CSV_FILES, DATA_FILE_NAMES, dataFiles } from '../../../src/lib/open-data/files.ts';
import { PlanModelSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findBlock } from '../../../src/lib/model/walk.ts';
import { convertFixture, root } from '../../support/plans.ts';
import { parseCsv, records } from '../../support/csv-reader.ts';
import { bundledModel } from '../../support/bundled-model.ts';

describe('CSV writer', () => {
  it('round-trips commas, quotes, line breaks and edge spaces in Chinese text', () => {
    const tricky = ['发展“专、精、特、新”，提高"质量"', '第一行\r\n第二行', ' 前后空格 ', '', '，全角逗号', 'a,b'];
    const text = toCsv(['x'], tricky.map((t) => [t]));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text).slice(1).map((r) => r[0])).toEqual(tricky);
  });
  it('writes null as an empty field, numbers and booleans as printed', () => {
    expect(parseCsv(toCsv(['a', 'b', 'c', 'd'], [[null, 0.65, false, true]]))[1]).toEqual(['', '0.65', 'false', 'true']);
  });
  it('writes the bytes Excel expects: BOM, CRLF after every record, quotes only where a field needs them', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [['任务 一', ' 前', '后 ', 'x"y', 'p,q']])).toBe('\uFEFFa,b,c,d,e\r\n任务 一," 前","后 ","x""y","p,q"\r\n');
    expect(toCsv(['a'], [['甲\n乙'], ['甲\r乙']])).toBe('\uFEFFa\r\n"甲\n乙"\r\n"甲\r乙"\r\n');
  });
  it('refuses a row whose field count differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow('CSV row has 1 fields, the header 2');
  });
});

describe('data files of the real plan read back equal the model', () => {
  let model: PlanModel;
  beforeAll(() => {
    model = bundledModel();
  });
  // Written inside each test, not at collection time, so a mutation test sees the writer run.
  let files: Map<string, string>;
  beforeEach(() => {
    files = dataFiles(model);
  });

  it('plan.json is the whole model', () => {
    expect(PlanModelSchema.parse(JSON.parse(files.get('plan.json')!))).toEqual(model);
  });

  it('tasks-departments.csv has one row per assignment, in the printed order', () => {
    const rows = records(files.get('tasks-departments.csv')!);
    const expected = model.tasks.flatMap((t) => [
      ...t.leads.map((d, i) => [t.id, t.title, d, 'lead', String(i + 1), String(t.partnersOpenEnded)]),
      ...t.partners.map((d, i) => [t.id, t.title, d, 'partner', String(i + 1), String(t.partnersOpenEnded)]),
    ]);
    expect(rows.map((r) => [r.task_id, r.task_title, r.department_id, r.role, r.position, r.partners_open_ended])).toEqual(expected);
    const names = new Map(model.departments.map((d) => [d.id, d.name]));
    for (const r of rows) expect(r.department_name).toBe(names.get(r.department_id));
  });

  it('indicators.csv keeps every cell as printed; a missing value stays empty, not 0', () => {
    const table = findBlock(model.parts, model.indicators!);
    if (table?.type !== 'table') throw new Error('no table');
    const rows = records(files.get('indicators.csv')!);
    expect(rows).toHaveLength(table.rows.length * table.years.length);
    const cells = table.rows.flatMap((r) => r.cells.map((c, i) => ({ r, c, year: table.years[i] })));
    rows.forEach((row, i) => {
      const { r, c, year } = cells[i];
      expect([row.indicator_id, row.printed_name, row.column_year, row.printed]).toEqual([r.id, r.printedName, String(year), c.printed]);
      expect(row.value === '' ? null : Number(row.value)).toBe(c.value);
      expect(row.comparator || null).toBe(c.comparator);
      expect(row.value_year === '' ? null : Number(row.value_year)).toBe(c.year);
    });
    // The table prints "—" for two baselines: they must not become 0.
    expect(rows.filter((r) => r.printed.trim() === '—').every((r) => r.value === '')).toBe(true);
  });

  it('targets.csv has every target with its phrase, value and deadline', () => {
    const rows = records(files.get('targets.csv')!);
    expect(rows.map((r) => r.target_id)).toEqual(model.targets.map((t) => t.id));
    rows.forEach((r, i) => {
      const t = model.targets[i];
      expect([r.paragraph_id, r.phrase, r.quantity || null, r.deadline || null, r.unit || null]).toEqual([t.paragraph, t.phrase, t.quantity, t.deadline, t.unit]);
      expect(r.value === '' ? null : Number(r.value)).toBe(t.value);
      expect(r.comparison === '' ? [] : r.comparison.split('|')).toEqual(t.comparison);
    });
  });

  it('entities.csv has every entity with its aliases, cities and mention count', () => {
    const rows = records(files.get('entities.csv')!);
    expect(rows.map((r) => r.entity_id)).toEqual(model.entities.map((e) => e.id));
    rows.forEach((r, i) => {
      const e = model.entities[i];
      expect([r.kind, r.name, r.full_name || null, Number(r.mention_count)]).toEqual([e.kind, e.name, e.fullName, e.mentionCount]);
      expect(r.aliases === '' ? [] : r.aliases.split('|')).toEqual(e.aliases);
      expect(r.cities === '' ? [] : r.cities.split('|')).toEqual(e.cities);
    });
  });

  it('has the columns docs/reference/open-data.md documents, in that order', () => {
    const doc = readFileSync(join(root, 'docs', 'reference', 'open-data.md'), 'utf8');
    expect(DATA_FILE_NAMES).toEqual(['plan.json', ...CSV_FILES.map((f) => f.name)]);
    for (const f of CSV_FILES) {
      const line = doc.split('\n').find((l) => l.startsWith(`- \`${f.name}\``))!;
      expect(line, f.name).toBeDefined();
      const documented = line.slice(line.indexOf(':') + 1).split(',').map((c) => c.trim().split(' ')[0]);
      expect(parseCsv(files.get(f.name)!)[0], f.name).toEqual(documented);
    }
  });

  it('tasks-departments.csv also carries the task number and the printed department name', () => {
    const rows = records(files.get('tasks-departments.csv')!);
    const byId = new Map(model.tasks.map((t) => [t.id, t]));
    for (const r of rows) expect(Number(r.task_number)).toBe(byId.get(r.task_id)!.number);
  });

  it('targets.csv carries the bound, the deadline year, 年底, 每年 and a link to the paragraph on 原文', () => {
    const rows = records(files.get('targets.csv')!);
    rows.forEach((r, i) => {
      const t = model.targets[i];
      expect([r.bound || null, r.year === '' ? null : Number(r.year), r.year_end, r.frequency || null]).toEqual([t.bound, t.year, String(t.yearEnd), t.frequency]);
      expect(r.url).toBe(`/${model.id}/plan/#${t.paragraph}`);
    });
    expect(rows.some((r) => r.year_end === 'true')).toBe(true);
    expect(rows.some((r) => r.frequency === 'annual')).toBe(true);
  });

  it('entities.csv lists the blocks naming each entity and its page', () => {
    const rows = records(files.get('entities.csv')!);
    rows.forEach((r, i) => {
      const e = model.entities[i];
      expect(r.blocks === '' ? [] : r.blocks.split('|')).toEqual(e.blocks);
      expect(r.url).toBe(`/${model.id}/entities/${e.id}/`);
    });
  });

  it('indicators.csv names each indicator with its category and unit, and the note of a cell', () => {
    const table = findBlock(model.parts, model.indicators!);
    if (table?.type !== 'table') throw new Error('no table');
    const rows = records(files.get('indicators.csv')!);
    const cells = table.rows.flatMap((r) => r.cells.map((c) => ({ r, c })));
    rows.forEach((row, i) => {
      const { r, c } = cells[i];
      expect([row.category || null, row.name, row.unit || null, row.note || null]).toEqual([r.category, r.name, r.unit, c.note]);
    });
    expect(rows.some((r) => r.note !== '')).toBe(true);
  });
});

describe('data files of a plan without an indicators table', () => {
  it('write an indicators.csv with the header only', () => {
    const model: PlanModel = bundledModel();
    const text = dataFiles({ ...model, indicators: null }).get('indicators.csv')!;
    expect(parseCsv(text)).toHaveLength(1);
  });
});

describe('responsibilities below the task level in the open data (duty-lines-plan fixture)', () => {
  const setup = () => {
    const { model } = convertFixture('duty-lines-plan.txt');
    const csvRows = (name: string) => {
      const file = CSV_FILES.find((f) => f.name === name)!;
      return file.rows(model).map((r: unknown) => Object.fromEntries(file.columns.map((c: { name: string; value: (r: unknown) => unknown }) => [c.name, c.value(r)])));
    };
    return { model, csvRows };
  };
  it('lists a party assigned only an item of a task as item-lead, never as lead of the task', () => {
    const { model, csvRows } = setup();
    const rows = csvRows('tasks-departments.csv').filter((r) => r.task_id === 'p2-1');
    expect(rows.map((r) => [r.department_name, r.role])).toEqual([
      ['省工业和信息化厅', 'item-lead'], ['省市场监管局', 'item-lead'],
      ['省科技厅', 'item-partner'], ['省发展改革委', 'item-partner'], ['省公安厅', 'item-partner'], ['各市人民政府', 'item-partner'],
    ]);
  });
  it('writes every assignment where it is printed, with its level, notation, rule, kind and deadline', () => {
    const { model, csvRows } = setup();
    const rows = csvRows('assignments.csv').filter((r) => r.node_id === 'p2-2-1');
    expect(rows.map((r) => [r.level, r.notation, r.lead_rule, r.party_name, r.party_kind, r.role, r.deadline])).toEqual([
      ['item', 'responsibility-line', 'first-listed', '省工业和信息化厅', 'department', 'lead', '长期坚持'],
      ['item', 'responsibility-line', 'first-listed', '省生态环境厅', 'department', 'partner', '长期坚持'],
      ['item', 'responsibility-line', 'first-listed', '各县（市、区）政府', 'local-government', 'partner', '长期坚持'],
    ]);
    expect(rows[0].node_title).toBe('1.实施节能改造');
  });
});

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
