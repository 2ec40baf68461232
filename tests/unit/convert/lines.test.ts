import { describe, expect, it } from 'vitest';
import { cellLine, documentLines, tableGrid } from '../../../src/lib/convert/lines.ts';
import { ReadDocumentSchema, type ReadDocument, type TableBlock } from '../../../src/lib/model/schema.ts';

const p = (text: string, block: number) => ({ type: 'paragraph' as const, text, pos: { block } });
const cell = (text: string, block: number, row: number, c: number, span: { rowSpan?: number; colSpan?: number } = {}) => ({ text, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1, pos: { block, row, cell: c } });
const doc = (blocks: unknown[], format: ReadDocument['format'] = 'html'): ReadDocument => ReadDocumentSchema.parse({ format, blocks });

describe('cellLine', () => {
  it('joins a wrapped cell without a space between Chinese and with one between Latin words', () => {
    expect(cellLine('省发展改革委、\n省财政厅')).toBe('省发展改革委、省财政厅');
    expect(cellLine('GDP\ngrowth')).toBe('GDP growth');
    expect(cellLine('5G\n基站')).toBe('5G基站');
    expect(cellLine('  \n年底前\n\n')).toBe('年底前');
  });
  it('never leaves a tab, which would read as a column break', () => {
    expect(cellLine('序号\t1')).toBe('序号 1');
  });
});

describe('tableGrid', () => {
  it('expands row and column spans into empty cells where the spanning cell covers', () => {
    const table = doc([{
      type: 'table', pos: { block: 0 },
      header: [{ cells: [cell('类别', 0, 0, 0), cell('指标', 0, 0, 1), cell('2020年', 0, 0, 2)], pos: { block: 0, row: 0 } }],
      rows: [
        { cells: [cell('创新', 0, 1, 0, { rowSpan: 2 }), cell('研发投入', 0, 1, 1), cell('2.5', 0, 1, 2)], pos: { block: 0, row: 1 } },
        { cells: [cell('专利', 0, 2, 1), cell('12', 0, 2, 2)], pos: { block: 0, row: 2 } },
        { cells: [cell('合计', 0, 3, 0, { colSpan: 2 }), cell('—', 0, 3, 2)], pos: { block: 0, row: 3 } },
      ],
    }]).blocks[0] as TableBlock;
    const g = tableGrid(table);
    expect(g.header).toEqual([['类别', '指标', '2020年']]);
    expect(g.rows).toEqual([['创新', '研发投入', '2.5'], ['', '专利', '12'], ['合计', '', '—']]);
    expect(g.positions.map((x) => x.row)).toEqual([0, 1, 2, 3]);
  });
});

describe('documentLines', () => {
  it('gives a text file its own lines and no positions', () => {
    const d = doc([{ type: 'paragraph', text: '一、总体要求', pos: { line: 1 } }, { type: 'paragraph', text: '', pos: { line: 2 } }], 'text');
    expect(documentLines(d)).toEqual({ lines: [{ line: 1, text: '一、总体要求' }, { line: 2, text: '' }], positions: null });
  });

  it('lays other formats out as a portal text copy: a blank line between blocks, a table one tab-separated row a line', () => {
    const d = doc([
      p('关于印发某方案的通知', 0),
      { type: 'table', pos: { block: 1 }, caption: '重点任务分工表',
        header: [{ cells: [cell('序号', 1, 0, 0), cell('任务', 1, 0, 1), cell('牵头单位', 1, 0, 2)], pos: { block: 1, row: 0 } }],
        rows: [
          { cells: [cell('一、产业发展', 1, 1, 0, { colSpan: 3 })], pos: { block: 1, row: 1 } },
          { cells: [cell('1', 1, 2, 0), cell('建设平台', 1, 2, 1), cell('省工业和\n信息化厅', 1, 2, 2)], pos: { block: 1, row: 2 } },
        ] },
      p('第一行\n第二行', 2),
    ]);
    const { lines, positions } = documentLines(d);
    expect(lines.map((l) => l.text)).toEqual(['关于印发某方案的通知', '', '重点任务分工表', '序号\t任务\t牵头单位', '一、产业发展', '1\t建设平台\t省工业和信息化厅', '', '第一行', '第二行']);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(positions).toEqual([{ block: 0 }, { block: 1 }, { block: 1 }, { block: 1, row: 0 }, { block: 1, row: 1 }, { block: 1, row: 2 }, { block: 2 }, { block: 2 }, { block: 2 }]);
  });
});
