import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { GazetteerSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { cityViews, entityHostsOf, occurrences, pagesNaming } from '../../../src/lib/site/views/entities.ts';
import { fixtureBytes, fixturePath } from '../../support/plans.ts';

const named = (): PlanModel => {
  const g = GazetteerSchema.parse(JSON.parse(readFileSync(fixturePath('named-plan.entities.json'), 'utf8')));
  return convertPlan(fixtureBytes('named-plan.txt'), { file: 'named-plan.txt', gazetteer: g }).model;
};
const idOf = (model: PlanModel, name: string) => model.entities.find((e) => e.name === name)!.id;

describe('occurrences: each mention with its sentence', () => {
  it('cuts the sentence at 。！？； around the name, keeping the end mark, and says where it lives', () => {
    const model = named();
    const qc = idOf(model, '青川');
    const list = occurrences(model).filter((o) => o.entity === qc);
    // Document order: the notice (only on 原文), then 三 (二) and 三 (三).
    expect(list.map((o) => [o.block, o.page?.id ?? null])).toEqual([
      ['notice-b1', null],
      ['p3-2-b1', 'p3-2'],
      ['p3-3-b1', 'p3-3'],
    ]);
    // In a paragraph of several sentences only the one naming the city is kept.
    expect(list[0]).toMatchObject({ before: '现将《', name: '青川' });
    expect(list[1]).toMatchObject({ before: '到 2022 年，数字服务出口占比达到 12.5% 左右，白河、', name: '青川', after: '两地各建成 2 个示范园区。' });
    expect(list[2]).toMatchObject({ before: '落实《', name: '青川', after: '市数字政府规划 2019》提出的 8 项任务，推进 i5 平台和 3G 网络升级。' });
  });

  it('names an alias as printed, attributed to its entity', () => {
    const model = named();
    const alias = occurrences(model).filter((o) => o.entity === idOf(model, '青川星火电子')).map((o) => o.name);
    expect(alias).toEqual(['青川星火电子', '星火电子']);
  });

  it('stops at the end of a paragraph without an end mark, and drops the space after the previous sentence', () => {
    const model = named();
    const p = model.parts[2].children[2].blocks[0];
    if (p.type !== 'paragraph') throw new Error('expected a paragraph');
    // 简化审批流程，推行一网通办。落实《青川… → a space after 。 and no final 。.
    const cut = p.text.indexOf('落实');
    p.text = `${p.text.slice(0, cut)} ${p.text.slice(cut, -1)}`;
    p.entities = p.entities.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 }));
    const o = occurrences(model).find((x) => x.block === p.id)!;
    expect([o.before, o.name, o.after]).toEqual(['落实《', '青川', '市数字政府规划 2019》提出的 8 项任务，推进 i5 平台和 3G 网络升级']);
  });

  it('reads a clause heading that is a sentence of its own as a host, on its sector’s page', () => {
    const model = named();
    const clause = model.parts[1].children[0].children[0].children[0];
    clause.heading.sentence = true;
    clause.heading.entities = [{ start: 0, end: 2, entity: 'x' }];
    const host = entityHostsOf(model).find((h) => h.id === clause.id)!;
    expect(host.text).toBe(clause.heading.title);
    expect(host.page?.id).toBe('p2-1-1');
    clause.heading.sentence = false;
    expect(entityHostsOf(model).some((h) => h.id === clause.id)).toBe(false);
  });
});

describe('entity hosts of older models and other blocks', () => {
  it('reads a paragraph or heading without entity mentions as naming nothing, and department lines not at all', () => {
    const model = named();
    delete (model.meta.noticeBody[0] as { entities?: unknown }).entities;
    const p = model.parts[2].children[1].blocks[0];
    delete (p as { entities?: unknown }).entities;
    const clause = model.parts[1].children[0].children[0].children[0];
    clause.heading.sentence = true;
    delete (clause.heading as { entities?: unknown }).entities;
    const list = occurrences(model);
    expect(list.some((o) => [model.meta.noticeBody[0].id, p.id, clause.id].includes(o.block))).toBe(false);
    expect(list.length).toBeGreaterThan(0);
    expect(entityHostsOf(model).map((h) => h.id)).not.toContain('p3-1-dept');
  });
});

describe('pagesNaming', () => {
  it('lists each page of the asked kind once, in page order', () => {
    const model = named();
    const ids = [idOf(model, '青川'), idOf(model, '白河')];
    expect(pagesNaming(model, ids, 'task').map((p) => p.id)).toEqual(['p3-2', 'p3-3']);
    expect(pagesNaming(model, [idOf(model, '青川星火电子')], 'sector').map((p) => p.id)).toEqual(['p2-1-1']);
    // The notice names 青川 but has no page; 三 has no sector.
    expect(pagesNaming(model, ids, 'sector')).toEqual([]);
    expect(pagesNaming(model, [idOf(model, '数据局')], 'task')).toEqual([]);
  });
});

describe('cityViews', () => {
  it('puts with each city what the gazetteer places there and counts both kinds of mention', () => {
    const model = named();
    expect(cityViews(model).map((c) => [c.city.name, c.located.map((e) => e.name), c.direct, c.viaLocated])).toEqual([
      ['青川', ['青川星火电子', '青川软件园'], 3, 3],
      ['白河', ['白河光学所'], 1, 1],
    ]);
  });

  it('ranks by all mentions, then by gazetteer order', () => {
    const model = named();
    const set = (name: string, n: number) => (model.entities.find((e) => e.name === name)!.mentionCount = n);
    set('白河', 9);
    expect(cityViews(model).map((c) => c.city.name)).toEqual(['白河', '青川']);
    // What the gazetteer places in a city counts as much as the city's own name.
    set('白河', 0);
    set('白河光学所', 7);
    expect(cityViews(model).map((c) => [c.city.name, c.direct, c.viaLocated])).toEqual([['白河', 0, 7], ['青川', 3, 3]]);
    set('白河光学所', 1);
    // 白河 4 + 1 = 青川 3 + 2: a tie keeps the gazetteer order.
    set('白河', 4);
    set('青川星火电子', 1);
    set('青川软件园', 1);
    expect(cityViews(model).map((c) => [c.city.name, c.direct + c.viaLocated])).toEqual([['青川', 5], ['白河', 5]]);
    model.entities.reverse();
    expect(cityViews(model).map((c) => c.city.name)).toEqual(['白河', '青川']);
  });
});
