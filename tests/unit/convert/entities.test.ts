import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findEntityMentions } from '../../../src/lib/convert/entities.ts';
import { convertPlan, ConvertError } from '../../../src/lib/convert/index.ts';
import { GazetteerSchema, type Gazetteer, type PlanModel } from '../../../src/lib/model/schema.ts';
import { walkParagraphs } from '../../../src/lib/model/walk.ts';
import { fixtureBytes, fixturePath, root } from '../../support/plans.ts';
import { join } from 'node:path';

const gazetteer = (path: string): Gazetteer => GazetteerSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
const named = () => convertPlan(fixtureBytes('named-plan.txt'), { file: 'named-plan.txt', gazetteer: gazetteer(fixturePath('named-plan.entities.json')) }).model;
const paragraphWith = (model: PlanModel, s: string) => [...walkParagraphs(model)].find((p) => p.text.includes(s))!;

describe('findEntityMentions', () => {
  const names = new Map([['沈阳', 'sy'], ['沈阳机床', 'jc'], ['机床', 'x']]);
  it('takes the longest name first and never overlaps', () => {
    expect(findEntityMentions('依托沈阳机床，支持沈阳', names).map((m) => [m.start, m.end, m.entity])).toEqual([
      [2, 6, 'jc'],
      [9, 11, 'sy'],
    ]);
  });
  it('skips ignored phrases and yields to department mentions', () => {
    const text = '沈阳经济区和沈阳机床厅';
    const dept = [{ start: 6, end: 11, department: 'd' }];
    expect(findEntityMentions(text, names, ['沈阳经济区'], dept)).toEqual([]);
  });
});

