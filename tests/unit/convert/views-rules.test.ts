/**
 * What the converter derives from the outline, rule by rule on short plans without a notice:
 * the lead rule for undivided lists and where it comes from, the order of assignments and
 * departments, what a task carries of its own lines, part roles and the overview's sections.
 */
import { describe, expect, it } from 'vitest';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { leadingGroup, overview, partRole } from '../../../src/lib/convert/views.ts';
import type { Conventions, Meta, Part } from '../../../src/lib/model/schema.ts';
import { encode, observationEntries } from '../../support/plans.ts';

const F = 'v.txt';
const plan = (lines: string[], conventions?: Partial<Conventions>) => convertPlan(encode(['某市推进工作方案', ...lines].join('\n\n')), { file: F, conventions }).model;
const names = (m: ReturnType<typeof plan>, ids: string[]) => ids.map((id) => m.departments.find((d) => d.id === id)!.name);

describe('the lead rule for undivided 责任单位 lists', () => {
  const body = ['一、主要任务', '（一）建设平台。推进建设。', '责任单位：市甲局、市乙局、市丙局'];
  it('is the common convention by default: the first listed leads, the others cooperate, on the printed line too', () => {
    const m = plan(body);
    expect(m.leadRule).toEqual({ rule: 'first-listed', source: 'default', paragraph: null });
    expect(names(m, m.assignments[0].leads)).toEqual(['市甲局']);
    expect(names(m, m.assignments[0].partners)).toEqual(['市乙局', '市丙局']);
    const line = m.parts[0].children[0].blocks.find((b) => b.type === 'departments')!;
    expect(line).toMatchObject({ leadRule: 'first-listed', leads: ['市甲局'], partners: ['市乙局', '市丙局'] });
  });
  it('is the plan’s conventions when they say every listed unit is responsible', () => {
    const m = plan(body, { leadRule: 'all-responsible' });
    expect(m.leadRule).toEqual({ rule: 'all-responsible', source: 'conventions', paragraph: null });
    expect(names(m, m.assignments[0].leads)).toEqual(['市甲局', '市乙局', '市丙局']);
    expect(m.assignments[0].partners).toEqual([]);
    expect(m.parts[0].children[0].blocks.find((b) => b.type === 'departments')).toMatchObject({ leadRule: 'all-responsible', partners: [] });
  });
  it('is what the plan states, which overrides its conventions, with the paragraph that states it', () => {
    const m = plan(['各项任务列第一位的为牵头单位，其他为配合单位。', ...body], { leadRule: 'all-responsible' });
    expect(m.leadRule).toEqual({ rule: 'first-listed', source: 'stated', paragraph: 'preamble-b1' });
    expect(names(m, m.assignments[0].partners)).toEqual(['市乙局', '市丙局']);
  });
  it('is none when no list is undivided', () => {
    expect(plan(['一、主要任务', '（一）建设平台。推进建设。（市甲局牵头）']).leadRule).toBeNull();
  });
});

describe('assignments, tasks and departments', () => {
  it('list assignments in document order, a 分工表 row at the heading it names', () => {
    const m = plan([
      '一、主要任务', '（一）建设平台。推进建设。', '（二）培育企业。推进培育。', '（市乙局牵头）',
      '附件', '分工表', '序号\t重点任务\t牵头单位', '1\t建设平台\t市甲局',
    ]);
    expect(m.assignments.map((a) => [a.node, a.notation])).toEqual([['p1-1', 'attachment-table'], ['p1-2', 'trailing-parenthesis']]);
    expect(m.departments.map((d) => d.name)).toEqual(['市甲局', '市乙局']);
  });
  it('name the departments of task parts first, then those of other parts', () => {
    const m = plan(['一、保障措施', '（市甲局牵头）', '（一）加强领导。推进。', '二、主要任务', '（一）建设平台。推进建设。', '（市乙局牵头）']);
    expect(m.parts.map((p) => p.role)).toEqual(['measures', 'tasks']);
    expect(m.departments.map((d) => d.name)).toEqual(['市乙局', '市甲局']);
  });
  it('give two names with the same pinyin distinct ids, in order of appearance', () => {
    const m = plan(['一、主要任务', '（一）建设平台。推进建设。', '（市甲局牵头，市假局配合）']);
    expect(m.departments.map((d) => d.id)).toEqual(['shi-jia-ju', 'shi-jia-ju-2']);
  });
  it('give a task only its own lines’ leads, open end and deadline, and every assignment inside it', () => {
    const m = plan([
      '一、主要任务', '（一）建设平台。推进建设。', '牵头单位：市甲局；配合单位：市乙局等；完成时限：2017年',
      '1. 建设行业平台。', '牵头单位：市丙局；完成时限：2018年', '2. 推动上云。', '牵头单位：市丁局', '（二）培育企业。推进培育。', '牵头单位：市甲局；配合单位：市乙局',
    ]);
    const [t1, t2] = m.tasks;
    expect(names(m, t1.leads)).toEqual(['市甲局']);
    expect(t1).toMatchObject({ partnersOpenEnded: true, deadline: '2017年', assignments: ['p1-1-dept', 'p1-1-1-dept', 'p1-1-2-dept'] });
    expect(t2).toMatchObject({ partnersOpenEnded: false, deadline: null, departmentLine: 'p1-2-dept' });
  });
});

