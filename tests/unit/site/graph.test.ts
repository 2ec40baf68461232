import { beforeEach, describe, expect, it } from 'vitest';
import { layoutGraph } from '../../../src/lib/site/graph.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { realPlanBytes } from '../../support/plans.ts';

const { model } = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' });

describe('layoutGraph', () => {
  // Laid out inside each test, not at collection time, so a mutation test sees the layout run.
  let g: ReturnType<typeof layoutGraph>;
  beforeEach(() => {
    g = layoutGraph(model);
  });
  it('has one node per department and per task', () => {
    expect(g.nodes.filter((n) => n.kind === 'department').map((n) => n.id).sort()).toEqual(model.departments.map((d) => d.id).sort());
    expect(g.nodes.filter((n) => n.kind === 'task').map((n) => n.id).sort()).toEqual(model.tasks.map((t) => t.id).sort());
  });
  it('has one edge per assignment, lead and partner kept apart', () => {
    const expected = model.tasks.flatMap((t) => [...t.leads.map((d) => `lead ${d} ${t.id}`), ...t.partners.map((d) => `partner ${d} ${t.id}`)]);
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
    expect(layoutGraph(model)).toEqual(g);
    for (const n of g.nodes) {
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(g.height);
    }
    const ys = g.nodes.filter((n) => n.kind === 'department').map((n) => n.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(20);
  });
  it('reduces crossings compared with the printed order', () => {
    const crossings = (pos: Map<string, number>) => {
      let n = 0;
      for (const a of g.edges) for (const b of g.edges) if (a !== b && (pos.get(a.from)! - pos.get(b.from)!) * (pos.get(a.to)! - pos.get(b.to)!) < 0) n++;
      return n / 2;
    };
    const laid = new Map(g.nodes.map((n) => [n.id, n.y]));
    const printed = new Map([...model.departments.map((d, i) => [d.id, i] as const), ...model.tasks.map((t, i) => [t.id, i] as const)]);
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

  it('puts a department on no task below the others, and keeps the printed order with no sweeps', () => {
    const m = small(['C', 'A', 'B'], [task('t1', ['B'], []), task('t2', ['A'], [])]);
    const deps = (g: ReturnType<typeof layoutGraph>) => g.nodes.filter((x) => x.kind === 'department').sort((a, b) => a.y - b.y).map((x) => x.id);
    // t2 (A's) moves above t1 (B's), then A above B; C, on no task, goes last.
    expect(deps(layoutGraph(m))).toEqual(['A', 'B', 'C']);
    expect(deps(layoutGraph(m, 0))).toEqual(['C', 'A', 'B']);
  });

  it('keeps the printed order between nodes whose neighbours sit at the same height', () => {
    // t1, t2 and t3 all hang on A alone: same barycentre, so printed order decides.
    const g = layoutGraph(small(['A', 'B'], [task('t1', ['A'], []), task('t2', ['A'], []), task('t3', ['A'], []), task('t4', ['B'], [])]));
    const order = g.nodes.filter((x) => x.kind === 'task').sort((a, b) => a.y - b.y).map((x) => x.id);
    expect(order).toEqual(['t1', 't2', 't3', 't4']);
  });
});
