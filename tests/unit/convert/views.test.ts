import { beforeEach, describe, expect, it } from 'vitest';
import { leadingGroup, overview, partRole } from '../../../src/lib/convert/views.ts';
import { buildOutline } from '../../../src/lib/convert/outline.ts';
import type { Conventions, Meta, Part, PlanModel } from '../../../src/lib/model/schema.ts';
import { convertFixture, convertText, encode, fixtureText, lineOf, logical, observationEntries, patchPlan } from '../../support/plans.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';

let model: PlanModel;
beforeEach(() => {
  model = convertFixture('minimal-plan.txt').model;
});

describe('partRole', () => {
  const roleOf = (...texts: string[]) => partRole(buildOutline(logical(texts.map((t, i) => [t, i + 1])))[0]);
  it('is tasks when a section closes with a department line', () => {
    expect(roleOf('一、甲', '（一）节。', '（市甲局牵头）')).toBe('tasks');
  });
  it('is overview when a section holds the indicators table', () => {
    expect(roleOf('一、甲', '（一）节。', '指标\t2020 年', '增长(%)\t7')).toBe('overview');
  });
  it('is overview when a section is named for goals or principles', () => {
    expect(roleOf('一、甲', '（一）主要目标。', '（二）其他。')).toBe('overview');
    expect(roleOf('一、甲', '（一）基本原则。', '1. 坚持。')).toBe('overview');
  });
  it('is sectors when every section lists numbered items', () => {
    expect(roleOf('一、甲', '（一）节一。', '1. 项。', '（二）节二。', '1. 项。')).toBe('sectors');
  });
  it('is measures when a section has no items', () => {
    expect(roleOf('一、甲', '（一）节一。', '1. 项。', '（二）节二。正文。')).toBe('measures');
    expect(roleOf('一、甲')).toBe('measures');
  });
  it('infers the four roles of the fixture from its structure alone', () => {
    // Part titles (总体安排, 重点发展领域, 主要任务, 保障措施) are not what decides the role.
    expect(model.parts.map((p) => p.role)).toEqual(['overview', 'sectors', 'tasks', 'measures']);
  });
});

describe('views of the fixture plan', () => {
  it('lists sector groups with their sectors and non-sentence clause titles', () => {
    expect(model.sectorGroups).toEqual([
      {
        id: 'p2-1',
        number: 1,
        title: '培育数字核心产业',
        sectors: [
          // Key terms: 智能终端 loses the modifier 智能 (终端), which also covers 车载终端.
          { id: 'p2-1-1', number: 1, title: '智能终端', clauses: ['可穿戴设备', '车载终端'], keyTerms: ['终端', '可穿戴设备'] },
          { id: 'p2-1-2', number: 2, title: '工业软件', clauses: [], keyTerms: ['工业软件'] },
        ],
      },
      { id: 'p2-2', number: 2, title: '推动传统行业数字化', sectors: [{ id: 'p2-2-1', number: 1, title: '纺织服装', clauses: [], keyTerms: ['纺织服装'] }] },
    ]);
  });
  it('lists departments in order of first appearance in the tasks', () => {
    expect(model.departments.map((d) => d.name)).toEqual(['市交通运输局', '市数据局', '市财政局', '市商务局', '市市场监管局']);
  });
  it('gives each department the tasks it leads and the tasks it supports', () => {
    const byName = Object.fromEntries(model.departments.map((d) => [d.name, d]));
    expect(byName['市数据局']).toMatchObject({ leads: ['p3-1', 'p3-3'], partners: [] });
    expect(byName['市商务局']).toMatchObject({ leads: ['p3-2'], partners: ['p3-3'] });
    expect(byName['市财政局']).toMatchObject({ leads: [], partners: ['p3-1'] });
  });
  it('refers to departments by id in tasks', () => {
    const idOf = Object.fromEntries(model.departments.map((d) => [d.name, d.id]));
    expect(model.tasks.map((t) => [t.id, t.title, t.leads, t.partners, t.partnersOpenEnded])).toEqual([
      ['p3-1', '建设数字基础设施', [idOf['市交通运输局'], idOf['市数据局']], [idOf['市财政局']], true],
      ['p3-2', '拓展对外数字贸易', [idOf['市商务局']], [], false],
      ['p3-3', '优化数字营商环境', [idOf['市数据局']], [idOf['市市场监管局'], idOf['市商务局']], false],
    ]);
  });
  it('flags only the office host of the leading group', () => {
    expect(model.leadingGroup).toEqual({ paragraph: 'notice-b2', officeHost: '市商务局', officeHostId: model.departments[3].id });
    expect(model.departments.filter((d) => d.hostsLeadingGroupOffice).map((d) => d.name)).toEqual(['市商务局']);
  });
  it('does not count 抄送 recipients as departments', () => {
    const names = model.departments.map((d) => d.name);
    for (const r of model.meta.ccRecipients) expect(names).not.toContain(r);
  });
  it('lists the measures part’s sections as measures', () => {
    expect(model.measures).toEqual([
      { id: 'p4-1', number: 1, title: '加强组织领导' },
      { id: 'p4-2', number: 2, title: '加大资金支持' },
    ]);
  });
  it('finds the goals section of the overview', () => {
    expect(model.overview).toEqual({ principlesSection: null, goalsSection: 'p1-2', principles: [] });
  });
  it('gives colliding department slugs a numeric suffix in order of appearance', () => {
    // 市商物局 and 市商务局 have the same toneless pinyin.
    const { model: m } = convertText(fixtureText('minimal-plan.txt').replace('市市场监管局', '市商物局'));
    const ids = Object.fromEntries(m.departments.map((d) => [d.name, d.id]));
    expect(ids['市商务局']).toBe('shi-shang-wu-ju');
    expect(ids['市商物局']).toBe('shi-shang-wu-ju-2');
  });
  it('has no leading group when no notice paragraph mentions 领导小组', () => {
    const { model: m } = convertText(fixtureText('minimal-plan.txt').replace('领导小组', '工作专班'));
    expect(m.leadingGroup).toBeNull();
    expect(m.departments.some((d) => d.hostsLeadingGroupOffice)).toBe(false);
  });
});

describe('checkTasks', () => {
  it('reads a task section without a department line as a task without one, noted at the section heading', () => {
    // The minimal plan with the department line of its task p3-2 blanked.
    const t = patchPlan(fixtureText('minimal-plan.txt'), { find: '（市商务局牵头负责）', replace: '' });
    const { model: m } = convertText(t, 'task-no-department.txt');
    const heading = lineOf(t, '（二）拓展对外数字贸易。');
    expect(observationEntries(m.reading)).toEqual([[heading, 'assignments', 'task-without-responsibility']]);
    expect(m.reading.observations[0].detail).toContain('拓展对外数字贸易');
    expect(m.reading.unread).toEqual([]);
    const task = m.tasks.find((x) => x.title === '拓展对外数字贸易')!;
    expect(task).toMatchObject({ id: 'p3-2', leads: [], partners: [], departmentLine: null });
  });
});

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
