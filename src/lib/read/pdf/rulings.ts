/**
 * Ruling lines from a page's drawing operations. PDF.js's operator list gives each path as
 * `constructPath` (the path and the operation that paints it); a table's rules are stroked lines or
 * rectangles, or thin filled rectangles (how some word processors draw borders). Large filled
 * rectangles are cell shading, not rules. Paths are placed with the current transformation matrix,
 * followed through save/restore/transform.
 */
import type { Segment } from './types.ts';

/** The operator codes this module reads (PDF.js's `OPS`, passed in so the module stays pure). */
export interface DrawOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** PDF.js's path commands inside `constructPath`'s data. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this (points) is a drawn rule. */
const THIN = 3;
/** Lines within this many points of horizontal or vertical count as such. */
const SKEW = 1;

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function axisAligned(s: Segment): Segment | null {
  if (Math.abs(s.y1 - s.y2) <= SKEW && Math.abs(s.x1 - s.x2) > SKEW) {
    const y = (s.y1 + s.y2) / 2;
    return { x1: Math.min(s.x1, s.x2), y1: y, x2: Math.max(s.x1, s.x2), y2: y };
  }
  if (Math.abs(s.x1 - s.x2) <= SKEW && Math.abs(s.y1 - s.y2) > SKEW) {
    const x = (s.x1 + s.x2) / 2;
    return { x1: x, y1: Math.min(s.y1, s.y2), x2: x, y2: Math.max(s.y1, s.y2) };
  }
  return null;
}

/** The straight pieces of one path, as polylines of points (page space, PDF's y-up). */
function subpaths(data: ArrayLike<number>, m: Matrix): { points: [number, number][]; closed: boolean; curved: boolean }[] {
  const out: { points: [number, number][]; closed: boolean; curved: boolean }[] = [];
  let cur: { points: [number, number][]; closed: boolean; curved: boolean } | null = null;
  let i = 0;
  while (i < data.length) {
    const op = data[i];
    if (op === MOVE) {
      cur = { points: [apply(m, data[i + 1], data[i + 2])], closed: false, curved: false };
      out.push(cur);
      i += 3;
    } else if (op === LINE) {
      cur?.points.push(apply(m, data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === CURVE) {
      if (cur !== null) cur.curved = true;
      cur?.points.push(apply(m, data[i + 5], data[i + 6]));
      i += 7;
    } else if (op === QUAD) {
      if (cur !== null) cur.curved = true;
      cur?.points.push(apply(m, data[i + 3], data[i + 4]));
      i += 5;
    } else if (op === CLOSE) {
      if (cur !== null) cur.closed = true;
      i += 1;
    } else {
      break; // unknown command: the rest of the path cannot be read
    }
  }
  return out;
}

/**
 * The horizontal and vertical ruling segments a page draws, in top-down page coordinates:
 * `view` takes PDF's y-up user space there (PDF.js's viewport transform at scale 1, which also
 * turns a rotated page upright).
 */
export function rulingSegments(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: DrawOps,
  view: readonly number[],
): Segment[] {
  const base = [...view] as Matrix;
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const stack: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const out: Segment[] = [];
  const push = (s: Segment): void => {
    const [x1, y1] = apply(base, s.x1, s.y1);
    const [x2, y2] = apply(base, s.x2, s.y2);
    const a = axisAligned({ x1, y1, x2, y2 });
    if (a !== null) out.push(a);
  };
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k];
    if (fn === ops.save) stack.push(m);
    else if (fn === ops.restore) m = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === ops.transform) {
      const t = argsArray[k] as number[];
      if (Array.isArray(t) && t.length === 6) m = multiply(t as Matrix, m);
    } else if (fn === ops.constructPath) {
      const args = argsArray[k] as [number, (ArrayLike<number> | null)[] | null, unknown];
      if (!Array.isArray(args) || !Array.isArray(args[1])) continue;
      const paint = args[0];
      const stroked = strokes.has(paint);
      const filled = fills.has(paint);
      if (!stroked && !filled) continue;
      for (const data of args[1]) {
        if (data === null || typeof data !== 'object' || typeof data.length !== 'number') continue;
        for (const sp of subpaths(data, m)) {
          if (sp.curved) continue;
          const pts = sp.points;
          if (stroked) {
            for (let i = 1; i < pts.length; i++) push({ x1: pts[i - 1][0], y1: pts[i - 1][1], x2: pts[i][0], y2: pts[i][1] });
            if (sp.closed && pts.length > 2) push({ x1: pts[pts.length - 1][0], y1: pts[pts.length - 1][1], x2: pts[0][0], y2: pts[0][1] });
          } else if (pts.length >= 2) {
            // A filled shape is a rule when it is a thin box: its long axis is the line.
            const xs = pts.map((p) => p[0]);
            const ys = pts.map((p) => p[1]);
            const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
            if (y1 - y0 <= THIN && x1 - x0 > THIN) push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
            else if (x1 - x0 <= THIN && y1 - y0 > THIN) push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
          }
        }
      }
    }
  }
  return out;
}
