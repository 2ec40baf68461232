import { beforeAll, describe, expect, it } from 'vitest';
import { describeAttempt, rewrites, type Lexicon } from '../../../src/lib/search/rewrite.ts';
import { mapper } from '../../../src/lib/search/mapping-data.ts';

/** A lexicon of a few words; typos are given as a table (the pinyin reader has tests of its own). */
const lexicon = (words: string[], typos: Record<string, string> = {}): Lexicon => ({
  synonymOf: (w) => mapper.synonymOf(w),
  mapEnglish: (t) => mapper.mapEnglish(t),
  isKnown: (w) => words.includes(w),
  fromPinyin: (t) => ({ dalian: '大连', gangtie: '钢铁', shenyang: '沈阳' } as Record<string, string>)[t.toLowerCase().replace(/\s+/g, '')] ?? null,
  correct: (run) => {
    for (const [from, to] of Object.entries(typos)) if (run.includes(from)) return { from, to, text: run.replace(from, to) };
    return null;
  },
});
// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let lex: ReturnType<typeof lexicon>;
beforeAll(() => {
  lex = lexicon(['机器人', '产业', '发展', '新材料', '钢铁', '产量', '盘锦'], { 新才料: '新材料', 钢贴: '钢铁' });
});

describe('rewrites', () => {
  it('maps an everyday word, said as a synonym', () => {
    expect(rewrites('船厂', lex)[0]).toEqual({ query: '船舶', notes: [{ kind: 'synonym', from: '船厂', to: '船舶' }] });
  });
  it('maps English words taken together, keeping what does not map', () => {
    expect(rewrites('machine tools', lex)[0]).toEqual({ query: '数控机床', notes: [{ kind: 'english', from: 'machine tools', to: '数控机床' }] });
    expect(rewrites('textile 盘锦', lex)[0].query).toBe('纺织 盘锦');
  });
  it('reads a name spelled in pinyin as the word, after English, word by word when the run is no name', () => {
    expect(rewrites('Dalian', lex)[0]).toEqual({ query: '大连', notes: [{ kind: 'pinyin', from: 'Dalian', to: '大连' }] });
    expect(rewrites('da lian', lex)[0]).toEqual({ query: '大连', notes: [{ kind: 'pinyin', from: 'da lian', to: '大连' }] });
    expect(rewrites('Shenyang gangtie', lex)[0]).toEqual({ query: '沈阳 钢铁', notes: [{ kind: 'pinyin', from: 'Shenyang', to: '沈阳' }, { kind: 'pinyin', from: 'gangtie', to: '钢铁' }] });
    // English first: a glossary phrase is never read as pinyin.
    expect(rewrites('machine tools', lex)[0].notes.map((n) => n.kind)).toEqual(['english']);
    expect(rewrites('Dalian', lex)[0].query).not.toBe('Dalian');
    expect(describeAttempt('Dalian', rewrites('Dalian', lex)[0])).toBe('没有找到“Dalian”的结果。已按“大连”搜索（“Dalian”即“大连”）。');
  });
  it('corrects a sound-alike typo, alone or inside a run', () => {
    expect(rewrites('新才料', lex)[0]).toEqual({ query: '新材料', notes: [{ kind: 'typo', from: '新才料', to: '新材料' }] });
    expect(rewrites('新才料产业', lex)[0].query).toBe('新材料 产业');
    expect(rewrites('钢贴 产量', lex)[0].query).toBe('钢铁 产量');
  });
  it('cuts a run into known words, then tries fewer words, most first', () => {
    const a = rewrites('机器人产业发展', lex);
    expect(a.map((x) => x.query)).toEqual(['机器人 产业 发展', '机器人 产业', '机器人 发展', '产业 发展', '机器人', '产业', '发展']);
    expect(a[0].notes).toEqual([{ kind: 'split', from: '机器人产业发展', to: '机器人 产业 发展' }]);
    expect(a[4].notes.at(-1)).toEqual({ kind: 'fewer', from: '机器人 产业 发展', to: '机器人' });
  });
  it('maps an everyday word inside a run', () => {
    expect(rewrites('电动车产业', lex)[0].query).toBe('汽车 产业');
  });
  it('offers nothing for a word it cannot read, and never the query as typed', () => {
    expect(rewrites('宇航员', lex)).toEqual([]);
    expect(rewrites('盘锦', lex)).toEqual([]);
  });
});

describe('describeAttempt', () => {
  it('asks about a typo, names a mapping, says which words were left out', () => {
    expect(describeAttempt('新才料', rewrites('新才料', lex)[0])).toBe('您是不是要找“新材料”？已按“新材料”搜索。');
    expect(describeAttempt('船厂', rewrites('船厂', lex)[0])).toBe('没有找到“船厂”的结果。已按“船舶”搜索（“船厂”即“船舶”）。');
    expect(describeAttempt('机器人产业发展', rewrites('机器人产业发展', lex)[4])).toBe('没有找到“机器人产业发展”的结果。已按“机器人”搜索，结果不含“产业”“发展”。');
  });
});
