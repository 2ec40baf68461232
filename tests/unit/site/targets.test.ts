import { describe, expect, it } from 'vitest';
import { paragraphPages, targetGroups } from '../../../src/lib/site/views/targets.ts';
import type { PlanModel, Target } from '../../../src/lib/model/schema.ts';
import { convertFixture } from '../../support/plans.ts';

/** The invented plan, with its targets replaced by the given ones (deadline fields only matter here). */
function withTargets(specs: { id: string; year: number | null; yearEnd?: boolean; frequency?: 'annual' | null; paragraph?: string }[]): PlanModel {
  const { model } = convertFixture('named-plan.txt');
  const template = model.targets[0];
  const targets: Target[] = specs.map((s) => ({ ...template, id: s.id, year: s.year, yearEnd: s.yearEnd ?? false, frequency: s.frequency ?? null, paragraph: s.paragraph ?? template.paragraph }));
  return { ...model, targets };
}

describe('targetGroups (the targets timeline)', () => {
  it('orders the deadlines by year whatever the document order, 到 2017 年 before 到 2017 年底, then 每年, then no deadline', () => {
    const model = withTargets([
      { id: 'a', year: 2020 },
      { id: 'b', year: null },
      { id: 'c', year: 2017, yearEnd: true },
      { id: 'd', year: null, frequency: 'annual' },
      { id: 'e', year: 2017 },
      { id: 'f', year: 2020 },
      { id: 'g', year: 2016, yearEnd: true },
    ]);
    const groups = targetGroups(model);
    expect(groups.map((g) => [g.key, g.label, g.targets.map((t) => t.id)])).toEqual([
      ['y2016-end', '2016 年底', ['g']],
      ['y2017', '2017 年', ['e']],
      ['y2017-end', '2017 年底', ['c']],
      ['y2020', '2020 年', ['a', 'f']],
      ['annual', '每年', ['d']],
      ['none', '未注明期限', ['b']],
    ]);
  });

  it('leaves out the 每年 and no-deadline groups when no target has them', () => {
    const groups = targetGroups(withTargets([{ id: 'a', year: 2018 }]));
    expect(groups.map((g) => g.key)).toEqual(['y2018']);
  });

  it('links each target to the page that shows its paragraph, or to none when only 原文 has it', () => {
    const { model } = convertFixture('named-plan.txt');
    const preamble = model.preamble[0].id;
    const m = withTargets([
      { id: 'sector', year: 2021, paragraph: 'p2-1-2-b1' },
      { id: 'task', year: null, frequency: 'annual', paragraph: 'p3-2-b1' },
      { id: 'goal', year: 2022, paragraph: 'p1-2-b1' },
      { id: 'intro', year: null, paragraph: preamble },
    ]);
    const byId = new Map(targetGroups(m).flatMap((g) => g.targets).map((t) => [t.id, t.page]));
    expect(byId.get('sector')).toEqual({ href: '/named-plan/sectors/p2-1-2/', title: '工业软件' });
    expect(byId.get('task')).toEqual({ href: '/named-plan/tasks/p3-2/', title: '拓展对外数字贸易' });
    // 发展目标 is a section of part 一, which has a page of its own; the section has none.
    expect(byId.get('goal')).toEqual({ href: '/named-plan/parts/p1/', title: '总体安排' });
    expect(byId.get('intro')).toBeNull();
  });

  it('the invented plan’s own targets: 2021 年底 (工业软件), 2022 年, 每年', () => {
    const { model } = convertFixture('named-plan.txt');
    const groups = targetGroups(model);
    expect(groups.map((g) => [g.label, g.targets.length])).toEqual([
      ['2021 年底', 1],
      ['2022 年', 3],
      ['每年', 1],
    ]);
  });
});

describe('paragraphPages', () => {
  it('maps every block of a page-sized node and of the nodes below it to the nearest page', () => {
    const { model } = convertFixture('named-plan.txt');
    const pages = paragraphPages(model);
    expect(pages.get('p2-1-1-b1')?.href).toBe('/named-plan/sectors/p2-1-1/');
    expect(pages.get('p2-2-1-b1')?.href).toBe('/named-plan/sectors/p2-2-1/');
    expect(pages.get('p4-1-b1')?.href).toBe('/named-plan/measures/p4-1/');
    expect(pages.has(model.preamble[0].id)).toBe(false);
  });
});
