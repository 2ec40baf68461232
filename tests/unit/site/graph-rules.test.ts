import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../../src/lib/site/views/graph.ts';

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
