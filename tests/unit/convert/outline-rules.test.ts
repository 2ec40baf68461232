/**
 * The outline rules of the other notations, one at a time on short inline bodies: 专栏 boxes,
 * department lines at every level with the owner rule, 完成时限 lines, a responsibility closing a
 * paragraph, and indicator tables with 序号 / 单位 / 属性 / 备注 columns.
 */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../src/lib/convert/outline.ts';
import { headingScheme } from '../../../src/lib/convert/markers.ts';
import type { Block, Box, DepartmentLine, Table } from '../../../src/lib/model/schema.ts';
import { walkNodes } from '../../../src/lib/model/walk.ts';
import { ReadingLog } from '../../../src/lib/convert/reading.ts';
import { convertText, logical, unreadEntries } from '../../support/plans.ts';

const outline = (...texts: string[]) => outlineLogged(new ReadingLog(), ...texts);
const outlineLogged = (log: ReadingLog, ...texts: string[]) => {
  const lines = logical(texts.map((t, i) => [t, i + 1]));
  return buildOutline(lines, headingScheme(texts), log);
};
/** A plan without a notice: its title, then the given lines, a blank line between each (line 1, 3, 5 …). */
const plan = (...texts: string[]) => convertText(['某市推进工作方案', ...texts].join('\n\n')).model;
const blocksOf = (parts: ReturnType<typeof outline>, id: string): Block[] => [...walkNodes(parts)].find((n) => n.id === id)!.blocks;
const depts = (parts: ReturnType<typeof outline>) =>
  [...walkNodes(parts)].flatMap((n) => n.blocks.filter((b): b is DepartmentLine => b.type === 'departments').map((b) => [n.id, b.id, b.leads, b.deadline]));

