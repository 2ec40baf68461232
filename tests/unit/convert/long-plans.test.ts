/**
 * Long plans read as printed (issue 26): a 规划 with its 目录, 第N章/第N节, 专栏 boxes (one holding
 * the indicators table) and responsibilities printed as sentences in any chapter; and a plan of the
 * bundled notation whose closing part (组织实施) holds measures, never key tasks. The two form
 * fixtures were written in the shapes provincial plans print and are checked here by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpusDir } from '../../../scripts/corpus-lib.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { columnYear } from '../../../src/lib/convert/indicators.ts';
import { sentenceAssignments } from '../../../src/lib/convert/departments.ts';
import { partyKind } from '../../../src/lib/convert/parties.ts';
import { blocksIn, findBlock, findNode, walkNodes } from '../../../src/lib/model/walk.ts';
import { printedSegments } from '../../../src/lib/model/text.ts';
import type { Box, PlanModel, Table } from '../../../src/lib/model/schema.ts';
import { convertText } from '../../support/plans.ts';

const fixture = (name: string) => readFileSync(join(fixtureCorpusDir, name), 'utf8');
const convert = (text: string, file = 'long-plan.txt'): PlanModel => convertPlan(new TextEncoder().encode(text), { file }).model;

/** Each responsibility as names: node, notation, leads, partners, open-ended, scope. */
function named(model: PlanModel) {
  const name = new Map(model.departments.map((d) => [d.id, d.name]));
  return model.assignments.map((a) => [a.node, a.notation, a.leads.map((id) => name.get(id)), a.partners.map((id) => name.get(id)), a.partnersOpenEnded, a.scope, a.task]);
}

