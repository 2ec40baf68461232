import { describe, expect, it } from 'vitest';
import { editDistance, nearestPaths, normalisePath, wordOfPath, wordsForPinyin } from '../../../src/lib/site/views/suggest.ts';

const pages = ['/p/', '/p/tasks/', '/p/tasks/p3-3/', '/p/tasks/p3-4/', '/p/sectors/p2-1-3/', '/p/plan/'];

describe('normalisePath', () => {
  it('drops query and anchor, lowers case, adds the trailing slash and decodes', () => {
    expect(normalisePath('/P/Tasks/p3-3?x=1#a')).toBe('/p/tasks/p3-3/');
    expect(normalisePath('p/plan/index.html')).toBe('/p/plan/');
    expect(normalisePath('//p//tasks')).toBe('/p/tasks/');
    expect(normalisePath('/p/%E4%BB%BB')).toBe('/p/任/');
    expect(normalisePath('/p/%E4')).toBe('/p/%e4/');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('task', 'tasks')).toBe(1);
    expect(editDistance('p3-33', 'p3-3')).toBe(1);
    expect(editDistance('abc', 'xbz')).toBe(2);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('nearestPaths', () => {
  it('finds the page meant by a mistyped task address, nearest first', () => {
    expect(nearestPaths('/p/tasks/p3-33/', pages)).toEqual(['/p/tasks/p3-3/', '/p/tasks/p3-4/']);
    expect(nearestPaths('/p/task/p3-4', pages)[0]).toBe('/p/tasks/p3-4/');
  });
  it('suggests nothing far away, never the requested path itself, and at most n', () => {
    expect(nearestPaths('/zzzzzzzzzzzzzzzzzzzz/', pages)).toEqual([]);
    expect(nearestPaths('/p/plan/', pages)).not.toContain('/p/plan/');
    expect(nearestPaths('/p/tasks/p3-5/', pages, 1)).toEqual(['/p/tasks/p3-3/']);
  });
});

describe('wordOfPath', () => {
  it('reads a one-segment address of letters or Chinese as a word', () => {
    expect(wordOfPath('/guangfu')).toEqual({ latin: 'guangfu' });
    expect(wordOfPath('/GuangFu/')).toEqual({ latin: 'guangfu' });
    expect(wordOfPath('/%E5%85%89%E4%BC%8F')).toEqual({ han: '光伏' });
    expect(wordOfPath('/robot.html')).toEqual({ latin: 'robot' });
  });
  it('is null for a page address, a single letter, digits or several segments', () => {
    expect(wordOfPath('/p/tasks/p3-33/')).toBeNull();
    expect(wordOfPath('/liaoning-2015-24/')).toBeNull();
    expect(wordOfPath('/x')).toBeNull();
    expect(wordOfPath('/')).toBeNull();
    expect(wordOfPath('/p/光伏/')).toBeNull();
  });
});

describe('wordsForPinyin', () => {
  const vocab = { words: ['光伏', '广府', '钢铁', '光伏产业', '港'], py: { guang: '光广', fu: '伏府', gang: '钢港', tie: '铁', chan: '产', ye: '业' } };
  it('finds the vocabulary words read as the letters, most frequent first', () => {
    expect(wordsForPinyin('guangfu', vocab)).toEqual(['光伏', '广府']);
    expect(wordsForPinyin('guangfu', vocab, 1)).toEqual(['光伏']);
    expect(wordsForPinyin('gangtie', vocab)).toEqual(['钢铁']);
    expect(wordsForPinyin('guangfuchanye', vocab)).toEqual(['光伏产业']);
  });
  it('reads the whole run and nothing more, and finds nothing for letters that are no reading', () => {
    expect(wordsForPinyin('guangf', vocab)).toEqual([]);
    expect(wordsForPinyin('guangfux', vocab)).toEqual([]);
    expect(wordsForPinyin('robot', vocab)).toEqual([]);
  });
});
