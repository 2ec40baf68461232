import { describe, expect, it } from 'vitest';
import { findMentions, ownTerms, sectorKeyTerms } from '../../../src/lib/convert/mentions.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { walkNodes, walkParagraphs } from '../../../src/lib/model/walk.ts';
import { convertFixture, realPlanBytes } from '../../support/plans.ts';

describe('findMentions', () => {
  // The short name comes first, so the test fails unless the longer name is really tried first.
  const names = new Map([
    ['金融办', 'short'],
    ['省财政厅', 'cai'],
    ['省政府金融办', 'jin'],
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
  it('finds back-to-back occurrences and ignores one-character names', () => {
    expect(findMentions('金融办金融办', names).map((m) => m.start)).toEqual([0, 3]);
    expect(findMentions('省甲省', new Map([['省', 'x']]))).toEqual([]);
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
  it('marks every department name in paragraphs and department lines with the department id', () => {
    const { model } = convertFixture('minimal-plan.txt');
    const dept = new Map(model.departments.map((d) => [d.id, d.name]));
    const lines = [...walkNodes(model.parts)].flatMap((n) => n.blocks).filter((b) => b.type === 'departments');
    const blocks = [...walkParagraphs(model), ...lines];
    expect(lines.length).toBeGreaterThan(0);
    for (const b of blocks) {
      for (const m of b.mentions) expect(b.text.slice(m.start, m.end)).toBe(dept.get(m.department));
      // Every printed occurrence of a department name is marked (the fixture has no nested names).
      const expected = model.departments.flatMap((d) => [...b.text.matchAll(new RegExp(d.name, 'g'))].map((x) => x.index)).sort((a, c) => a - c);
      expect(b.mentions.map((m) => m.start), b.id).toEqual(expected);
    }
    // Each department line names its leads and partners; some paragraph names a department too.
    for (const l of lines) expect(l.mentions.length, l.id).toBeGreaterThan(0);
    expect([...walkParagraphs(model)].some((p) => p.mentions.length > 0)).toBe(true);
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

describe('sectorTaskMentions on an invented plan', () => {
  it('links a sector to each task whose paragraphs name one of its key terms, never through the department line', async () => {
    const { sectorTaskMentions } = await import('../../../src/lib/convert/mentions.ts');
    const { model } = convertFixture('minimal-plan.txt');
    const software = model.sectorGroups.flatMap((g) => g.sectors).find((s) => s.title === '工业软件')!;
    const textile = model.sectorGroups.flatMap((g) => g.sectors).find((s) => s.title === '纺织服装')!;
    expect(software.keyTerms).toContain('工业软件');
    const [t1, t2, t3] = model.parts[2].children;
    const para = (n: typeof t1) => n.blocks.find((b) => b.type === 'paragraph')!;
    const line = (n: typeof t1) => n.blocks.find((b) => b.type === 'departments')!;
    para(t1).text += '推广工业软件。';
    para(t3).text += '支持工业软件和纺织服装企业上云。';
    line(t2).text += '纺织服装';
    const found = sectorTaskMentions(model.sectorGroups, model.parts);
    expect(found.filter((m) => m.sector === software.id)).toEqual([
      { sector: software.id, task: t1.id, terms: ['工业软件'], paragraphs: [para(t1).id] },
      { sector: software.id, task: t3.id, terms: ['工业软件'], paragraphs: [para(t3).id] },
    ]);
    expect(found.filter((m) => m.sector === textile.id).map((m) => m.task)).toEqual([t3.id]);
    // Parts other than the tasks part are not tasks: the sector's own text does not count.
    expect(found.every((m) => m.task.startsWith('p3-'))).toBe(true);
  });
});

describe('mentions and key terms at their edges', () => {
  it('mark a name of exactly two characters, and never one that overlaps a longer name at its end', () => {
    const names = new Map([['财政', 'a'], ['省财政厅', 'b'], ['厅长', 'c']]);
    expect(findMentions('省财政厅长和财政', names)).toEqual([{ start: 0, end: 4, department: 'b' }, { start: 6, end: 8, department: 'a' }]);
  });
  it('strip modifiers and endings only while two characters are left, repeatedly', () => {
    // Stripped down to a generic word (装备, 制造), the title is its own only term.
    expect(sectorKeyTerms('高端智能装备')).toEqual(['高端智能装备']);
    expect(sectorKeyTerms('智能制造业')).toEqual(['智能制造业']);
    expect(sectorKeyTerms('新型材料')).toEqual(['新型材料']);
    expect(sectorKeyTerms('先进轨道交通装备')).toEqual(['轨道交通']);
    expect(sectorKeyTerms('现代服务业')).toEqual(['现代服务业']);
  });
  it('trim the parts of a title split at 、 and keep each once', () => {
    expect(sectorKeyTerms('船舶、 海工装备')).toEqual(['船舶', '海工']);
  });
});

describe('ownTerms: a sector is mentioned by a term that names it on its own', () => {
  const sector = (title: string, clauses: string[] = []) => ({ title, clauses, keyTerms: sectorKeyTerms(title, clauses) });
  it('leaves out what follows 及, which belongs to what precedes it', () => {
    expect(ownTerms(sector('汽车及零部件'))).toEqual(['汽车']);
    expect(ownTerms(sector('工业设计及研发服务'))).toEqual(['工业设计']);
  });
  it('keeps the parts joined by 和, 与 or 、, and every term of a title without 及', () => {
    expect(ownTerms(sector('船舶和海洋工程装备'))).toEqual(['船舶', '海洋工程']);
    expect(ownTerms(sector('冶金工业', ['钢铁行业', '有色金属行业']))).toEqual(['冶金', '钢铁', '有色金属']);
    expect(ownTerms(sector('智能机器人'))).toEqual(['机器人']);
  });
  it('keeps a term that follows 及 in one name but stands on its own in another', () => {
    expect(ownTerms(sector('汽车及零部件', ['零部件']))).toEqual(['汽车', '零部件']);
  });
  it('in the bundled plan: 基础零部件 in a task does not mention 汽车及零部件, its 汽车 does', () => {
    const real = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' }).model;
    const cars = real.sectorGroups.flatMap((g) => g.sectors).find((s) => s.title === '汽车及零部件')!;
    const found = real.sectorTaskMentions.filter((m) => m.sector === cars.id);
    expect(found.flatMap((m) => m.terms)).not.toContain('零部件');
    const base = real.tasks.find((t) => t.title === '增强自主创新能力')!;
    expect(found.map((m) => m.task)).not.toContain(base.id);
    const quality = real.tasks.find((t) => t.title === '强化质量品牌建设')!;
    expect(found.find((m) => m.task === quality.id)?.terms).toEqual(['汽车']);
  });
});
