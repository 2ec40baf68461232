/**
 * Fixture plans, one per notation family, with the facts a reader of the fixture text can check by
 * hand. Each expectation below is read off the fixture, not off the converter's output.
 */
import { describe, expect, it } from 'vitest';
import { findBlock, walkNodes } from '../../../src/lib/model/walk.ts';
import { convertFixture, fixtureText, lineOf } from '../../support/plans.ts';

describe('duty-lines-plan: 办公厅 notice, 责任单位 / 牵头单位 lines, inline responsibilities, furniture', () => {
  const setup = () => {
    const NAME = 'duty-lines-plan.txt';
    const text = fixtureText(NAME);
    const { model, fidelity } = convertFixture(NAME);
    const name = (id: string) => model.departments.find((d) => d.id === id)!.name;
    const byNode = (node: string) => model.assignments.filter((a) => a.node === node).map((a) => ({ ...a, leads: a.leads.map(name), partners: a.partners.map(name) }));

    return { NAME, text, model, fidelity, name, byNode };
  };
  it('keeps every character and reads the 办公厅 envelope with its wrapped titles', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    expect(fidelity.equal).toBe(true);
    expect(model.meta).toMatchObject({
      issuer: '青川省人民政府办公厅',
      docNumber: '青政办发〔2019〕12号',
      noticeTitle: '青川省人民政府办公厅关于印发青川省制造业高质量发展行动计划（2019—2020年）的通知',
      planTitle: '青川省制造业高质量发展行动计划（2019—2020年）',
      issuedDate: '2019-03-15',
    });
  });
  it('removes the page numbers and the running head as listed corrections, and joins the sentence they split', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    const furniture = model.corrections.filter((c) => c.kind === 'page-furniture').map((c) => [c.line, c.before]);
    expect(furniture).toEqual([
      [lineOf(text, '— 2 —'), '— 2 —'], [lineOf(text, '— 2 —') + 2, '青川省制造业高质量发展行动计划'],
      [lineOf(text, '— 3 —'), '— 3 —'], [lineOf(text, '— 3 —') + 2, '青川省制造业高质量发展行动计划'],
      [lineOf(text, '— 4 —'), '— 4 —'], [lineOf(text, '— 4 —') + 2, '青川省制造业高质量发展行动计划'],
    ]);
    const item = findBlock(model.parts, 'p2-1-1-b1');
    expect(item).toMatchObject({ type: 'paragraph' });
    expect(item!.type === 'paragraph' && item!.text).toContain('每年新认定省级企业技术中心 30 家以上。');
  });
  it('records the rule the notice states for undivided lists, with its paragraph', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    expect(model.leadRule).toEqual({ rule: 'first-listed', source: 'stated', paragraph: 'notice-b1' });
  });
  it('reads a 责任单位 line under an item: the first listed leads, with its 完成时限', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    expect(byNode('p2-1-1')).toMatchObject([{ level: 'item', task: 'p2-1', notation: 'responsibility-line', leadRule: 'first-listed', leads: ['省工业和信息化厅'], partners: ['省科技厅', '省发展改革委'], deadline: '2020年底前', line: lineOf(text, '责任单位：省工业和信息化厅、省科技厅、省发展改革委') }]);
  });
  it('reads 牵头单位：…；配合单位：… as printed, local governments included', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    expect(byNode('p2-1-2')).toMatchObject([{ level: 'item', notation: 'lead-partner-line', leadRule: 'printed', leads: ['省市场监管局'], partners: ['省公安厅', '各市人民政府'], deadline: null }]);
  });
  it('reads a name with its own parenthesis (各县（市、区）政府) as one party', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    expect(byNode('p2-2-1')).toMatchObject([{ leads: ['省工业和信息化厅'], partners: ['省生态环境厅', '各县（市、区）政府'], deadline: '长期坚持' }]);
  });
  it('reads a responsibility in parentheses closing a clause on that clause, and keeps the clause text apart', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    expect(byNode('p2-2-2-c1')).toMatchObject([{ level: 'clause', leads: ['各市人民政府'], partners: ['省发展改革委'] }]);
    expect(byNode('p2-2-2-c2')).toMatchObject([{ level: 'clause', leads: ['省商务厅'], partners: ['中直企业'] }]);
    expect(byNode('p2-2-2')).toEqual([]);
  });
  it('reads the trailing parenthesis after a section without items as the section’s own, open-ended', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    expect(byNode('p2-3')).toMatchObject([{ level: 'section', notation: 'trailing-parenthesis', leads: ['省商务厅'], partners: ['省发展改革委', '省外事办'], partnersOpenEnded: true }]);
  });
  it('assigns a task as a whole only where the line is printed for the whole task', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    const task = (id: string) => model.tasks.find((t) => t.id === id)!;
    expect(task('p2-1')).toMatchObject({ leads: [], partners: [], departmentLine: null, assignments: ['p2-1-1-dept', 'p2-1-2-dept'] });
    expect(task('p2-3').leads.map(name)).toEqual(['省商务厅']);
    const ind = model.departments.find((d) => d.name === '省工业和信息化厅')!;
    expect(ind).toMatchObject({ leads: [], partners: [], assignments: ['p2-1-1-dept', 'p2-2-1-dept'] });
  });
  it('gives each party its kind and never invents a department for a local government or an enterprise group', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    const kinds = Object.fromEntries(model.departments.map((d) => [d.name, d.kind]));
    expect(kinds).toMatchObject({ 各市人民政府: 'local-government', '各县（市、区）政府': 'local-government', 中直企业: 'other', 省外事办: 'department', 省市场监管局: 'department' });
    expect(model.departments).toHaveLength(11);
  });
  it('leaves the measures part without assignments', () => {
    const { NAME, text, model, fidelity, name, byNode } = setup();
    expect(model.parts.map((p) => p.role)).toEqual(['overview', 'tasks', 'measures']);
  });
});

