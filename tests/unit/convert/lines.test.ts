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
    // Only a row span covers a place of a later row; a column span's places are the row's own.
    expect(g.covered).toEqual([[], [], [0], []]);
    expect(g.continued).toEqual([[], [], [], [1]]);
    const laid = documentLines(doc([table]));
    expect(laid.lines.filter((l) => l.table).map((l) => l.table!.covered ?? null)).toEqual([null, null, [0], null]);
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

describe('documentLines: a 专栏 printed as a table', () => {
  const row = (block: number, r: number, ...cells: ReturnType<typeof cell>[]) => ({ cells, pos: { block, row: r } });

  it('lays out a box titled in its first row: title, each paragraph of a one-cell row, then the rows of a table of several cells; every line marked with the table', () => {
    const d = doc([
      { type: 'table', pos: { block: 0 }, header: [], rows: [
        row(0, 0, cell('专栏1　主要指标', 0, 0, 0, { colSpan: 3 })),
        row(0, 1, cell('指标', 0, 1, 0), cell('单位', 0, 1, 1), cell('目标值', 0, 1, 2)),
        row(0, 2, cell('5G基站数量', 0, 2, 0), cell('万个', 0, 2, 1), cell('8', 0, 2, 2)),
      ] },
      p('正文段落。', 1),
      { type: 'table', pos: { block: 2 }, header: [], rows: [
        row(2, 0, cell('专栏2 重点工程', 2, 0, 0)),
        row(2, 1, cell('1.网络工程。\n2.算力工程。', 2, 1, 0)),
      ] },
    ]);
    const { lines, positions } = documentLines(d);
    expect(lines.map((l) => [l.text, l.box ?? null, l.table ? l.table.index : null])).toEqual([
      ['专栏1　主要指标', 0, null],
      ['', 0, null],
      ['指标\t单位\t目标值', 0, 0],
      ['5G基站数量\t万个\t8', 0, 0],
      ['', null, null],
      ['正文段落。', null, null],
      ['', null, null],
      ['专栏2 重点工程', 2, null],
      ['', 2, null],
      ['1.网络工程。', 2, null],
      ['', 2, null],
      ['2.算力工程。', 2, null],
    ]);
    expect(positions!.slice(7)).toEqual([{ block: 2, row: 0 }, { block: 2, row: 1 }, { block: 2, row: 1 }, { block: 2, row: 1 }, { block: 2, row: 1 }]);
  });

  it('takes the title from a caption that starts 专栏', () => {
    const d = doc([{ type: 'table', pos: { block: 0 }, caption: '专栏3 重点项目', header: [], rows: [row(0, 0, cell('项目', 0, 0, 0), cell('地点', 0, 0, 1)), row(0, 1, cell('数据中心', 0, 1, 0), cell('沈阳', 0, 1, 1))] }]);
    expect(documentLines(d).lines.map((l) => [l.text, l.box ?? null])).toEqual([['专栏3 重点项目', 0], ['', 0], ['项目\t地点', 0], ['数据中心\t沈阳', 0]]);
  });

  it('leaves other tables as tables: a first row that is not 专栏, one that does not span the table, a title with no rows under it', () => {
    const group = doc([{ type: 'table', pos: { block: 0 }, header: [], rows: [row(0, 0, cell('一、产业发展', 0, 0, 0, { colSpan: 2 })), row(0, 1, cell('1', 0, 1, 0), cell('平台', 0, 1, 1))] }]);
    expect(documentLines(group).lines.every((l) => l.box === undefined && l.table !== undefined)).toBe(true);
    const narrow = doc([{ type: 'table', pos: { block: 0 }, header: [], rows: [row(0, 0, cell('专栏1 指标', 0, 0, 0), cell('', 0, 0, 1)), row(0, 1, cell('a', 0, 1, 0), cell('b', 0, 1, 1))] }]);
    expect(documentLines(narrow).lines.some((l) => l.box !== undefined)).toBe(false);
    const alone = doc([{ type: 'table', pos: { block: 0 }, header: [], rows: [row(0, 0, cell('专栏1 指标', 0, 0, 0))] }]);
    expect(documentLines(alone).lines.some((l) => l.box !== undefined)).toBe(false);
  });
});
