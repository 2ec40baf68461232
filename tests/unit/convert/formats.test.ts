/**
 * One plan with a 分工表 attachment, published as a portal page, a bare article, a Word file and a
 * PDF (tests/fixtures/formats/README.md says how each was made): every form reads to the same
 * responsibilities, each row of the table with the lead, partners and deadline it prints, under
 * the body item its task cell names; group rows assign nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertDocument } from '../../../src/lib/convert/index.ts';
import { readSource } from '../../../src/lib/read/index.ts';
import { findBlock, findNode, walkNodes } from '../../../src/lib/model/walk.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';
import { root } from '../../support/plans.ts';

const fixture = (name: string) => join(root, 'tests', 'fixtures', 'formats', name);

async function convert(name: string): Promise<PlanModel> {
  const bytes = readFileSync(fixture(name));
  return convertDocument(await readSource(bytes, name), bytes, { file: name }).model;
}

// The table as the fixture prints it: task, lead, partners, deadline.
const TABLE = [
  ['建设示范智能工厂', '省工业和信息化厅', '省发展改革委、省财政厅', '2020年底前'],
  ['推广数字化车间', '省工业和信息化厅', '各市人民政府', '2019年底前'],
  ['实施设备联网改造', '省工业和信息化厅', '省通信管理局', '2020年底前'],
  ['建设行业平台', '省工业和信息化厅', '省通信管理局', '2019年底前'],
  ['推动企业上云', '省工业和信息化厅', '各市人民政府', '2018年起每年'],
  ['完善标识解析体系', '省通信管理局', '省工业和信息化厅', '2020年底前'],
  ['支持联合体承接项目', '省工业和信息化厅', '省科技厅', '长期坚持'],
  ['建立供应商资源池', '省工业和信息化厅', '省财政厅', '2019年6月底前'],
  ['开展智能制造人才培训', '省人力资源社会保障厅', '省教育厅、省工业和信息化厅', '每年'],
  ['制定地方标准', '省市场监管局', '省工业和信息化厅', '2020年底前'],
  ['建设实训基地', '省教育厅', '省人力资源社会保障厅', '2020年底前'],
];

describe.each(['division-plan.html', 'division-plan.body.html', 'division-plan.docx', 'division-plan.pdf', 'division-plan-merged.body.html', 'division-plan-merged.docx', 'division-plan-merged.pdf', 'division-plan-2head.body.html', 'division-plan-2head.docx', 'division-plan-2head.pdf'])('%s', (name) => {
  it('reads each row of the 分工表 as the responsibility of the item its task names', async () => {
    const model = await convert(name);
    const dept = new Map(model.departments.map((d) => [d.id, d.name]));
    expect(model.meta.docNumber).toBe('辽工信发〔2018〕46号');
    expect(model.meta.planTitle).toBe('辽宁省智能制造推进工作方案');
    const got = model.assignments.map((a) => [findNode(model.parts, a.node)!.heading.title, a.leads.map((d) => dept.get(d)).join('、'), a.partners.map((d) => dept.get(d)).join('、'), a.deadline]);
    expect(got).toEqual(TABLE);
    expect(model.assignments.every((a) => a.notation === 'attachment-table')).toBe(true);
    expect(model.reading.unread).toEqual([]);
    expect(model.stats.modelCharacters).toBe(model.stats.sourceCharacters);
  });

  it('keeps the table whole on the attachment, its group rows marked', async () => {
    const model = await convert(name);
    const grid = model.parts.at(-1)!.blocks.find((b) => b.type === 'grid');
    expect(grid?.type).toBe('grid');
    if (grid?.type !== 'grid') return;
    expect(grid.header).toEqual(name.includes('2head') ? ['序号', '重点任务', '责任单位 牵头单位', '责任单位 配合单位', '完成时限'] : ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    // A head of two levels is kept as printed too (责任单位 once, over two columns).
    expect(grid.printedHeader).toEqual(name.includes('2head') ? [['序号', '重点任务', '责任单位', '', '完成时限'], ['', '', '牵头单位', '配合单位', '']] : undefined);
    expect(grid.rows.filter((r) => r.group).map((r) => r.pieces.map((p) => p.text).join(''))).toEqual(['一、推进智能工厂建设', '二、发展工业互联网平台', '三、培育系统解决方案供应商', '四、强化人才和标准支撑']);
    expect(grid.rows.filter((r) => !r.group)).toHaveLength(11);
  });
});

describe('the portal page', () => {
  it('gives the portal’s record beside the document, and nothing of the page around it', async () => {
    const model = await convert('division-plan.html');
    expect(model.portalRecord).toMatchObject({ indexNumber: '11210000MB0000000X/2018-00046', topic: '工业、交通\\信息产业（含电信）', writtenDate: '2018年05月20日', publishedDate: '2018年05月28日', docNumber: '辽工信发〔2018〕46号' });
    expect(model.reading.observations).toEqual([]);
    const text = JSON.stringify(model);
    for (const chrome of ['首页', '分享到', '版权所有', 'tracker', 'font:14px']) expect(text).not.toContain(chrome);
  });
});

describe('a 分工表 on the attachment page of a PDF (fenguan.pdf: 附件：重点任务分工表, its header printed again on the next page)', () => {
  it('starts the attachment at its labelled title and reads every row, the one cut by the page break once', async () => {
    const model = await convert('fenguan.pdf');
    const dept = new Map(model.departments.map((d) => [d.id, d.name]));
    expect(model.parts.at(-1)!.role).toBe('attachment');
    expect(model.assignments.map((a) => [a.leads.map((d) => dept.get(d)).join('、'), a.deadline])).toEqual([
      ['省工业和信息化厅', '2025年底前'],
      ['省发展改革委', '持续推进'],
      ['省发展改革委', '2026年底前'],
      ['省政府办公厅', '2025年6月底前'],
      ['省政府办公厅', '2025年底前'],
      ['省工业和信息化厅', '持续推进'],
      ['省自然资源厅', '持续推进'],
      ['人民银行省分行', '持续推进'],
      // Rows 8 and 9 share one merged 完成时限 cell: what it says holds for both.
      ['省人力资源社会保障厅', '持续推进'],
    ]);
    const grid = model.parts.at(-1)!.blocks.find((b) => b.type === 'grid');
    expect(grid?.type === 'grid' && grid.rows.filter((r) => r.merged).map((r) => [r.id, r.merged])).toEqual([['a1-b1-r12', [{ cell: 4, from: 'a1-b1-r11' }]]]);
    expect(model.reading.furniture.filter((f) => f.kind === 'repeated-header').map((f) => f.at)).toEqual(['p3:2']);
    expect(model.reading.readerRepairs.length).toBeGreaterThan(0);
    expect(model.reading.readerRepairs.every((x) => x.before === '⼯' && x.after === '工')).toBe(true);
  });
});

/**
 * The 规划 of tests/fixtures/corpus/long-plan.txt as a word processor prints it: each 专栏 a table
 * (专栏1 titled in a first row spanning its indicators, 专栏2 a one-column table of a title row and
 * a cell of three paragraphs), as a page, a Word file and a PDF; long-plan-split.pdf is laid out so
 * that 专栏2's cell runs onto the next page, where its last paragraph sits in a ruled box of its own.
 */
