import { beforeEach, describe, expect, it } from 'vitest';
import { partRole } from '../../../src/lib/convert/views.ts';
import { buildOutline } from '../../../src/lib/convert/outline.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';
import { convertFixture, convertText, fixtureText, lineOf, logical, observationEntries } from '../../support/plans.ts';

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
    const name = 'bad-task-no-department.txt';
    const t = fixtureText(name);
    const { model: m } = convertFixture(name);
    const heading = lineOf(t, '（二）拓展对外数字贸易。');
    expect(observationEntries(m.reading)).toEqual([[heading, 'assignments', 'task-without-responsibility']]);
    expect(m.reading.observations[0].detail).toContain('拓展对外数字贸易');
    expect(m.reading.unread).toEqual([]);
    const task = m.tasks.find((x) => x.title === '拓展对外数字贸易')!;
    expect(task).toMatchObject({ id: 'p3-2', leads: [], partners: [], departmentLine: null });
  });
});
