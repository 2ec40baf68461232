import { beforeEach, describe, expect, it, beforeAll } from 'vitest';
import { layoutGraph } from '../../../src/lib/site/views/graph.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { realPlanBytes } from '../../support/plans.ts';

// The bundled plan as the converter reads its source, converted once before the tests.
let real: PlanModel;
beforeAll(() => {
  real = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' }).model;
});

describe('layoutGraph', () => {
  // Laid out inside each test, not at collection time, so a mutation test sees the layout run.
  let g: ReturnType<typeof layoutGraph>;
  beforeEach(() => {
    g = layoutGraph(real);
  });
  it('has one node per department and per task', () => {
    expect(g.nodes.filter((n) => n.kind === 'department').map((n) => n.id).sort()).toEqual(real.departments.map((d) => d.id).sort());
    expect(g.nodes.filter((n) => n.kind === 'task').map((n) => n.id).sort()).toEqual(real.tasks.map((t) => t.id).sort());
  });
  it('has one edge per assignment, lead and partner kept apart', () => {
    const expected = real.tasks.flatMap((t) => [...t.leads.map((d) => `lead ${d} ${t.id}`), ...t.partners.map((d) => `partner ${d} ${t.id}`)]);
    expect(g.edges.map((e) => `${e.role} ${e.from} ${e.to}`).sort()).toEqual(expected.sort());
  });
  it('sizes nodes by degree: the department with most tasks is largest', () => {
    const deg = (id: string) => g.edges.filter((e) => e.from === id || e.to === id).length;
    const depts = g.nodes.filter((n) => n.kind === 'department');
    const biggest = depts.reduce((a, b) => (deg(b.id) > deg(a.id) ? b : a));
    expect(Math.max(...depts.map((n) => n.r))).toBe(biggest.r);
    for (const a of depts) for (const b of depts) if (deg(a.id) > deg(b.id)) expect(a.r).toBeGreaterThan(b.r);
  });
  it('is deterministic and keeps every node inside the drawing, rows apart', () => {
    expect(layoutGraph(real)).toEqual(g);
    for (const n of g.nodes) {
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(g.height);
    }
    const ys = g.nodes.filter((n) => n.kind === 'department').map((n) => n.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(20);
  });
  it('keeps the tasks in the plan\'s order and reduces crossings compared with the printed order of departments', () => {
    expect(g.nodes.filter((n) => n.kind === 'task').sort((a, b) => a.y - b.y).map((n) => n.id)).toEqual(real.tasks.map((t) => t.id));
    const crossings = (pos: Map<string, number>) => {
      let n = 0;
      for (const a of g.edges) for (const b of g.edges) if (a !== b && (pos.get(a.from)! - pos.get(b.from)!) * (pos.get(a.to)! - pos.get(b.to)!) < 0) n++;
      return n / 2;
    };
    const laid = new Map(g.nodes.map((n) => [n.id, n.y]));
    const printed = new Map([...real.departments.map((d, i) => [d.id, i] as const), ...real.tasks.map((t, i) => [t.id, i] as const)]);
    expect(crossings(laid)).toBeLessThan(crossings(printed));
  });
});

describe('layoutGraph on a small plan', () => {
  const dep = (id: string) => ({ id, name: `部门${id}`, leads: [], partners: [], hostsLeadingGroupOffice: false });
  const task = (id: string, leads: string[], partners: string[]) => ({ id, number: 1, title: `任务${id}`, leads, partners, partnersOpenEnded: false, departmentLine: '' });
  const small = (departments: string[], tasks: ReturnType<typeof task>[]) => ({ departments: departments.map(dep), tasks }) as unknown as Parameters<typeof layoutGraph>[0];

  it('counts each node’s lead and partner assignments and lists its neighbours', () => {
    const g = layoutGraph(small(['A', 'B', 'C'], [task('t1', ['A'], ['B']), task('t2', ['A', 'B'], [])]));
    const n = new Map(g.nodes.map((x) => [x.id, x]));
    expect([n.get('A')!.leads, n.get('A')!.partners, n.get('B')!.leads, n.get('B')!.partners]).toEqual([2, 0, 1, 1]);
    expect([n.get('t1')!.leads, n.get('t1')!.partners, n.get('t2')!.leads, n.get('t2')!.partners]).toEqual([1, 1, 2, 0]);
    expect([...n.get('A')!.neighbors].sort()).toEqual(['t1', 't2']);
    expect(n.get('t1')!.neighbors).toEqual(['A', 'B']);
    // A department on no task is drawn, smallest, with no neighbours.
    expect(n.get('C')!.neighbors).toEqual([]);
    expect(n.get('C')!.r).toBeLessThan(n.get('B')!.r);
    expect(n.get('C')!.r).toBe(5);
    expect(n.get('A')!.label).toBe('部门A');
    expect(n.get('B')!.label).toBe('部门B');
    expect(n.get('t2')!.label).toBe('任务t2');
  });

  it('centres a lone task between the departments, keeps rows apart, and draws edges from circle to circle', () => {
    const g = layoutGraph(small(['A', 'B', 'C'], [task('t1', ['A'], ['B', 'C'])]));
    const ys = g.nodes.filter((x) => x.kind === 'department').map((x) => x.y).sort((a, b) => a - b);
    const t1 = g.nodes.find((x) => x.id === 't1')!;
    expect(ys[1] - ys[0]).toBe(34);
    expect(ys[2] - ys[1]).toBe(34);
    expect(t1.y).toBe(ys[1]);
    expect(g.height).toBe(ys[2] + ys[0]);
    const a = g.nodes.find((x) => x.id === 'A')!;
    const e = g.edges.find((x) => x.from === 'A')!;
    expect(e.d.startsWith(`M${a.x + a.r},${a.y}C`)).toBe(true);
    expect(e.d.endsWith(`${t1.x - t1.r},${t1.y}`)).toBe(true);
    for (const n of e.d.match(/\d+\.\d+/g) ?? []) expect(n).toMatch(/^\d+\.\d$/);
  });

  it('puts a department on no task below the others, and keeps the printed order without reordering', () => {
    const m = small(['C', 'A', 'B'], [task('t1', ['B'], []), task('t2', ['A'], [])]);
    const deps = (g: ReturnType<typeof layoutGraph>) => g.nodes.filter((x) => x.kind === 'department').sort((a, b) => a.y - b.y).map((x) => x.id);
    // B leads the first task, A the second: B above A; C, on no task, goes last.
    expect(deps(layoutGraph(m))).toEqual(['B', 'A', 'C']);
    expect(deps(layoutGraph(m, false))).toEqual(['C', 'A', 'B']);
  });

  it('keeps the printed order between departments whose tasks sit at the same height', () => {
    const deps = (names: string[]) => layoutGraph(small(names, [task('t1', ['A', 'B'], []), task('t2', ['C'], [])])).nodes.filter((x) => x.kind === 'department').sort((a, b) => a.y - b.y).map((x) => x.id);
    expect(deps(['A', 'B', 'C'])).toEqual(['A', 'B', 'C']);
    expect(deps(['B', 'A', 'C'])).toEqual(['B', 'A', 'C']);
  });

  it('keeps the tasks in the plan\'s order, whatever would cross less', () => {
    // Moving t3 (A's) up beside t1 would save crossings; the plan's order wins.
    const g = layoutGraph(small(['A', 'B'], [task('t1', ['A'], []), task('t2', ['B'], []), task('t3', ['A'], []), task('t4', ['B'], [])]));
    const order = g.nodes.filter((x) => x.kind === 'task').sort((a, b) => a.y - b.y).map((x) => x.id);
    expect(order).toEqual(['t1', 't2', 't3', 't4']);
  });
});

type Model = Parameters<typeof layoutGraph>[0];
const dep = (id: string) => ({ id, name: `部门${id}` });
const task = (id: string, leads: string[], partners: string[]) => ({ id, number: 1, title: `任务${id}`, leads, partners });
const assignment = (taskId: string, node: string, leads: string[], partners: string[]) => ({ task: taskId, node, leads, partners });
const model = (departments: string[], tasks: ReturnType<typeof task>[], assignments: ReturnType<typeof assignment>[] = []) =>
  ({ departments: departments.map(dep), tasks, assignments }) as unknown as Model;
const edgeList = (m: Model) => layoutGraph(m).edges.map((e) => `${e.role} ${e.from} ${e.to}`);

describe('layoutGraph item edges: parties assigned only an item or clause of a task', () => {
  it('links each such party to its task once, after the whole-task lead and partners', () => {
    const m = model(['A', 'B', 'C', 'D', 'E', 'F'], [task('t1', ['A'], ['B']), task('t2', ['F'], [])], [
      assignment('t1', 't1-1', ['C'], ['A', 'D']),
      assignment('t1', 't1-2', ['D'], []),
      // An assignment printed on another task belongs to that task only.
      assignment('t2', 't2-1', ['E'], []),
    ]);
    expect(edgeList(m)).toEqual(['lead A t1', 'partner B t1', 'item C t1', 'item D t1', 'lead F t2', 'item E t2']);
  });

  it('draws no item edge for an assignment printed on the task itself (that is the task’s own list)', () => {
    const m = model(['A', 'B', 'C'], [task('t1', ['A'], [])], [assignment('t1', 't1', ['C'], ['B'])]);
    expect(edgeList(m)).toEqual(['lead A t1']);
  });

  it('counts an item party as a neighbour, so the layout and sizes see it', () => {
    const g = layoutGraph(model(['A', 'C'], [task('t1', ['A'], [])], [assignment('t1', 't1-1', ['C'], [])]));
    const c = g.nodes.find((n) => n.id === 'C')!;
    expect(c.neighbors).toEqual(['t1']);
    expect([c.leads, c.partners]).toEqual([0, 0]);
  });
});

describe('layoutGraph edge paths', () => {
  it('write every coordinate to one decimal, rounding half up, even where that carries into the units', () => {
    // 52 departments on each of 51 tasks: a task has 52 neighbours (radius 14, the largest), a
    // department 51 (radius 5 + 9·(√51 − 1)/(√52 − 1) ≈ 13.9). An edge leaves its department at
    // 215 + 13.9 = 228.9 and enters its task at 425 − 14 = 411; the curve's control points sit
    // halfway, at 319.95, which is 320 to one decimal.
    const deps = Array.from({ length: 52 }, (_, i) => `d${i}`);
    const tasks = Array.from({ length: 51 }, (_, i) => task(`t${i}`, deps.slice(0, 1), deps.slice(1)));
    const g = layoutGraph(model(deps, tasks));
    expect(new Set(g.nodes.map((n) => `${n.kind} ${n.r}`))).toEqual(new Set(['department 13.9', 'task 14']));
    for (const e of g.edges) expect(e.d).toMatch(/^M228\.9,\d+(\.\d)?C320,\d+(\.\d)?,320,\d+(\.\d)?,411,\d+(\.\d)?$/);
  });

  it('round a control point that falls between tenths', () => {
    // A (on t1 and t2, largest: 14) and B (on t1 only, 5), t1 with two departments (14).
    // B's edge to t1 has its control points at (215 + 5 + 425 − 14) / 2 = 315.5; A's edge to t2
    // (radius 5) at (229 + 420) / 2 = 324.5; every number keeps at most one decimal.
    const g = layoutGraph(model(['A', 'B'], [task('t1', ['A'], ['B']), task('t2', ['A'], [])]));
    const d = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to)!.d;
    expect(d('B', 't1')).toMatch(/^M220,[\d.]+C315\.5,[\d.]+,315\.5,[\d.]+,411,[\d.]+$/);
    expect(d('A', 't2')).toMatch(/^M229,[\d.]+C324\.5,[\d.]+,324\.5,[\d.]+,420,[\d.]+$/);
  });
});
