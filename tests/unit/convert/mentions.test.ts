import { describe, expect, it } from 'vitest';
import { findMentions, sectorKeyTerms } from '../../../src/lib/convert/mentions.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { walkParagraphs } from '../../../src/lib/model/walk.ts';
import { convertFixture, realPlanBytes } from '../helpers.ts';

describe('findMentions', () => {
  const names = new Map([
    ['省财政厅', 'cai'],
    ['省政府金融办', 'jin'],
    ['金融办', 'short'],
  ]);
  it('finds every occurrence, longest name first, without overlaps', () => {
    const text = '省财政厅会同省政府金融办和金融办、省财政厅';
    expect(findMentions(text, names)).toEqual([
      { start: 0, end: 4, department: 'cai' },
      { start: 6, end: 12, department: 'jin' },
      { start: 13, end: 16, department: 'short' },
      { start: 17, end: 21, department: 'cai' },
    ]);
  });
  it('finds nothing in text without the names', () => {
    expect(findMentions('加快技术改造。', names)).toEqual([]);
  });
});

describe('sectorKeyTerms', () => {
  it('drops generic modifiers and endings: 智能机器人 → 机器人, 精密轴承 → 轴承, 石化工业 → 石化', () => {
    expect(sectorKeyTerms('智能机器人')).toEqual(['机器人']);
    expect(sectorKeyTerms('精密轴承')).toEqual(['轴承']);
    expect(sectorKeyTerms('石化工业')).toEqual(['石化']);
    expect(sectorKeyTerms('先进轨道交通装备')).toEqual(['轨道交通']);
  });
  it('splits at 和/及 and keeps each part that is not generic', () => {
    expect(sectorKeyTerms('汽车及零部件')).toEqual(['汽车', '零部件']);
    expect(sectorKeyTerms('船舶和海洋工程装备')).toEqual(['船舶', '海洋工程']);
    expect(sectorKeyTerms('新材料制造工艺及装备')).not.toContain('装备');
  });
  it('adds the sub-sector clauses, keeping only the most general of nested terms', () => {
    expect(sectorKeyTerms('冶金工业', ['钢铁行业', '有色金属行业'])).toEqual(['冶金', '钢铁', '有色金属']);
  });
});

describe('department mentions and sector mentions in a converted plan', () => {
  const { model } = convertFixture('minimal-plan.txt');
  it('marks department names in paragraphs and department lines with the department id', () => {
    const dept = new Map(model.departments.map((d) => [d.id, d.name]));
    for (const p of walkParagraphs(model)) {
      for (const m of p.mentions) expect(p.text.slice(m.start, m.end)).toBe(dept.get(m.department));
    }
  });

  it('links 智能机器人 to 推进产业联盟建设 through 机器人, and never through the department line', () => {
    const real = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' }).model;
    const sector = real.sectorGroups.flatMap((g) => g.sectors).find((s) => s.title === '智能机器人')!;
    const task = real.tasks.find((t) => t.title === '推进产业联盟建设')!;
    const found = real.sectorTaskMentions.filter((m) => m.sector === sector.id);
    expect(found.map((m) => m.task)).toEqual([task.id]);
    expect(found[0].terms).toEqual(['机器人']);
    // 省通信管理局 is only in a department line, so 现代通信产业 (通信) mentions no task.
    const telecom = real.sectorGroups.flatMap((g) => g.sectors).find((s) => s.title === '现代通信产业')!;
    expect(real.sectorTaskMentions.filter((m) => m.sector === telecom.id)).toEqual([]);
  });
});