describe('a 规划 with 目录, 章/节 and 专栏 (fixtures/corpus/long-plan.txt)', () => {
  let model: PlanModel;
  beforeAll(() => {
    model = convert(fixture('long-plan.txt'));
  });

  it('takes the line above the 目录 for its title, with the period under it', () => {
    expect(model.reading.form).toBe('plan');
    expect(model.meta.planTitle).toBe('江岭省“十四五”数字经济发展规划（2021—2025年）');
    expect(model.meta.planTitleLine).toBe(1);
  });

  it('keeps the 目录 as printed in the preamble, and reads it as the outline of the body: every entry names its heading', () => {
    expect(model.preamble.map((p) => p.text)[0]).toBe('目  录');
    expect(model.preamble).toHaveLength(13);
    expect(model.preamble[1].text).toBe('第一章　发展基础与形势……………………………………………1');
    const c = model.reading.contents!;
    expect([c.line, c.endLine]).toEqual([5, 18]);
    expect(c.entries.map((e) => [e.marker, e.title, e.page, e.node])).toEqual([
      ['第一章', '发展基础与形势', '1', 'p1'],
      ['第一节', '发展基础', '1', 'p1-1'],
      ['第二节', '面临形势', '2', 'p1-2'],
      ['第二章', '总体要求', '3', 'p2'],
      ['第一节', '指导思想', '3', 'p2-1'],
      ['第二节', '发展目标', '4', 'p2-2'],
      ['第三章', '重点任务', '6', 'p3'],
      ['第一节', '夯实数字基础设施', '6', 'p3-1'],
      ['第二节', '培育数字产业集群', '8', 'p3-2'],
      ['第四章', '保障措施', '11', 'p4'],
      ['第一节', '加强组织领导', '11', 'p4-1'],
      ['第二节', '强化要素保障', '12', 'p4-2'],
    ]);
    expect(model.reading.observations).toEqual([]);
    expect(model.reading.unread).toEqual([]);
  });

  it('reads 第N章 as parts with their roles, 第N节 as sections and the numbered items inside as printed', () => {
    expect(model.parts.map((p) => [p.heading.marker.trim(), p.heading.title, p.role])).toEqual([
      ['第一章', '发展基础与形势', 'overview'],
      ['第二章', '总体要求', 'overview'],
      ['第三章', '重点任务', 'tasks'],
      ['第四章', '保障措施', 'measures'],
    ]);
    expect(model.parts.map((p) => p.children.map((s) => s.heading.title))).toEqual([
      ['发展基础', '面临形势'],
      ['指导思想', '发展目标'],
      ['夯实数字基础设施', '培育数字产业集群'],
      ['加强组织领导', '强化要素保障'],
    ]);
    expect(findNode(model.parts, 'p3-1')!.kind).toBe('section');
    expect([...walkNodes(model.parts)].filter((n) => n.kind === 'item').map((n) => [n.id, n.heading.marker, n.heading.title])).toEqual([
      ['p3-1-1', '一、', '加快5G网络建设'],
      ['p3-1-2', '二、', '统筹布局数据中心'],
      ['p3-2-1', '一、', '做强电子信息制造业'],
      ['p3-2-2', '二、', '发展软件和信息技术服务业'],
    ]);
    expect(model.tasks.map((t) => [t.id, t.title])).toEqual([['p3-1', '夯实数字基础设施'], ['p3-2', '培育数字产业集群']]);
    expect(model.measures.map((m) => [m.id, m.title])).toEqual([['p4-1', '加强组织领导'], ['p4-2', '强化要素保障']]);
  });

  it('reads 专栏1 as a box of its section holding the indicators table, and 专栏2 as a box of numbered projects', () => {
    const boxes = [...blocksIn(model.parts)].filter((b): b is Box => b.type === 'box');
    expect(boxes.map((b) => [b.id, b.marker, b.title, b.blocks.map((x) => x.type)])).toEqual([
      ['p2-2-box1', '专栏1　', '“十四五”数字经济发展主要指标', ['table']],
      ['p3-1-2-box1', '专栏2　', '数字基础设施重点工程', ['paragraph', 'paragraph', 'paragraph']],
    ]);
    expect(boxes[1].blocks.map((b) => (b.type === 'paragraph' ? b.text.slice(0, 9) : ''))).toEqual(['1.5G精品网络工', '2.算力枢纽工程。', '3.工业互联网标识']);
  });

  it('feeds the indicators from the table in 专栏1, as the bundled notation’s table does', () => {
    expect(model.indicators).toBe('p2-2-box1-b1');
    const t = findBlock(model.parts, model.indicators!) as Table;
    expect(t.years).toEqual([2020, 2025]);
    expect(t.header).toEqual(['指标', '单位', '基期值（2020年）', '目标值（2025年）', '属性']);
    expect(t.rows.map((r) => [r.name, r.unit, r.cells.map((c) => [c.value, c.comparator]), r.attribute])).toEqual([
      ['数字经济增加值', '亿元', [[8650, null], [14000, null]], '预期性'],
      ['数字经济核心产业增加值占地区生产总值比重', '%', [[7.8, null], [12, null]], '预期性'],
      ['5G基站数量', '万个', [[2.1, null], [8, null]], '预期性'],
      ['规模以上工业企业关键工序数控化率', '%', [[52.3, null], [62, null]], '预期性'],
      ['数据中心电能利用效率（PUE）', null, [[1.6, null], [1.3, '<']], '约束性'],
    ]);
    // The dash of the 单位 column means no unit; the cell is kept as printed.
    expect(t.rows[4].otherCells).toEqual([{ column: 1, text: '—' }, { column: 4, text: '约束性' }]);
    expect(model.stats.indicatorRows).toBe(5);
  });

  it('reads every responsibility printed as a sentence, in any chapter, with its lead and partners', () => {
    expect(named(model)).toEqual([
      ['p3-1-1', 'sentence', ['省通信管理局'], ['省工业和信息化厅', '省住房城乡建设厅', '各市人民政府'], false, 'node', 'p3-1'],
      ['p3-1-2', 'sentence', ['省发展改革委'], [], false, 'node', 'p3-1'],
      ['p3-2-2', 'sentence', ['省工业和信息化厅'], [], false, 'node', 'p3-2'],
      ['p4-1', 'sentence', ['省发展改革委'], ['省工业和信息化厅', '省科技厅', '省财政厅'], true, 'node', null],
      ['p4-2', 'sentence', ['省财政厅'], ['省发展改革委'], false, 'passage', null],
      ['p4-2', 'sentence', ['省人力资源社会保障厅'], [], false, 'passage', null],
      ['p4-2', 'sentence', ['省统计局'], [], false, 'passage', null],
    ]);
    // 鼓励龙头企业牵头组建… names no body; 各地各部门 is a class of bodies, no department.
    expect(model.assignments.some((a) => a.node === 'p3-2-1')).toBe(false);
    expect(model.departments.map((d) => d.name)).not.toContain('各地各部门');
    expect(model.departments.every((d) => d.kind !== 'other')).toBe(true);
  });

  it('keeps every character: the model prints the source', () => {
    expect(model.stats.modelCharacters).toBe(model.stats.sourceCharacters);
    expect(printedSegments(model).join('')).toContain('数据中心电能利用效率（PUE）');
  });

  it('reports a 目录 that disagrees with the body: an entry the body lacks, a chapter the 目录 lacks', () => {
    const text = fixture('long-plan.txt')
      .replace('第四章　保障措施……………………………………………………11', '第四章　保障措施……………………………………………………11\n第五章　附则……………………………………………………13')
      .replace('第三章　重点任务……………………………………………………6\n', '');
    const m = convert(text);
    expect(m.reading.observations.map((o) => [o.code, o.line])).toEqual([
      ['contents-missing', 16],
      ['contents-unlisted', 49],
    ]);
    expect(m.reading.observations[0].detail).toContain('第五章附则');
    expect(m.reading.observations[1].detail).toContain('第三章重点任务');
    expect(m.parts.map((p) => p.heading.title)).toEqual(['发展基础与形势', '总体要求', '重点任务', '保障措施']);
  });

  it('reads a 目录 of titles alone (no leaders, no pages), and a traditional copy’s 目錄', () => {
    const plain = convert(['江岭省数字经济发展规划', '目录', '第一章　总体要求', '第二章　保障措施', '第一章　总体要求', '坚持创新驱动。', '第二章　保障措施', '加强组织领导。'].join('\n'));
    expect(plain.meta.planTitle).toBe('江岭省数字经济发展规划');
    expect(plain.reading.contents!.entries.map((e) => [e.title, e.page, e.node])).toEqual([['总体要求', null, 'p1'], ['保障措施', null, 'p2']]);
    expect(plain.parts.map((p) => p.heading.title)).toEqual(['总体要求', '保障措施']);
    const traditional = convert(['江嶺省數字經濟發展規劃', '目　錄', '第一章　總體要求…………1', '第二章　保障措施…………3', '第一章　總體要求', '堅持創新驅動。', '第二章　保障措施', '加強組織領導。'].join('\n'));
    expect(traditional.meta.planTitle).toBe('江嶺省數字經濟發展規劃');
    expect(traditional.reading.contents!.entries.map((e) => [e.page, e.node])).toEqual([['1', 'p1'], ['3', 'p2']]);
  });

  it('reads a 目录 under the title a notice carries, the preamble after it as text', () => {
    const text = fixture('closing-part-plan.txt').replace('江岭省制造业数字化转型实施方案\n\n为加快', '江岭省制造业数字化转型实施方案\n\n目　录\n\n一、总体要求……………1\n二、重点任务……………2\n三、组织实施……………4\n\n为加快');
    const m = convert(text, 'closing-part-plan.txt');
    expect(m.reading.form).toBe('notice-plan');
    expect(m.meta.planTitle).toBe('江岭省制造业数字化转型实施方案');
    expect(m.preamble.map((p) => p.text)).toEqual(['目　录', '一、总体要求……………1', '二、重点任务……………2', '三、组织实施……………4', '为加快推进全省制造业数字化转型，制定本方案。']);
    expect(m.reading.contents!.entries.map((e) => [e.marker, e.title, e.page, e.node])).toEqual([['一、', '总体要求', '1', 'p1'], ['二、', '重点任务', '2', 'p2'], ['三、', '组织实施', '4', 'p3']]);
    expect(m.parts).toHaveLength(3);
  });

  it('has no contents where the document prints no 目录', () => {
    expect(convert(fixture('closing-part-plan.txt')).reading.contents).toBeUndefined();
  });
});

