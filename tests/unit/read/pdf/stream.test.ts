import { describe, expect, it } from 'vitest';
import { findStreamTables, piecesOf } from '../../../../src/lib/read/pdf/stream.ts';
import type { PdfLine } from '../../../../src/lib/read/pdf/types.ts';
import { run } from './items.ts';

/** A line of pieces: [x, text] each, 12 points, on baseline y. */
function row(n: number, y: number, ...pieces: [number, string][]): PdfLine {
  const items = pieces.map(([x, t]) => run(t, x, y));
  return { page: 1, line: n, y, x0: items[0].x, x1: Math.max(...items.map((i) => i.x + i.width)), size: 12, text: pieces.map((p) => p[1]).join(''), items };
}

describe('findStreamTables', () => {
  it('reads lines breaking into three columns at the same places as a table, wrapped text joined', () => {
    const lines = [
      row(1, 100, [50, '开头的一段正文。']),
      row(2, 120, [50, '序号'], [110, '任务'], [330, '牵头单位']),
      row(3, 140, [50, '1'], [110, '推进传统产业改造'], [330, '省工信厅']),
      row(4, 160, [110, '和升级']),
      row(5, 180, [50, '2'], [110, '优化营商环境'], [330, '省政府办公厅']),
      row(6, 200, [50, '结尾的一段正文。']),
    ];
    const tables = findStreamTables(lines);
    expect(tables.map((t) => [t.from, t.to])).toEqual([[1, 4]]);
    expect(tables[0].block.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '推进传统产业改造和升级', '省工信厅'],
      ['2', '优化营商环境', '省政府办公厅'],
    ]);
    expect(tables[0].block.pos).toEqual({ page: 1, line: 2 });
  });

  it('reads no table from two columns, or from three lines that do not align', () => {
    expect(findStreamTables([row(1, 100, [50, '主任：'], [120, '孙春兰']), row(2, 120, [50, '副主任：'], [120, '陈宝生']), row(3, 140, [50, '委员：'], [120, '梁言顺'])])).toEqual([]);
    expect(findStreamTables([row(1, 100, [50, '甲'], [110, '乙'], [330, '丙']), row(2, 120, [50, '甲'], [200, '乙'], [400, '丙']), row(3, 140, [50, '甲'], [110, '乙'], [330, '丙'])])).toEqual([]);
  });

  it('splits a line into pieces only at wide gaps', () => {
    expect(piecesOf(row(1, 100, [50, '一二'], [76, '三'], [130, '四'])).map((p) => [p.x0, p.x1])).toEqual([[50, 88], [130, 142]]);
  });
});
