import { describe, expect, it } from 'vitest';
import { fnv1a, pagesPattern, parseShard, selection, shardOf } from '../../../src/lib/build/shards.ts';
import { checkShards } from '../../../scripts/build-merge.ts';

describe('shard assignment', () => {
  it('hashes ids with FNV-1a (32 bits), as its published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('puts a plan in a shard from its id and N alone, 1 … N', () => {
    expect(shardOf('foobar', 4)).toBe((0xbf9cf968 % 4) + 1);
    const ids = Array.from({ length: 400 }, (_, i) => `plan-${i}`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) counts[shardOf(id, 4) - 1]++;
    // Roughly even: no shard with less than half or more than twice its share.
    for (const c of counts) expect(c).toBeGreaterThan(50);
    for (const c of counts) expect(c).toBeLessThan(200);
  });

  it('reads K/N and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ k: 2, n: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ k: 1, n: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/4', '1/4/2']) expect(() => parseShard(bad), bad).toThrow(/--shard/);
  });
});

describe('what a build renders', () => {
  const ids = () => ['a', 'foobar', 'c'];
  it('renders everything by default', () => {
    expect(selection('all', { plans: null, shard: null, ids })).toEqual({ library: true, plans: null });
  });
  it('renders a shard\'s plans and no library page', () => {
    const s = selection('plans', { plans: null, shard: { k: shardOf('foobar', 2), n: 2 }, ids });
    expect(s.library).toBe(false);
    expect([...s.plans!].sort()).toEqual(ids().filter((id) => shardOf(id, 2) === shardOf('foobar', 2)).sort());
    expect(s.plans!.has('foobar')).toBe(true);
  });
  it('renders the listed plans, or the library pages alone', () => {
    expect(selection('plans', { plans: ['c'], shard: null, ids })).toEqual({ library: false, plans: new Set(['c']) });
    expect(selection('library', { plans: null, shard: null, ids })).toEqual({ library: true, plans: new Set() });
  });
  it('loads only the selected plans\' pages', () => {
    expect(pagesPattern({ library: true, plans: null })).toBe('*/*/*.mdx');
    expect(pagesPattern({ library: false, plans: new Set(['b', 'a']) })).toBe('{a,b}/*/*.mdx');
    expect(pagesPattern({ library: false, plans: new Set(['a']) })).toBe('a/*/*.mdx');
    expect(pagesPattern({ library: true, plans: new Set() })).not.toMatch(/^\*|^\{/);
  });
});

describe('the merge', () => {
  const shard = (k: number, n: number, plans: string[]) => ({ dir: `dist-shards/${k}`, record: { shard: `${k}/${n}`, plans } });
  it('accepts shards 1 … N that hold every plan once', () => {
    expect(checkShards([shard(1, 2, ['a']), shard(2, 2, ['b', 'c'])], ['a', 'b', 'c'])).toEqual([]);
  });
  it('names a missing shard, a plan in no shard or in two, and shards of another run', () => {
    expect(checkShards([shard(1, 2, ['a'])], ['a'])).toEqual(['shard 2/2 is missing']);
    expect(checkShards([shard(1, 1, ['a'])], ['a', 'b'])).toEqual(['plan b is in no shard (converted after the shards were built?)']);
    expect(checkShards([shard(1, 2, ['a']), shard(2, 2, ['a'])], ['a'])).toEqual(['plan a is in two shards (dist-shards/1 and dist-shards/2)']);
    expect(checkShards([shard(1, 2, ['a']), shard(2, 3, [])], ['a'])[0]).toMatch(/^shards of different counts: 2, 3/);
    expect(checkShards([], [])[0]).toMatch(/^no shard outputs/);
    expect(checkShards([{ dir: 'dist-shards/1', record: null }], [])[0]).toMatch(/not a shard's output/);
  });
});