describe('a plan of the bundled notation with a closing 组织实施 (fixtures/corpus/closing-part-plan.txt)', () => {
  let model: PlanModel;
  beforeAll(() => {
    model = convert(fixture('closing-part-plan.txt'), 'closing-part-plan.txt');
  });

  it('reads the sections of 组织实施 as measures, never as key tasks, though they print responsibilities', () => {
    expect(model.reading.form).toBe('notice-plan');
    expect(model.meta.planTitle).toBe('江岭省制造业数字化转型实施方案');
    expect(model.parts.map((p) => [p.heading.title, p.role])).toEqual([['总体要求', 'overview'], ['重点任务', 'tasks'], ['组织实施', 'measures']]);
    expect(model.tasks.map((t) => [t.id, t.title])).toEqual([['p2-1', '推进企业上云用数'], ['p2-2', '建设智能工厂']]);
    expect(model.measures.map((m) => [m.id, m.title])).toEqual([['p3-1', '加强组织领导'], ['p3-2', '加大资金支持'], ['p3-3', '强化督导评估']]);
  });

  it('keeps the responsibilities of every part, the closing part’s printed as sentences', () => {
    expect(named(model)).toEqual([
      ['p2-1', 'responsibility-line', ['省工业和信息化厅'], ['省通信管理局', '各市人民政府'], false, 'node', 'p2-1'],
      ['p2-2', 'trailing-parenthesis', ['省工业和信息化厅'], ['省科技厅', '省财政厅'], false, 'node', 'p2-2'],
      ['p3-1', 'sentence', ['省工业和信息化厅'], ['省发展改革委', '省财政厅'], true, 'node', null],
      ['p3-2', 'sentence', ['省财政厅'], ['省工业和信息化厅'], false, 'node', null],
      ['p3-3', 'sentence', ['省工业和信息化厅'], ['省统计局'], false, 'node', null],
    ]);
    // 鼓励行业协会牵头开展… and 各地各部门要… name no responsible body.
    expect(model.departments.map((d) => d.name)).toEqual(['省工业和信息化厅', '省通信管理局', '各市人民政府', '省科技厅', '省财政厅', '省发展改革委', '省统计局']);
  });
});

