import { describe, expect, it } from 'vitest';
import { groupsEntities, matchingTopics, orderHits } from '../../../src/lib/search/ranking.ts';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('reading order of results', () => {
  // Pagefind's order for 钢铁 today: a project stub first, then the sector, a task, the group, an
  // indicator, 原文 and the entity index.
  const hits = [{ id: 'project' }, { id: 'sector' }, { id: 'task' }, { id: 'group' }, { id: 'indicator' }, { id: 'plan' }, { id: 'entities' }];
  const tiers = { topic: new Set(['sector']), first: new Set(['sector', 'task', 'group']), last: new Set(['plan']), entity: new Set(['project', 'entities']) };

  it('puts the topic page first, then sector, task and measure pages, then the rest, 原文 last; entities apart', () => {
    const { main, entities } = orderHits(hits, tiers);
    expect(ids(main)).toEqual(['sector', 'task', 'group', 'indicator', 'plan']);
    expect(ids(entities)).toEqual(['project', 'entities']);
  });
  it('keeps each tier in its given order', () => {
    const { main } = orderHits([...hits].reverse(), { ...tiers, topic: new Set() });
    expect(ids(main)).toEqual(['group', 'task', 'sector', 'indicator', 'plan']);
  });
  it('lists entities among the results when they are not grouped (the reader asked for 名录)', () => {
    const { main, entities } = orderHits(hits, tiers, false);
    expect(ids(main)).toEqual(['sector', 'task', 'group', 'project', 'indicator', 'entities', 'plan']);
    expect(entities).toEqual([]);
    expect(groupsEntities(undefined)).toBe(true);
    expect(groupsEntities(['行业', '任务'])).toBe(true);
    expect(groupsEntities(['任务', '名录'])).toBe(false);
  });
});

describe('topic values matching a query', () => {
  const values = ['冶金工业', '冶金', '钢铁', '有色金属', '高档数控机床', '数控机床', '沈阳新松机器人', '沈阳新松', '智能机器人', 'MES'];
  it('keeps the values that hold a query word, case and spaces ignored', () => {
    expect(matchingTopics(values, ['钢铁'])).toEqual(['钢铁']);
    expect(matchingTopics(values, ['机床'])).toEqual(['高档数控机床', '数控机床']);
    expect(matchingTopics(values, ['新松'])).toEqual(['沈阳新松机器人', '沈阳新松']);
    expect(matchingTopics(values, ['盘锦', '机器人'])).toEqual(['沈阳新松机器人', '智能机器人']);
    expect(matchingTopics(values, ['mes'])).toEqual(['MES']);
    expect(matchingTopics(values, ['轴承'])).toEqual([]);
    expect(matchingTopics(values, [' '])).toEqual([]);
  });
});