describe('entities of an invented plan (named-plan.txt)', () => {
  // Converted inside each test, not at collection time, so a mutation test sees the conversion run.
  let model: PlanModel;
  beforeEach(() => {
    model = named();
  });
  const id = (name: string) => model.entities.find((e) => e.name === name)!.id;

  it('marks a name and its alias as the same entity', () => {
    const p = paragraphWith(model, '星火电子扩大产能');
    const texts = p.entities.map((m) => [p.text.slice(m.start, m.end), m.entity]);
    expect(texts).toContainEqual(['青川星火电子', id('青川星火电子')]);
    expect(texts).toContainEqual(['星火电子', id('青川星火电子')]);
  });

  it('does not read the city inside a longer name, nor inside an ignored phrase', () => {
    const p = paragraphWith(model, '青川软件园');
    const cityMentions = p.entities.filter((m) => m.entity === id('青川'));
    expect(cityMentions).toEqual([]);
    const q = paragraphWith(model, '青川经济圈');
    expect(q.entities.filter((m) => q.text.slice(m.start, m.end) === '青川' && q.text.startsWith('青川经济圈', m.start))).toEqual([]);
  });

  it('lets a department mention win an overlap: 数据局 inside 市数据局 is not an entity mention', () => {
    const p = paragraphWith(model, '由市数据局统筹');
    const at = p.text.indexOf('市数据局');
    expect(p.mentions.some((m) => m.start === at && m.end === at + 4)).toBe(true);
    expect(p.entities.filter((m) => m.end > at && m.start < at + 4)).toEqual([]);
    expect(model.entities.find((e) => e.name === '数据局')!.mentionCount).toBe(0);
  });

  it('locates entities in cities and keeps the text unchanged (fidelity holds)', () => {
    expect(model.entities.find((e) => e.name === '青川软件园')!.cities).toEqual([id('青川')]);
    for (const p of walkParagraphs(model)) for (const m of p.entities) expect(p.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    expect(model.stats.modelCharacters).toBe(model.stats.sourceCharacters);
  });

  it('counts mentions and blocks consistently', () => {
    const all = [...walkParagraphs(model)].flatMap((p) => p.entities);
    expect(model.stats.entityMentions).toBe(all.length);
    for (const e of model.entities) expect(e.mentionCount).toBe(all.filter((m) => m.entity === e.id).length);
  });
});

describe('a gazetteer entry the text never names', () => {
  it('stops the conversion with the gazetteer file and the name', () => {
    const g = gazetteer(fixturePath('named-plan.entities.json'));
    g.entities.push({ kind: 'enterprise', name: '不存在集团', fullName: null, aliases: [], cities: [] });
    let caught: unknown;
    try {
      convertPlan(fixtureBytes('named-plan.txt'), { file: 'named-plan.txt', gazetteer: g, gazetteerFile: 'named-plan.entities.json' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConvertError);
    expect((caught as ConvertError).file).toBe('named-plan.entities.json');
    expect((caught as ConvertError).message).toContain('不存在集团');
  });
  it('rejects a name used by two entries and a city that is not in the gazetteer', () => {
    expect(GazetteerSchema.safeParse({ entities: [{ kind: 'city', name: '青川' }, { kind: 'park', name: '白河园', aliases: ['青川'] }] }).success).toBe(false);
    expect(GazetteerSchema.safeParse({ entities: [{ kind: 'park', name: '白河园', cities: ['白河'] }] }).success).toBe(false);
  });
});

describe('the real plan’s gazetteer', () => {
  let g: ReturnType<typeof gazetteer>;
  beforeAll(() => {
    g = gazetteer(join(root, 'content/sources/liaoning-2015-24.entities.json'));
  });
  let model: PlanModel;
  beforeEach(() => {
    model = convertPlan(fixtureBytes('../../content/sources/liaoning-2015-24.txt'), { file: 'liaoning-2015-24.txt', gazetteer: g }).model;
  });
  it('maps 沈阳新松机器人 and 沈阳新松 to one entity, and 沈阳新松机器人 is not read as the city 沈阳', () => {
    const songs = model.entities.find((e) => e.name === '沈阳新松机器人')!;
    const sy = model.entities.find((e) => e.name === '沈阳')!;
    const p = paragraphWith(model, '依托沈阳新松机器人、沈阳自动化所');
    const at = p.text.indexOf('沈阳新松机器人');
    expect(p.entities.find((m) => m.start === at)).toEqual({ start: at, end: at + 7, entity: songs.id });
    expect(p.entities.some((m) => m.entity === sy.id && m.start >= at && m.start < at + 7)).toBe(false);
    const q = paragraphWith(model, '沈阳新松等重点企业');
    const at2 = q.text.indexOf('沈阳新松等');
    expect(q.entities.find((m) => m.start === at2)?.entity).toBe(songs.id);
  });
  it('does not read 沈阳经济区 as the city', () => {
    const p = paragraphWith(model, '沈阳经济区');
    const at = p.text.indexOf('沈阳经济区');
    expect(p.entities.some((m) => m.start === at)).toBe(false);
  });
  it('names every prefecture-level city the text names, and each of them is a city entity', () => {
    const cities = model.entities.filter((e) => e.kind === 'city').map((e) => e.name);
    for (const c of ['沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '辽阳', '盘锦', '铁岭', '朝阳', '葫芦岛']) expect(cities).toContain(c);
  });
});

describe('entity ids, blocks and nesting', () => {
  const g = (entities: unknown[], ignore: string[] = []) => GazetteerSchema.parse({ ignore, entities });
  it('gives two entries whose pinyin collide distinct ids (-2, -3 …), and keeps an id the gazetteer sets', async () => {
    const { entityNames } = await import('../../../src/lib/convert/entities.ts');
    // 市场 and 试场 are both shi-chang.
    const { ids, names } = entityNames(g([{ kind: 'park', name: '市场' }, { kind: 'park', name: '试场', aliases: ['试验场'] }, { kind: 'city', name: '石场' }, { kind: 'project', name: '某工程', id: 'mou' }]));
    expect([...ids]).toEqual([['市场', 'shi-chang'], ['试场', 'shi-chang-2'], ['石场', 'shi-chang-3'], ['某工程', 'mou']]);
    expect(names.get('试验场')).toBe('shi-chang-2');
  });

  it('lists each block naming an entity once, in document order, and the entries whose names contain another’s', () => {
    const model = named();
    const xh = model.entities.find((e) => e.name === '青川星火电子')!;
    // Named twice in p2-1-1-b1 (青川星火电子 and 星火电子): one block.
    expect(xh.blocks).toEqual(['p2-1-1-b1']);
    const qc = model.entities.find((e) => e.name === '青川')!;
    expect(qc.blocks).toEqual(['notice-b1', 'p3-2-b1', 'p3-3-b1']);
    // 青川 is inside 青川星火电子 and 青川软件园: they are listed as containing it; 白河光学所 contains 白河.
    expect(qc.within.sort()).toEqual([xh.id, model.entities.find((e) => e.name === '青川软件园')!.id].sort());
    expect(model.entities.find((e) => e.name === '白河')!.within).toEqual([model.entities.find((e) => e.name === '白河光学所')!.id]);
    expect(xh.within).toEqual([]);
    expect(model.entities.find((e) => e.name === '数据局')!.blocks).toEqual([]);
  });

  it('names the alias, not the entity, when an alias never occurs', () => {
    const gz = gazetteer(fixturePath('named-plan.entities.json'));
    gz.entities.find((e) => e.name === '白河光学所')!.aliases.push('白河所');
    expect(() => convertPlan(fixtureBytes('named-plan.txt'), { file: 'named-plan.txt', gazetteer: gz })).toThrow('alias “白河所” of “白河光学所” never occurs');
    // Without a gazetteer file name, the plan's own name is used.
    try {
      convertPlan(fixtureBytes('named-plan.txt'), { file: 'named-plan.txt', gazetteer: gz });
    } catch (e) {
      expect((e as ConvertError).file).toBe('named-plan.entities.json');
    }
  });

  it('accepts a name that occurs only inside a longer name (辽阳 in 辽阳高新区)', () => {
    const gz = gazetteer(fixturePath('named-plan.entities.json'));
    gz.entities.push({ kind: 'enterprise', name: '星火', fullName: null, aliases: [], cities: [] });
    const model = convertPlan(fixtureBytes('named-plan.txt'), { file: 'named-plan.txt', gazetteer: gz }).model;
    expect(model.entities.find((e) => e.name === '星火')!.mentionCount).toBe(0);
  });

  it('marks names in a clause heading that reads as a sentence', async () => {
    const { entityHosts } = await import('../../../src/lib/convert/entities.ts');
    const { model } = convertPlan(fixtureBytes('named-plan.txt'), { file: 'named-plan.txt' });
    const clause = model.parts[1].children[0].children[0].children[0];
    clause.heading.sentence = true;
    clause.heading.title = '支持白河光学所研发';
    const { hosts, commit } = entityHosts(model);
    expect(hosts.map((h) => h.id)).toContain(clause.id);
    const host = hosts.find((h) => h.id === clause.id)!;
    expect(host.departments).toEqual([]);
    host.entities = [{ start: 2, end: 7, entity: 'bh' }];
    commit();
    expect(clause.heading.entities).toEqual([{ start: 2, end: 7, entity: 'bh' }]);
    // Hosts are in document order: notice, preamble, then the body.
    expect(hosts.slice(0, 3).map((h) => h.id)).toEqual(['notice-b1', 'notice-b2', 'preamble-b1']);
  });
});

describe('findEntityMentions order and overlaps', () => {
  it('finds overlapping occurrences of one name only once each, and every occurrence otherwise', () => {
    expect(findEntityMentions('沈阳沈阳', new Map([['沈阳', 'sy']])).map((m) => m.start)).toEqual([0, 2]);
    expect(findEntityMentions('阿阿阿', new Map([['阿阿', 'a']])).map((m) => [m.start, m.end])).toEqual([[0, 2]]);
  });
  it('is independent of the gazetteer order for names of equal length', () => {
    const a = findEntityMentions('沈阳机床', new Map([['沈阳机', 'x'], ['阳机床', 'y']]));
    const b = findEntityMentions('沈阳机床', new Map([['阳机床', 'y'], ['沈阳机', 'x']]));
    expect(a).toEqual(b);
    expect(a).toHaveLength(1);
  });
  it('skips every occurrence of an ignored phrase', () => {
    expect(findEntityMentions('沈阳经济区和沈阳经济区', new Map([['沈阳', 'sy']]), ['沈阳经济区'])).toEqual([]);
  });
});