describe('division-table-plan: a department’s own plan whose body carries no department; an attached 分工表', () => {
  const setup = () => {
    const NAME = 'division-table-plan.txt';
    const text = fixtureText(NAME);
    const { model, fidelity } = convertFixture(NAME);
    const name = (id: string) => model.departments.find((d) => d.id === id)!.name;
    const of = (node: string) => model.assignments.filter((a) => a.node === node).map((a) => ({ ...a, leads: a.leads.map(name), partners: a.partners.map(name) }));

    return { NAME, text, model, fidelity, name, of };
  };
  it('keeps every character, the table included, and reads the department’s envelope', () => {
    const { NAME, text, model, fidelity, name, of } = setup();
    expect(fidelity.equal).toBe(true);
    expect(model.meta).toMatchObject({ issuer: '辽宁省工业和信息化厅', docNumber: '辽工信发〔2018〕45号', noticeTitle: '辽宁省工业和信息化厅关于印发辽宁省智能制造推进工作方案的通知' });
  });
  it('keeps the attachment as a part of its own with the table as printed', () => {
    const { NAME, text, model, fidelity, name, of } = setup();
    const a = model.parts.at(-1)!;
    expect(a).toMatchObject({ id: 'a1', role: 'attachment', heading: { marker: '附件', title: '重点任务分工表' } });
    const grid = a.blocks[0];
    expect(grid.type).toBe('grid');
    if (grid.type !== 'grid') return;
    expect(grid.header).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(grid.rows).toHaveLength(4);
    expect(grid.rows[0].line).toBe(lineOf(text, '1\t推进智能工厂建设\t省工业和信息化厅\t省发展改革委、省财政厅、\t2020年底前'));
  });
  it('matches each row to the body’s task or item by its title, at the level where that title is printed', () => {
    const { NAME, text, model, fidelity, name, of } = setup();
    expect(of('p2-1')).toMatchObject([{ notation: 'attachment-table', level: 'section', leads: ['省工业和信息化厅'], partners: ['省发展改革委', '省财政厅', '各市人民政府'], deadline: '2020年底前' }]);
    expect(of('p2-2-1')).toMatchObject([{ level: 'item', task: 'p2-2', partners: ['省通信管理局'], deadline: '2019年底前' }]);
    expect(of('p2-2-2')).toMatchObject([{ level: 'item', partners: ['各市人民政府'], partnersOpenEnded: true, deadline: '2018年起每年' }]);
    expect(of('p2-3')).toMatchObject([{ level: 'section', partners: ['省科技厅'], deadline: '长期坚持' }]);
    expect(of('p2-2')).toEqual([]);
  });
  it('makes the part with assigned headings the task part, and gives tasks their whole-task deadline', () => {
    const { NAME, text, model, fidelity, name, of } = setup();
    expect(model.parts.map((p) => p.role)).toEqual(['overview', 'tasks', 'measures', 'attachment']);
    expect(model.tasks.map((t) => [t.title, t.deadline])).toEqual([['推进智能工厂建设', '2020年底前'], ['发展工业互联网平台', null], ['培育系统解决方案供应商', '长期坚持']]);
  });
});