describe('专栏 boxes', () => {
  it('hold their entries until the next heading of their node’s level or above, never read as outline items', () => {
    const parts = outline('一、主要任务', '（一）建设平台。', '专栏1 重点工程', '1. 智能工厂工程。', '2. 工业互联网工程。', '（二）培育企业。', '推进培育。');
    const [box] = blocksOf(parts, 'p1-1') as Box[];
    expect(box).toMatchObject({ type: 'box', id: 'p1-1-box1', marker: '专栏1 ', title: '重点工程', line: 3, endLine: 5 });
    expect(box.blocks.map((b) => [b.id, b.type === 'paragraph' && b.text])).toEqual([['p1-1-box1-b1', '1. 智能工厂工程。'], ['p1-1-box1-b2', '2. 工业互联网工程。']]);
    expect(parts[0].children.map((s) => s.id)).toEqual(['p1-1', 'p1-2']);
    expect(blocksOf(parts, 'p1-2').map((b) => b.type)).toEqual(['paragraph']);
  });
  it('takes a title printed on the line after the marker, and numbers boxes per node', () => {
    const parts = outline('一、主要任务', '专栏一：', '重点工程', '建设一批工程，推进改造。', '专栏二', '重点项目', '二、保障');
    const boxes = blocksOf(parts, 'p1') as Box[];
    expect(boxes.map((b) => [b.id, b.marker, b.title, b.blocks.length])).toEqual([['p1-box1', '专栏一：', '重点工程', 1], ['p1-box2', '专栏二', '重点项目', 0]]);
  });
  it('end at a heading above their node, and keep deeper headings as their numbered entries', () => {
    const parts = outline('一、主要任务', '（一）建设平台。', '专栏1 工程', '1. 甲工程。', '二、保障措施', '（一）加大支持。');
    expect((blocksOf(parts, 'p1-1')[0] as Box).blocks.map((b) => b.line)).toEqual([4]);
    expect(parts.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(parts[1].children.map((s) => s.id)).toEqual(['p2-1']);
  });
  it('are preamble text before the first heading: the envelope keeps them there', () => {
    const m = plan('专栏1 工程', '一、主要任务', '（一）建设平台。推进建设。（省乙厅牵头）');
    expect(m.preamble.map((p) => [p.id, p.line, p.text])).toEqual([['preamble-b1', 3, '专栏1 工程']]);
    expect([...walkNodes(m.parts)].flatMap((n) => n.blocks).some((b) => b.type === 'box')).toBe(false);
    expect([m.reading.unread, m.reading.observations]).toEqual([[], []]);
  });
});

describe('department lines', () => {
  it('go to the deepest open node, numbered when a node has several', () => {
    const parts = outline('一、任务', '（一）建设平台。', '1. 建设行业平台。', '责任单位：省甲厅', '2. 推动上云。', '责任单位：省乙厅', '牵头单位：省丙厅', '（二）培育企业。');
    expect(depts(parts)).toEqual([['p1-1-1', 'p1-1-1-dept', ['省甲厅'], null], ['p1-1-2', 'p1-1-2-dept', ['省乙厅'], null], ['p1-1-2', 'p1-1-2-dept-2', ['省丙厅'], null]]);
  });
  it('after the last item of a section where no item had one, assign the section and close the item', () => {
    const parts = outline('一、任务', '（一）建设平台。', '1. 建设行业平台。', '2. 推动上云。', '（省甲厅牵头，省乙厅配合）', '推进工作。', '（二）培育企业。');
    expect(depts(parts)).toEqual([['p1-1', 'p1-1-dept', ['省甲厅'], null]]);
    // The item is closed: the next paragraph is the section's.
    expect(blocksOf(parts, 'p1-1').map((b) => b.type)).toEqual(['departments', 'paragraph']);
  });
  it('stay with the item when another item follows', () => {
    const parts = outline('一、任务', '（一）建设平台。', '1. 建设行业平台。', '（省甲厅牵头）', '2. 推动上云。');
    expect(depts(parts)).toEqual([['p1-1-1', 'p1-1-1-dept', ['省甲厅'], null]]);
  });
  it('take a 完成时限 line after them, kept in their text, and keep one after anything else or a second one as text', () => {
    const parts = outline('一、任务', '（一）建设平台。', '责任单位：省甲厅', '完成时限：2017年底前', '（二）培育企业。');
    const [d] = blocksOf(parts, 'p1-1').filter((b): b is DepartmentLine => b.type === 'departments');
    expect(d).toMatchObject({ deadline: '2017年底前', text: '责任单位：省甲厅\n完成时限：2017年底前', line: 3, endLine: 4 });
    const afterText = new ReadingLog();
    const a = outlineLogged(afterText, '一、任务', '（一）建设平台。', '推进。', '完成时限：2017年底前');
    expect(blocksOf(a, 'p1-1').map((b) => [b.type, b.line, b.type === 'paragraph' && b.text])).toEqual([['paragraph', 3, '推进。'], ['paragraph', 4, '完成时限：2017年底前']]);
    expect(unreadEntries(afterText)).toEqual([[4, 4, 'assignments', 'deadline-line']]);
    const second = new ReadingLog();
    const b = outlineLogged(second, '一、任务', '（一）建设平台。', '责任单位：省甲厅；完成时限：2016年', '完成时限：2017年底前');
    expect(blocksOf(b, 'p1-1').map((x) => [x.type, x.line, x.type === 'departments' ? x.deadline : x.type === 'paragraph' && x.text])).toEqual([['departments', 3, '2016年'], ['paragraph', 4, '完成时限：2017年底前']]);
    expect(unreadEntries(second)).toEqual([[4, 4, 'assignments', 'deadline-line']]);
  });
  it('take a partner line after a lead line, and keep one after anything else as text', () => {
    const parts = outline('一、任务', '（一）建设平台。', '牵头单位：省甲厅', '配合单位：省乙厅、省丙厅等', '（二）培育企业。');
    expect(blocksOf(parts, 'p1-1')).toMatchObject([{ type: 'departments', leads: ['省甲厅'], partners: ['省乙厅', '省丙厅'], partnersOpenEnded: true, text: '牵头单位：省甲厅\n配合单位：省乙厅、省丙厅等', line: 3, endLine: 4 }]);
    const log = new ReadingLog();
    const alone = outlineLogged(log, '一、任务', '（一）建设平台。', '推进。', '配合单位：省乙厅');
    expect(blocksOf(alone, 'p1-1').map((b) => [b.type, b.line])).toEqual([['paragraph', 3], ['paragraph', 4]]);
    expect(unreadEntries(log)).toEqual([[4, 4, 'assignments', 'department-line']]);
  });
  it('closing a paragraph become a department line of the same node, and the paragraph keeps the rest', () => {
    const parts = outline('一、任务', '（一）建设平台。推进园区改造。（责任单位：省甲厅、省乙厅）', '完成时限：长期');
    const blocks = blocksOf(parts, 'p1-1');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'departments']);
    expect(blocks[0].type === 'paragraph' && blocks[0].text).toBe('推进园区改造。');
    expect(blocks[1]).toMatchObject({ text: '（责任单位：省甲厅、省乙厅）\n完成时限：长期', leads: ['省甲厅', '省乙厅'], leadRule: 'first-listed', deadline: '长期' });
  });
  it('record how each notation is read', () => {
    const parts = outline('一、任务', '（一）甲。', '（省甲厅牵头）', '（二）乙。', '（省甲厅、省乙厅按职责分工负责）', '（三）丙。', '牵头单位：省甲厅');
    expect([...walkNodes(parts)].flatMap((n) => n.blocks).filter((b): b is DepartmentLine => b.type === 'departments').map((b) => b.leadRule)).toEqual(['printed', 'all-responsible', 'printed']);
  });
  it('are kept as text and listed when malformed, and are preamble text before anything they could assign', () => {
    const log = new ReadingLog();
    const parts = outlineLogged(log, '一、任务', '（一）甲。', '（省甲厅牵头，省乙厅配合');
    expect(blocksOf(parts, 'p1-1').map((b) => [b.id, b.type, b.line, b.type === 'paragraph' && b.text])).toEqual([['p1-1-b1', 'paragraph', 3, '（省甲厅牵头，省乙厅配合']]);
    expect(unreadEntries(log)).toEqual([[3, 3, 'assignments', 'department-line']]);
    const m = plan('（省甲厅牵头）', '一、任务', '（一）甲。推进。（省乙厅牵头）');
    expect(m.preamble.map((p) => [p.line, p.text])).toEqual([[3, '（省甲厅牵头）']]);
    expect(m.assignments.map((a) => [a.node, a.line])).toEqual([['p1-1', 7]]);
    // A parenthesis that no notation reads stays part of the paragraph.
    expect(blocksOf(outline('一、任务', '推进。（牵头单位：）'), 'p1').map((b) => b.type)).toEqual(['paragraph']);
  });
});