describe('part roles from heading words and place', () => {
  const roles = (...lines: string[]) => convertText(['江岭省某某规划', ...lines].join('\n')).model.parts.map((p) => p.role);

  it('a measures heading wins over responsibilities printed in its sections', () => {
    expect(roles('一、重点任务', '（一）甲。推进甲。（省商务厅负责）', '二、保障措施', '（一）乙。由省财政厅会同省商务厅负责落实。')).toEqual(['tasks', 'measures']);
    expect(roles('一、重点任务', '（一）甲。推进甲。（省商务厅负责）', '二、实施保障', '（一）乙。（省财政厅牵头，省商务厅配合）')).toEqual(['tasks', 'measures']);
  });

  it('overview headings make the overview, and 重点任务 makes tasks without any responsibility', () => {
    expect(roles('一、基本原则', '（一）甲', '坚持甲。', '二、主要任务', '（一）乙', '1.推进乙。', '（二）丙', '1.推进丙。')).toEqual(['overview', 'tasks']);
  });

  it('a 规划’s field chapters between its overview and its measures are tasks; the same place in 一、 parts is not', () => {
    const chapters = ['第一章　总体要求', '第一节　指导思想', '坚持创新。', '第二章　推动制造业高质量发展', '第一节　壮大先进制造业', '推进先进制造业集群发展。', '第二节　改造传统产业', '推进技术改造。', '第三章　保障措施', '第一节　加强组织领导', '加强领导。'];
    expect(roles(...chapters)).toEqual(['overview', 'tasks', 'measures']);
    expect(roles('一、总体要求', '（一）指导思想', '坚持创新。', '二、推动制造业高质量发展', '（一）壮大先进制造业', '推进发展。', '三、保障措施', '（一）加强组织领导', '加强领导。')).toEqual(['overview', 'measures', 'measures']);
  });
});

