import { scaleSqrt } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';
import { coversPartOfTask } from '../../model/assignments.ts';
import type { PlanModel } from '../../model/schema.ts';

export interface GraphNode {
  id: string;
  kind: 'department' | 'task';
  label: string;
  x: number;
  y: number;
  r: number;
  /** Tasks a department leads / cooperates on, or a task's lead / partner departments. */
  leads: number;
  partners: number;
  /** Ids of the nodes it is connected to. */
  neighbors: string[];
}

export interface GraphEdge {
  from: string;
  to: string;
  /** lead/partner of the whole task, or assigned only an item or clause of it. */
  role: 'lead' | 'partner' | 'item';
  d: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const WIDTH = 640;
const ROW = 34;
const MARGIN = 24;
const LEFT_X = 215;
const RIGHT_X = 425;

const round = (n: number) => Math.round(n * 10) / 10;

/** Orders one side by the mean position of its neighbours on the other (barycentre heuristic). */
function byBarycentre(ids: string[], neighbours: Map<string, string[]>, position: Map<string, number>): string[] {
  const centre = (id: string) => {
    const ns = neighbours.get(id) ?? [];
    return ns.length ? ns.reduce((s, n) => s + position.get(n)!, 0) / ns.length : Number.POSITIVE_INFINITY;
  };
  // Array sort is stable, so ties (and nodes with no neighbours, whose NaN difference counts as 0) keep their order.
  return ids.map((id) => ({ id, c: centre(id) })).sort((a, b) => a.c - b.c).map((x) => x.id);
}

/**
 * A two-column layout of departments (left) and tasks (right), computed at build time. Tasks stay in
 * the plan's order (a reader follows them as printed); departments are ordered to reduce edge
 * crossings, each at the mean height of its tasks (barycentre; one pass, as the tasks do not move), so the same model always gives
 * the same picture; node radius grows with the number of assignments.
 */
export function layoutGraph(model: Pick<PlanModel, 'departments' | 'tasks'> & Partial<Pick<PlanModel, 'assignments'>>, reorder = true): GraphLayout {
  const edges: Omit<GraphEdge, 'd'>[] = model.tasks.flatMap((t) => {
    const whole = new Set([...t.leads, ...t.partners]);
    const inner = (model.assignments ?? []).filter((a) => a.task === t.id && coversPartOfTask(a)).flatMap((a) => [...a.leads, ...a.partners]);
    return [
      ...t.leads.map((dep) => ({ from: dep, to: t.id, role: 'lead' as const })),
      ...t.partners.map((dep) => ({ from: dep, to: t.id, role: 'partner' as const })),
      ...[...new Set(inner)].filter((dep) => !whole.has(dep)).map((dep) => ({ from: dep, to: t.id, role: 'item' as const })),
    ];
  });
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  let left = model.departments.map((d) => d.id);
  const right = model.tasks.map((t) => t.id);
  const rows = Math.max(left.length, right.length);
  const height = MARGIN * 2 + (rows - 1) * ROW;
  const ys = (n: number) => (i: number) => MARGIN + (n <= 1 ? ((rows - 1) * ROW) / 2 : (i * (rows - 1) * ROW) / (n - 1));
  const positions = () => new Map([...left.map((id, i) => [id, ys(left.length)(i)] as const), ...right.map((id, i) => [id, ys(right.length)(i)] as const)]);
  if (reorder) left = byBarycentre(left, neighbours, positions());
  const pos = positions();
  const degree = (id: string) => neighbours.get(id)?.length ?? 0;
  const maxDegree = Math.max(1, ...[...left, ...right].map(degree));
  const radius = scaleSqrt().domain([1, maxDegree]).range([5, 14]).clamp(true);
  const count = (id: string, role: 'lead' | 'partner', side: 'from' | 'to') => edges.filter((e) => e[side] === id && e.role === role).length;

  const nodes: GraphNode[] = [
    ...left.map((id) => {
      const d = model.departments.find((x) => x.id === id)!;
      return { id, kind: 'department' as const, label: d.name, x: LEFT_X, y: round(pos.get(id)!), r: round(radius(degree(id))), leads: count(id, 'lead', 'from'), partners: count(id, 'partner', 'from'), neighbors: neighbours.get(id) ?? [] };
    }),
    ...right.map((id) => {
      const t = model.tasks.find((x) => x.id === id)!;
      // Stryker disable next-line ArrayDeclaration: every task has a lead, so a task always has neighbours.
      return { id, kind: 'task' as const, label: t.title, x: RIGHT_X, y: round(pos.get(id)!), r: round(radius(degree(id))), leads: count(id, 'lead', 'to'), partners: count(id, 'partner', 'to'), neighbors: neighbours.get(id) ?? [] };
    }),
  ];
  const at = new Map(nodes.map((n) => [n.id, n]));
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>()
    .source((l) => l.source)
    .target((l) => l.target);
  return {
    width: WIDTH,
    height,
    nodes,
    edges: edges.map((e) => {
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      // Stryker disable next-line StringLiteral: without a rendering context the link returns its path text, never null.
      const d = link({ source: [a.x + a.r, a.y], target: [b.x - b.r, b.y] }) ?? '';
      return { ...e, d: d.replace(/\d+\.\d+/g, (n) => String(round(Number(n)))) };
    }),
  };
}