describe('indicator tables with more columns', () => {
  const table = (...rows: string[]) => blocksOf(outline('一、目标', ...rows), 'p1').find((b): b is Table => b.type === 'table')!;
  it('read 序号, 单位 and 属性 columns around the name and years, and keep other printed cells', () => {
    const t = table('序号\t指标\t单位\t2015年\t2020年\t属性\t备注', '1\t工业增加值\t亿元\t100\t150\t预期性\t含园区', '2\t能耗下降\t%\t—\t15\t约束性\t');
    expect(t.columns).toEqual({ category: null, name: 1, firstYear: 3 });
    expect(t.years).toEqual([2015, 2020]);
    expect(t.rows.map((r) => [r.id, r.name, r.unit, r.attribute, r.otherCells.map((c) => c.column)])).toEqual([
      ['p1-b1-r1', '工业增加值', '亿元', '预期性', [0, 2, 5, 6]],
      ['p1-b1-r2', '能耗下降', '%', '约束性', [0, 2, 5]],
    ]);
  });
  it('take the unit from the name when there is no 单位 column, and a category column before the name', () => {
    const t = table('类别\t指标\t2015 年\t2020 年', '规模\t工业增加值（亿元）\t100\t150', '\t企业数（户）\t10\t20');
    expect(t.rows.map((r) => [r.category, r.categoryPrinted, r.name, r.unit, r.attribute])).toEqual([['规模', true, '工业增加值', '亿元', null], ['规模', false, '企业数', '户', null]]);
  });
  it('keep as text a table with a column after the years that is not a year, 属性 or 备注, and one with no name column', () => {
    const log = new ReadingLog();
    const source = outlineLogged(log, '一、目标', '指标\t2015年\t2020年\t来源', '甲\t1\t2\t统计局');
    expect(blocksOf(source, 'p1').map((b) => [b.type, b.line, b.type === 'paragraph' && b.text])).toEqual([['paragraph', 2, '指标\t2015年\t2020年\t来源'], ['paragraph', 3, '甲\t1\t2\t统计局']]);
    expect(unreadEntries(log)).toEqual([[2, 3, 'outline', 'table']]);
    expect(log.unread[0].detail).toMatch(/^line 2: every table column after the year columns must be a year, 属性 or 备注/);
    const noName = new ReadingLog();
    const numbered = outlineLogged(noName, '一、目标', '序号\t2015年\t2020年', '1\t1\t2');
    expect(blocksOf(numbered, 'p1').map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(unreadEntries(noName)).toEqual([[2, 3, 'outline', 'table']]);
    expect(noName.unread[0].detail).toMatch(/^line 2: a table header needs a name column before its year columns/);
  });
  it('read a header with spaces inside 序 号, 单 位 and 属 性', () => {
    const t = table('序 号\t指标\t单 位\t2015年\t2020年\t属 性', '1\t甲\t个\t1\t2\t预期性');
    expect(t.rows[0]).toMatchObject({ name: '甲', unit: '个', attribute: '预期性' });
  });
});