describe('part roles', () => {
  const part = (title: string, sections: { title: string; items?: number; table?: boolean; line?: boolean }[], role: Part['role'] = 'measures'): Part => ({
    kind: 'part', role, id: 'p1', number: 1, line: 1, endLine: 1,
    heading: { marker: '一、', title, terminator: '', sentence: false, entities: [] }, blocks: [],
    children: sections.map((s, k) => ({
      kind: 'section', id: `p1-${k + 1}`, number: k + 1, line: 2, endLine: 2,
      heading: { marker: '（一）', title: s.title, terminator: '', sentence: false, entities: [] },
      blocks: s.table ? [{ type: 'table' } as never] : [],
      children: Array.from({ length: s.items ?? 0 }, (_, i) => ({ kind: 'item', id: `p1-${k + 1}-${i + 1}`, number: i + 1, line: 3, endLine: 3, heading: { marker: '1.', title: '甲', terminator: '', sentence: false, entities: [] }, blocks: [], children: [] })),
    })),
  }) as Part;
  it('keep an attachment an attachment, and make a part whose heading a 分工表 row names a task part', () => {
    expect(partRole(part('重点任务分工表', [{ title: '甲' }], 'attachment'))).toBe('attachment');
    expect(partRole(part('主要任务', [{ title: '甲' }]), new Set(['p1-1']))).toBe('tasks');
    expect(partRole(part('主要任务', [{ title: '甲', items: 1 }]), new Set(['p1-1-1']))).toBe('tasks');
  });
  it('read a part with a table or overview words as the overview, and one that sets the scene too', () => {
    expect(partRole(part('总体要求', [{ title: '指导思想' }, { title: '基本原则' }]))).toBe('overview');
    expect(partRole(part('工作内容', [{ title: '甲', items: 1, table: true }]))).toBe('overview');
    expect(partRole(part('发展基础', [{ title: '甲', items: 1 }]))).toBe('overview');
  });
  it('read sections that all have items as sectors, and anything else as measures', () => {
    expect(partRole(part('重点产业', [{ title: '装备', items: 2 }, { title: '石化', items: 1 }]))).toBe('sectors');
    expect(partRole(part('保障措施', [{ title: '加强领导', items: 1 }, { title: '加大投入' }]))).toBe('measures');
    expect(partRole(part('保障措施', []))).toBe('measures');
  });
  it('read a task section without a department line as a task without one, noted at its heading', () => {
    const m = plan(['一、主要任务', '（一）建设平台。推进建设。', '（市甲局牵头）', '（二）培育企业。推进培育。']);
    expect(m.tasks.map((t) => [t.id, t.title, names(m, t.leads), t.departmentLine])).toEqual([
      ['p1-1', '建设平台', ['市甲局'], 'p1-1-dept'],
      ['p1-2', '培育企业', [], null],
    ]);
    expect(observationEntries(m.reading)).toEqual([[9, 'assignments', 'task-without-responsibility']]);
    expect(m.reading.observations[0].detail).toContain('task （二）培育企业 prints no responsibility');
    expect(m.reading.unread).toEqual([]);
  });
});

describe('the overview and the leading group', () => {
  const section = (id: string, title: string, items: number, table = false) => ({ id, heading: { title }, children: Array.from({ length: items }, (_, i) => ({ id: `${id}-${i + 1}`, blocks: [] })), blocks: table ? [{ type: 'table' }] : [] });
  const parts = (...sections: ReturnType<typeof section>[]) => [{ role: 'overview', children: sections }, { role: 'measures', children: [section('x', '基本原则', 1)] }] as unknown as Part[];
  it('find the principles by their word, else the first section with items; the goals by their word, else the one with a table', () => {
    expect(overview(parts(section('a', '指导思想', 0), section('b', '基本原则', 2), section('c', '主要目标', 0)))).toEqual({ principlesSection: 'b', goalsSection: 'c', principles: ['b-1', 'b-2'] });
    expect(overview(parts(section('a', '指导思想', 0), section('b', '工作思路', 1), section('c', '指标', 0, true)))).toEqual({ principlesSection: 'b', goalsSection: 'c', principles: ['b-1'] });
    expect(overview(parts(section('a', '指导思想', 0)))).toEqual({ principlesSection: null, goalsSection: null, principles: [] });
  });
  it('find the office host of a leading group named in the notice, trimmed', () => {
    const meta = (texts: string[]) => ({ noticeBody: texts.map((text, i) => ({ id: `notice-b${i + 1}`, text })) }) as unknown as Meta;
    expect(leadingGroup(meta(['现印发。', '成立领导小组，办公室设在 市甲局 ，负责日常工作。']))).toEqual({ paragraph: 'notice-b2', officeHost: '市甲局' });
    expect(leadingGroup(meta(['成立领导小组。']))).toEqual({ paragraph: 'notice-b1', officeHost: null });
    expect(leadingGroup(meta(['办公室设在市甲局。']))).toBeNull();
  });
});
