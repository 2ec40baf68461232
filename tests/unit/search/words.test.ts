import { describe, expect, it } from 'vitest';
import { cutKnown, fewerWords, isStopWord } from '../../../src/lib/search/words.ts';

const known = (words: string[]) => (s: string) => words.includes(s);

describe('cutKnown', () => {
  it('cuts a run into known words, longest first from the left', () => {
    expect(cutKnown('机器人产业发展', known(['机器', '机器人', '产业', '发展', '产业发展']))).toEqual([{ text: '机器人', known: true }, { text: '产业发展', known: true }]);
    expect(cutKnown('质量品牌', known(['质量', '品牌']))).toEqual([{ text: '质量', known: true }, { text: '品牌', known: true }]);
  });
  it('gathers characters that start no known word into unknown pieces, and drops stop words', () => {
    expect(cutKnown('新才料产业', known(['产业']))).toEqual([{ text: '新才料', known: false }, { text: '产业', known: true }]);
    expect(cutKnown('质量的问题', known(['质量', '问题']))).toEqual([{ text: '质量', known: true }]);
    expect(cutKnown('甲', known([]))).toEqual([{ text: '甲', known: false }]);
  });
  it('never takes a one-character word as known', () => {
    expect(cutKnown('钢贴', known(['钢']))).toEqual([{ text: '钢贴', known: false }]);
  });
});

describe('fewerWords', () => {
  it('most words first, in the reader\'s order, down to one', () => {
    expect([...fewerWords(['a', 'b', 'c'])]).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c'], ['a'], ['b'], ['c']]);
    expect([...fewerWords(['a'])]).toEqual([]);
  });
  it('combines at most six words', () => {
    const sets = [...fewerWords(['1', '2', '3', '4', '5', '6', '7', '8'])];
    expect(sets.every((s) => !s.includes('7') && !s.includes('8'))).toBe(true);
    expect(sets).toHaveLength(62);
  });
});

describe('stop words', () => {
  it('are words without a topic', () => {
    expect(['的', '问题', '工作', '如何'].every(isStopWord)).toBe(true);
    expect(['质量', '发展'].some(isStopWord)).toBe(false);
  });
});
