import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../../src/lib/site/graph.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { realPlanBytes } from '../helpers.ts';

const { model } = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' });

describe('layoutGraph', () => {
  const g = layoutGraph(model);
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