describe('chapters-plan: a 规划 with no notice, chapters, 节 numbered across chapters, a 专栏 and a 属性 column', () => {
  const setup = () => {
    const NAME = 'chapters-plan.txt';
    const text = fixtureText(NAME);
    const { model, fidelity } = convertFixture(NAME);
    const nodes = [...walkNodes(model.parts)];

    return { NAME, text, model, fidelity, nodes };
  };
  it('keeps every character and starts at the plan title, its period on the next line', () => {
    const { NAME, text, model, fidelity, nodes } = setup();
    expect(fidelity.equal).toBe(true);
    expect(model.meta).toMatchObject({ masthead: null, docNumber: null, noticeTitle: null, issuer: null, planTitle: '青川省“十三五”制造业发展规划（2016—2020年）' });
    expect(model.preamble.map((p) => p.line)).toEqual([lineOf(text, '本规划根据《青川省国民经济和社会发展第十三个五年规划纲要》编制，是“十三五”时期全省制造业发展的行动纲领。')]);
  });
  it('reads chapters as parts and 节 as sections, 节 numbered on across chapters', () => {
    const { NAME, text, model, fidelity, nodes } = setup();
    expect(model.parts.map((p) => [p.heading.marker.trim(), p.heading.title])).toEqual([['第一章', '发展基础'], ['第二章', '发展目标'], ['第三章', '重点任务'], ['第四章', '保障措施']]);
    expect(model.parts[2].children.map((s) => [s.id, s.heading.marker.trim(), s.heading.title])).toEqual([['p3-1', '第四节', '推进智能制造'], ['p3-2', '第五节', '推进绿色制造']]);
    expect(nodes.filter((n) => n.kind === 'item').map((n) => n.heading.title)).toEqual(['建设智能工厂', '发展工业机器人', '实施节能改造']);
  });
  it('keeps the 专栏 as a box of its own with its entries, not as items of the outline', () => {
    const { NAME, text, model, fidelity, nodes } = setup();
    const box = nodes.flatMap((n) => n.blocks).find((b) => b.type === 'box');
    expect(box).toMatchObject({ type: 'box', id: 'p3-1-2-box1', title: '智能制造重点工程', line: lineOf(text, '专栏1 智能制造重点工程') });
    expect(box?.type === 'box' && box.blocks.map((p) => (p.type === 'paragraph' ? p.text : p.type))).toEqual(['1. 智能工厂示范工程。每年建设省级智能工厂 20 个以上。', '2. 工业互联网平台工程。培育 5 个行业级工业互联网平台。']);
    expect(nodes.some((n) => n.heading.title.startsWith('智能工厂示范工程'))).toBe(false);
  });
  it('reads the indicators table with 序号, 单位 and 属性 columns', () => {
    const { NAME, text, model, fidelity, nodes } = setup();
    const t = model.parts[1].children[0].blocks.find((b) => b.type === 'table');
    expect(t?.type === 'table' && t.rows.map((r) => [r.name, r.unit, r.cells.map((c) => c.value), r.attribute])).toEqual([
      ['制造业增加值年均增长', '%', [8.1, 7], '预期性'],
      ['单位工业增加值能耗下降', '%', [null, 18], '约束性'],
      ['规模以上企业研发经费支出占比', '%', [0.9, 1.2], '预期性'],
    ]);
    expect(t?.type === 'table' && t.years).toEqual([2015, 2020]);
  });
  it('reads the 责任单位 lines by the common convention, since the plan states no rule', () => {
    const { NAME, text, model, fidelity, nodes } = setup();
    expect(model.leadRule).toEqual({ rule: 'first-listed', source: 'default', paragraph: null });
    expect(model.assignments.map((a) => [a.node, a.level])).toEqual([['p3-1-1', 'item'], ['p3-2', 'section']]);
    expect(model.parts.map((p) => p.role)).toEqual(['overview', 'overview', 'tasks', 'measures']);
  });
});

describe('reprint-plan: a State Council notice reprinted from its title, signed without 印发', () => {
  const setup = () => {
    const { model, fidelity } = convertFixture('reprint-plan.txt');
    return { model, fidelity };
  };
  it('reads the notice from its title and the 文号 under it; the issuer from the title', () => {
    const { model, fidelity } = setup();
    expect(fidelity.equal).toBe(true);
    expect(model.meta).toMatchObject({ masthead: null, issuer: '国务院', docNumber: '国发〔2030〕8号', noticeTitle: '国务院关于印发青川制造2030的通知', planTitle: '青川制造2030', planTitleLine: 9 });
    expect(model.reading.form).toBe('notice-plan');
    // Signed without 印发: a signature and its date, not the issuing office's 印发 line.
    expect(model.meta.signatures).toEqual([{ signer: { text: '国务院', line: 23, endLine: 23 }, date: { text: '2030年5月8日', line: 25, endLine: 25 }, isoDate: '2030-05-08' }]);
    expect([model.meta.issuingOffice, model.meta.issuedDatePrinted, model.meta.issuedDate]).toEqual([null, null, null]);
  });
  it('reads responsibilities that close a section’s paragraph', () => {
    const { model, fidelity } = setup();
    const name = (id: string) => model.departments.find((d) => d.id === id)!.name;
    expect(model.tasks.map((t) => [t.title, t.leads.map(name), t.partners.map(name), t.partnersOpenEnded])).toEqual([
      ['提高创新能力', ['工业和信息化部', '科技部'], ['发展改革委'], true],
      ['推进融合发展', ['工业和信息化部'], [], false],
      ['加强人才培养', ['教育部', '人力资源社会保障部'], [], false],
    ]);
  });
  it('records bodies each responsible by their remit (按职责分工负责) as such, with no lead rule to apply', () => {
    const { model, fidelity } = setup();
    expect(model.assignments.find((a) => a.node === 'p2-3')).toMatchObject({ leadRule: 'all-responsible', notation: 'trailing-parenthesis' });
    expect(model.leadRule).toBeNull();
  });
});
