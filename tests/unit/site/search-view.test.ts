import { beforeAll, describe, expect, it } from 'vitest';
import { pageTopics, searchFilters } from '../../../src/lib/site/views/search.ts';
import { bundledModel } from '../../support/bundled-model.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let plan: PlanModel;
beforeAll(() => {
  plan = bundledModel();
});

describe('a page\'s 主题 for the search ranking', () => {
  it('gives a sector its title, key terms and the enterprises the plan names first there', () => {
    const robots = pageTopics(plan, 'p2-1-2', '智能机器人');
    expect(robots.slice(0, 2)).toEqual(['智能机器人', '机器人']);
    // 沈阳新松机器人 is named in 智能机器人, 先进轨道交通装备 and 新材料制造工艺及装备: first here.
    expect(robots).toEqual(expect.arrayContaining(['沈阳新松机器人', '沈阳新松']));
    expect(pageTopics(plan, 'p2-1-5', '先进轨道交通装备')).not.toContain('沈阳新松机器人');
    expect(pageTopics(plan, 'p2-1-9', '新材料制造工艺及装备')).not.toContain('沈阳新松机器人');
    expect(pageTopics(plan, 'p2-2-2', '冶金工业').slice(0, 4)).toEqual(['冶金工业', '冶金', '钢铁', '有色金属']);
    // 沈鼓集团 by its printed short form; 鞍钢集团, named in no sector, where its project is.
    expect(pageTopics(plan, 'p2-1-7', '大型煤化工成套装备')).toEqual(expect.arrayContaining(['沈鼓集团', '沈鼓']));
    expect(pageTopics(plan, 'p2-2-2', '冶金工业')).toEqual(expect.arrayContaining(['忠旺集团', '鞍钢集团']));
  });
  it('gives a task or measure its title alone', () => {
    expect(pageTopics(plan, 'p3-2', '加大技术改造力度')).toEqual(['加大技术改造力度']);
    expect(pageTopics(plan, 'p4-2', '拓宽融资渠道')).toEqual(['拓宽融资渠道']);
  });
});

describe('the results page\'s filters', () => {
  it('offers kinds, sector groups and leading departments on a one-plan site', () => {
    const f = searchFilters([plan]);
    expect(f.map((x) => [x.key, x.open])).toEqual([['类别', true], ['行业组', false], ['牵头部门', false]]);
    expect(f[0].values).toEqual(['行业', '任务', '保障措施', '部门', '名录', '指标', '目标', '原文']);
    expect(f[1].values).toEqual(plan.sectorGroups.map((g) => g.title));
    expect(f[2].values).toContain('省经济和信息化委');
  });
});
