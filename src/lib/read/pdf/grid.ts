/**
 * Ruling segments → table grids (the "lattice" method of Tabula and Camelot): snap and merge the
 * segments into horizontal and vertical rules, take the rules that touch each other as one table,
 * cut it into the grid their positions make, and merge the grid cells between which no rule is
 * drawn (a merged cell: rowSpan / colSpan).
 */
import type { Segment } from './types.ts';

/** Rules closer than this (points) are one rule; ends closer than this touch. */
const SNAP = 2;
const JOIN = 3;

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Grid {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Column boundaries (left to right) and row boundaries (top to bottom). */
  xs: number[];
  ys: number[];
  /** The cells in row order, each listed once at its top-left grid position. */
  cells: GridCell[];
}

interface Rule {
  at: number;
  from: number;
  to: number;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && v - last[last.length - 1] <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

/** Merges collinear segments (same position within SNAP) that overlap or nearly touch. */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const positions = cluster(rules.map((r) => r.at));
  const snap = (v: number): number => positions.reduce((a, b) => (Math.abs(b - v) < Math.abs(a - v) ? b : a));
  const byPos = new Map<number, Rule[]>();
  for (const r of rules) {
    const at = snap(r.at);
    const list = byPos.get(at) ?? [];
    list.push({ at, from: Math.min(r.from, r.to), to: Math.max(r.from, r.to) });
    byPos.set(at, list);
  }
  const out: Rule[] = [];
  for (const list of byPos.values()) {
    list.sort((a, b) => a.from - b.from);
    let cur = { ...list[0] };
    for (const r of list.slice(1)) {
      if (r.from <= cur.to + JOIN) cur.to = Math.max(cur.to, r.to);
      else {
        out.push(cur);
        cur = { ...r };
      }
    }
    out.push(cur);
  }
  return out;
}

function touches(h: Rule, v: Rule): boolean {
  return v.at >= h.from - JOIN && v.at <= h.to + JOIN && h.at >= v.from - JOIN && h.at <= v.to + JOIN;
}

function covers(rules: readonly Rule[], at: number, from: number, to: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= SNAP && r.from <= from + JOIN && r.to >= to - JOIN);
}

/**
 * The table grids that the ruling segments of one page draw, top to bottom. A lone ruled box (one
 * cell) is a frame, not a table; `frames` asks for those too (the part of a table a page break
 * left on the next page can be one cell).
 */
export function findGrids(segments: readonly Segment[], { frames = false }: { frames?: boolean } = {}): Grid[] {
  const hs = mergeRules(segments.filter((s) => s.y1 === s.y2).map((s) => ({ at: s.y1, from: s.x1, to: s.x2 })));
  const vs = mergeRules(segments.filter((s) => s.x1 === s.x2).map((s) => ({ at: s.x1, from: s.y1, to: s.y2 })));
  // Connected components of touching rules: each is one table.
  const n = hs.length + vs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (touches(h, v)) parent[find(i)] = find(hs.length + j);
    }),
  );
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  for (let i = 0; i < n; i++) {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    if (i < hs.length) g.h.push(hs[i]);
    else g.v.push(vs[i - hs.length]);
    groups.set(find(i), g);
  }
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    const grid = gridOf(h, v, frames);
    if (grid !== null) grids.push(grid);
  }
  return grids.sort((a, b) => a.y0 - b.y0);
}

function gridOf(h: Rule[], v: Rule[], frames: boolean): Grid | null {
  const ys = cluster(h.map((r) => r.at));
  const xs = cluster(v.map((r) => r.at));
  if (ys.length < 2 || xs.length < 2 || (!frames && ys.length < 3 && xs.length < 3)) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covers(v, xs[c + 1], ys[r], ys[r + 1])) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rows && !covers(h, ys[r + 1], xs[c], xs[c + 1])) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const regions = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const g = regions.get(root);
      if (g === undefined) regions.set(root, { r0: r, r1: r, c0: c, c1: c });
      else Object.assign(g, { r0: Math.min(g.r0, r), r1: Math.max(g.r1, r), c0: Math.min(g.c0, c), c1: Math.max(g.c1, c) });
    }
  }
  const cells: GridCell[] = [...regions.values()]
    .map((g) => ({
      row: g.r0,
      col: g.c0,
      rowSpan: g.r1 - g.r0 + 1,
      colSpan: g.c1 - g.c0 + 1,
      x0: xs[g.c0],
      y0: ys[g.r0],
      x1: xs[g.c1 + 1],
      y1: ys[g.r1 + 1],
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { x0: xs[0], y0: ys[0], x1: xs[xs.length - 1], y1: ys[ys.length - 1], xs, ys, cells };
}
