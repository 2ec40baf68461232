/**
 * The blocks of the other notations as MDX: an attached table as printed (a header of column
 * heads, one row a line with its own anchor, text escaped), a 专栏 as a labelled aside, and a
 * department line with its 完成时限 line kept on a line of its own.
 */
import { describe, expect, it } from 'vitest';
import { blockMdx } from '../../../src/lib/mdx/generate.ts';
import type { Block } from '../../../src/lib/model/schema.ts';

describe('blocks of the other notations', () => {
  it('renders an attached table with column heads, row anchors, a caption when printed, and escaped cells', () => {
    const grid = {
      type: 'grid', id: 'a1-b1', line: 1, endLine: 3, caption: null,
      header: ['序号', '重点任务', '牵头单位'],
      columns: { number: 0, task: 1, lead: 2, partner: null, responsible: null, deadline: null },
      rows: [
        { id: 'a1-b1-r1', line: 2, endLine: 2, node: null, pieces: [{ cell: 0, text: '1' }, { cell: 1, text: '建设<平台>' }, { cell: 2, text: '省甲厅' }] },
        { id: 'a1-b1-r2', line: 3, endLine: 3, node: null, pieces: [{ cell: 0, text: '2' }, { cell: 2, text: '省乙厅' }] },
      ],
    } as unknown as Block;
    expect(blockMdx(grid, 'x')).toBe(
      '<div class="table-wrap" tabindex="0"><table id="a1-b1" class="grid">' +
        '<thead><tr><th scope="col">序号</th><th scope="col">重点任务</th><th scope="col">牵头单位</th></tr></thead>' +
        '<tbody><tr id="a1-b1-r1"><td>1</td><td>建设&#60;平台&#62;</td><td>省甲厅</td></tr><tr id="a1-b1-r2"><td>2</td><td></td><td>省乙厅</td></tr></tbody>' +
        '</table></div>',
    );
    expect(blockMdx({ ...grid, caption: '重点任务分工表' } as Block, 'x')).toContain('<table id="a1-b1" class="grid"><caption>重点任务分工表</caption><thead>');
  });
  it('renders a 专栏 as an aside labelled by its marker and title, its entries as paragraphs', () => {
    const box = {
      type: 'box', id: 'p1-box1', line: 1, endLine: 2, marker: '专栏1 ', title: ' 重点工程',
      blocks: [{ type: 'paragraph', id: 'p1-box1-b1', line: 2, endLine: 2, text: '智能工厂工程。', marks: [], mentions: [], entities: [] }],
    } as unknown as Block;
    const parts = blockMdx(box, 'x').split('\n\n');
    expect(parts[0]).toBe('<aside id="p1-box1" class="box" aria-labelledby="p1-box1-title">');
    expect(parts[1]).toBe('<p class="box-title" id="p1-box1-title">专栏1 重点工程</p>');
    expect(parts[2]).toContain('id="p1-box1-b1"');
    expect(parts[2]).toContain('智能工厂工程。');
    expect(parts[3]).toBe('</aside>');
    expect(parts).toHaveLength(4);
  });
  it('keeps each printed line of a department line on its own line', () => {
    const line = { type: 'departments', id: 'p1-1-dept', line: 3, endLine: 4, text: '责任单位：省甲厅\n完成时限：2017年底前', mentions: [], marks: [] } as unknown as Block;
    expect(blockMdx(line, 'x')).toBe('<p id="p1-1-dept" class="department-line">责任单位：省甲厅<br />完成时限：2017年底前</p>');
  });
});
