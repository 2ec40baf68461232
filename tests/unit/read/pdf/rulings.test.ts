import { describe, expect, it } from 'vitest';
import { rulingSegments, type DrawOps } from '../../../../src/lib/read/pdf/rulings.ts';

// PDF.js's operator codes (OPS) for the operations read.
const OPS: DrawOps = { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 };
const ENDPATH = 28;
const PAGE = [1, 0, 0, -1, 0, 800]; // PDF's y-up user space to top-down page space, 800 high
const path = (paint: number, ...data: number[]): [number, unknown] => [OPS.constructPath, [paint, [new Float32Array(data)], null]];
const rect = (x: number, y: number, w: number, hgt: number): number[] => [0, x, y, 1, x + w, y, 1, x + w, y + hgt, 1, x, y + hgt, 4];

function read(ops: [number, unknown][]) {
  return rulingSegments(ops.map((o) => o[0]), ops.map((o) => o[1]), OPS, PAGE);
}

describe('rulingSegments', () => {
  it('reads a stroked line and the four sides of a stroked rectangle, top-down', () => {
    expect(read([path(OPS.stroke, 0, 50, 700, 1, 300, 700)])).toEqual([{ x1: 50, y1: 100, x2: 300, y2: 100 }]);
    expect(read([path(OPS.stroke, ...rect(50, 600, 100, 20))])).toEqual([
      { x1: 50, y1: 200, x2: 150, y2: 200 },
      { x1: 150, y1: 180, x2: 150, y2: 200 },
      { x1: 50, y1: 180, x2: 150, y2: 180 },
      { x1: 50, y1: 180, x2: 50, y2: 200 },
    ]);
  });

  it('reads a thin filled rectangle as a rule and a large one (shading) as none', () => {
    expect(read([path(OPS.fill, ...rect(50, 699.5, 250, 1))])).toEqual([{ x1: 50, y1: 100, x2: 300, y2: 100 }]);
    expect(read([path(OPS.eoFill, ...rect(50, 600, 250, 100))])).toEqual([]);
  });

  it('ignores paths that are not painted (clipping) and slanted or curved lines', () => {
    expect(read([path(ENDPATH, ...rect(0, 0, 595, 842)), path(OPS.stroke, 0, 0, 0, 1, 100, 100), path(OPS.stroke, 0, 0, 0, 2, 10, 10, 20, 10, 30, 0)])).toEqual([]);
  });

  it('places paths by the transformation matrix, restored after save/restore', () => {
    const segs = read([
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, 1, 100, -100]],
      path(OPS.stroke, 0, 0, 700, 1, 50, 700),
      [OPS.restore, null],
      path(OPS.stroke, 0, 0, 700, 1, 50, 700),
    ]);
    expect(segs).toEqual([{ x1: 100, y1: 200, x2: 150, y2: 200 }, { x1: 0, y1: 100, x2: 50, y2: 100 }]);
  });
});