describe('sentences that print a responsibility', () => {
  const read = (text: string) => sentenceAssignments(text, (n) => partyKind(n) !== 'other').map((s) => [s.value.leads, s.value.partners, s.value.partnersOpenEnded]);

  it('由A牵头，会同B、C…, A牵头组织…, …由A负责, A会同B…, A牵头，B配合', () => {
    expect(read('由省商务厅牵头，会同省财政厅、省税务局等部门制定实施细则。')).toEqual([[['省商务厅'], ['省财政厅', '省税务局'], true]]);
    expect(read('建立协调机制，省发展改革委牵头组织编制年度计划。')).toEqual([[['省发展改革委'], [], false]]);
    expect(read('年度考核工作由省统计局负责。')).toEqual([[['省统计局'], [], false]]);
    expect(read('省财政厅会同省发展改革委加大资金支持。')).toEqual([[['省财政厅'], ['省发展改革委'], false]]);
    expect(read('省科技厅牵头，省教育厅、省财政厅配合，推进平台建设。')).toEqual([[['省科技厅'], ['省教育厅', '省财政厅'], false]]);
  });

  it('names no body where the lead is none: 鼓励龙头企业牵头…, 各地各部门, 由于…, 政府负责人, 积极推动A牵头…', () => {
    expect(read('鼓励龙头企业牵头组建产业创新联合体。')).toEqual([]);
    expect(read('由各地各部门负责组织实施。')).toEqual([]);
    expect(read('由于省财政厅负责资金拨付，进度较快。')).toEqual([]);
    expect(read('建立由政府负责人牵头的工作机制。')).toEqual([]);
    expect(read('要加快工作，积极推动省科技厅牵头组织攻关。')).toEqual([]);
  });
});

describe('indicator table heads as a 规划’s 专栏 prints them', () => {
  it('reads the year of 基期值（2020年） and 目标值 (2025年), and no year in a head without one', () => {
    expect(['基期值（2020年）', '目标值 (2025年)', '2025年目标值', '基期值', '指标'].map(columnYear)).toEqual([2020, 2025, 2025, null, null]);
  });

  it('reads a table in a 专栏 printed with wide gaps instead of tabs, and keeps every cell', () => {
    const model = convert(['江岭省某某规划', '第一章　发展目标', '专栏1　主要指标', '指标  单位  基期值（2020年）  目标值（2025年）  属性', '数字经济增加值  亿元  8650  14000  预期性', '第二章　保障措施', '加强领导。'].join('\n'));
    const t = findBlock(model.parts, model.indicators!) as Table;
    expect(t.rows.map((r) => [r.name, r.unit, r.cells.map((c) => c.value), r.attribute])).toEqual([['数字经济增加值', '亿元', [8650, 14000], '预期性']]);
    expect(model.stats.modelCharacters).toBe(model.stats.sourceCharacters);
  });
});

describe('a 专栏 printed as a table ends with its table', () => {
  it('reads the paragraph after the table as its heading’s text, not the box’s, and a table in the box as a table', async () => {
    const { ReadDocumentSchema } = await import('../../../src/lib/model/schema.ts');
    const { convertDocument } = await import('../../../src/lib/convert/index.ts');
    const p = (text: string, block: number) => ({ type: 'paragraph', text, pos: { block } });
    const cell = (text: string, block: number, row: number, c: number, colSpan = 1) => ({ text, rowSpan: 1, colSpan, pos: { block, row, cell: c } });
    const doc = ReadDocumentSchema.parse({ format: 'docx', blocks: [
      p('江岭省数字经济发展规划', 0),
      p('一、重点任务', 1),
      p('加快网络建设。', 2),
      { type: 'table', pos: { block: 3 }, header: [], rows: [
        { cells: [cell('专栏1　重点项目', 3, 0, 0, 2)], pos: { block: 3, row: 0 } },
        { cells: [cell('项目', 3, 1, 0), cell('地点', 3, 1, 1)], pos: { block: 3, row: 1 } },
        { cells: [cell('数据中心', 3, 2, 0), cell('沈阳', 3, 2, 1)], pos: { block: 3, row: 2 } },
      ] },
      p('推进项目落地。', 4),
      p('二、保障措施', 5),
      p('加强组织领导。', 6),
    ] });
    const { model } = convertDocument(doc, new TextEncoder().encode('x'), { file: 'box.docx' });
    const part = model.parts[0];
    expect(part.blocks.map((b) => b.type)).toEqual(['paragraph', 'box', 'paragraph']);
    const box = part.blocks[1] as Box;
    expect([box.title, box.blocks.map((b) => b.type)]).toEqual(['重点项目', ['grid']]);
    expect(part.blocks[2].type === 'paragraph' && part.blocks[2].text).toBe('推进项目落地。');
  });
});