describe.each(['long-plan.body.html', 'long-plan.docx', 'long-plan.pdf', 'long-plan-split.pdf'])('%s: 专栏 printed as tables', (name) => {
  let model: PlanModel;
  beforeAll(async () => {
    model = await convert(name);
  });

  it('reads each 专栏 as a box where it is printed, with what it holds and nothing after it', () => {
    const boxes = model.parts.flatMap((p) => [...walkNodes([p])]).flatMap((n) => n.blocks.filter((b) => b.type === 'box').map((b) => ({ node: n.id, box: b })));
    expect(boxes.map(({ node, box }) => [node, box.type === 'box' && box.title, box.type === 'box' && box.blocks.map((x) => x.type)])).toEqual([
      ['p2-2', '“十四五”数字经济发展主要指标', ['table']],
      ['p3-1-2', '数字基础设施重点工程', ['paragraph', 'paragraph', 'paragraph']],
    ]);
    const projects = boxes[1].box;
    expect(projects.type === 'box' && projects.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      '1.5G精品网络工程。新建5G基站6万个，实现县城以上区域连续覆盖。',
      '2.算力枢纽工程。建设省级一体化大数据中心，新增标准机架5万架。',
      '3.工业互联网标识解析工程。建设二级节点10个以上。',
    ]);
    // The section goes on after the box: its next section is a sibling, not box text.
    expect(findNode(model.parts, 'p3-2')!.heading.title).toBe('培育数字产业集群');
    expect(model.reading.observations).toEqual([]);
    expect(model.reading.unread).toEqual([]);
  });

  it('feeds the indicators page from the table in 专栏1, every value as printed', () => {
    const t = model.indicators ? findBlock(model.parts, model.indicators) : undefined;
    expect(t?.type).toBe('table');
    if (t?.type !== 'table') return;
    expect(t.id).toBe('p2-2-box1-b1');
    expect(t.years).toEqual([2020, 2025]);
    expect(t.rows.map((r) => [r.name, r.unit, r.cells.map((c) => [c.value, c.comparator]), r.attribute])).toEqual([
      ['数字经济增加值', '亿元', [[8650, null], [14000, null]], '预期性'],
      ['数字经济核心产业增加值占地区生产总值比重', '%', [[7.8, null], [12, null]], '预期性'],
      ['5G基站数量', '万个', [[2.1, null], [8, null]], '预期性'],
      ['规模以上工业企业关键工序数控化率', '%', [[52.3, null], [62, null]], '预期性'],
      ['数据中心电能利用效率（PUE）', null, [[1.6, null], [1.3, '<']], '约束性'],
    ]);
  });

  it('reads the same structure and responsibilities as the text copy, and keeps every character', async () => {
    const text = convertDocument(await readSource(readFileSync(join(root, 'tests', 'fixtures', 'corpus', 'long-plan.txt')), 'long-plan.txt'), readFileSync(join(root, 'tests', 'fixtures', 'corpus', 'long-plan.txt')), { file: 'long-plan.txt' }).model;
    const shape = (m: PlanModel) => ({ ...m.stats, sourceCharacters: 0, modelCharacters: 0 });
    expect(shape(model)).toEqual(shape(text));
    expect(model.assignments.map((a) => [a.node, a.leads, a.partners])).toEqual(text.assignments.map((a) => [a.node, a.leads, a.partners]));
    expect(model.stats.modelCharacters).toBe(model.stats.sourceCharacters);
  });
});

describe.each(['division-plan-merged.body.html', 'division-plan-merged.docx', 'division-plan-merged.pdf'])('%s: one 牵头单位 printed for several rows (a merged cell)', (name) => {
  it('records each covered place with the row whose cell covers it, and reads that lead for every row', async () => {
    const model = await convert(name);
    const grid = model.parts.at(-1)!.blocks.find((b) => b.type === 'grid');
    if (grid?.type !== 'grid') throw new Error('no grid');
    const numbered = (id: string) => grid.rows.find((r) => r.id === id)!.pieces[0].text;
    // Rows 2 and 3 under row 1's cell, row 8 under row 7's: 牵头单位 is the third column.
    expect(grid.rows.filter((r) => r.merged).map((r) => [numbered(r.id), r.merged!.map((m) => [m.cell, numbered(m.from)])])).toEqual([
      ['2', [[2, '1']]],
      ['3', [[2, '1']]],
      ['8', [[2, '7']]],
    ]);
    // The row as printed has no text of its own there.
    expect(grid.rows.filter((r) => r.merged).every((r) => !r.pieces.some((p) => p.cell === 2))).toBe(true);
  });
});
