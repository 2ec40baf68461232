/**
 * Sound-alike typo suggestions over the site's vocabulary (src/lib/search/pinyin.ts, vocabulary.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Reader, foldPinyin, foldSyllable, type Vocabulary } from '../../../src/lib/search/pinyin.ts';
import { buildVocabulary, commonCharacters, pinyinTable, repeatedWords } from '../../../src/lib/search/vocabulary.ts';
import { GLOSSARY, SYNONYMS } from '../../../src/lib/search/mapping-data.ts';
import { bundledModel } from '../../support/bundled-model.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let plan: PlanModel;
beforeAll(() => {
  plan = bundledModel();
});
let built: Vocabulary | null = null;
const vocab = () => (built ??= buildVocabulary([plan]));
const small = (words: string[]): Vocabulary => ({ v: 1, words, syn: {}, en: {}, py: { cai: '才材财', liao: '料', xin: '新心', gang: '钢港', tie: '铁贴', chuan: '船', bo: '舶泊', ren: '人忍', ji: '机', qi: '器', zhi: '质织', zi: '资', liang: '量' } });

describe('foldSyllable', () => {
  it('folds the sounds readers confuse', () => {
    expect(['zhi', 'chuan', 'shi', 'ling', 'neng', 'cai', 'lu'].map(foldSyllable)).toEqual(['zi', 'cuan', 'si', 'nin', 'nen', 'cai', 'nu']);
  });
});

describe('names spelled in pinyin', () => {
  it('folds what was typed: case, spaces, apostrophes, tone marks, ü', () => {
    expect(['Dalian', 'Da Lian', "xi'an", 'Shěnyáng', 'lǜ', 'lu:'].map(foldPinyin)).toEqual(['dalian', 'dalian', 'xian', 'shenyang', 'lv', 'lv']);
  });
  it('reads a spelling as the first vocabulary word spelled so, every reading of a character tried', () => {
    const r = new Reader(small(['新材料', '钢铁', '船舶', '机器人', '钢贴']));
    expect(r.fromPinyin('gangtie')).toBe('钢铁');
    expect(r.fromPinyin('Gang Tie')).toBe('钢铁');
    expect(r.fromPinyin('xincailiao')).toBe('新材料');
    expect(r.fromPinyin('jiqiren')).toBe('机器人');
    // Spelled, not misheard: no folded sounds; too short to be a name; not a word.
    expect(r.fromPinyin('cuanbo')).toBeNull();
    expect(r.fromPinyin('ji')).toBeNull();
    expect(r.fromPinyin('machine')).toBeNull();
  });
  it('finds the places, sectors and departments of the bundled plan from the vocabulary built from it', () => {
    const r = new Reader(vocab());
    expect(['Dalian', 'Shenyang', 'gangtie', 'Anshan', 'Panjin', 'shihua', 'zhoucheng', 'jiqiren'].map((w) => r.fromPinyin(w))).toEqual(['大连', '沈阳', '钢铁', '鞍山', '盘锦', '石化', '轴承', '机器人']);
  });
});

describe('Reader on a small vocabulary', () => {
  it('offers the word that sounds the same and shares a character', () => {
    const r = new Reader(small(['新材料', '钢铁', '船舶', '机器人']));
    expect(['新才料', '钢贴', '船泊', '机器忍'].map((w) => r.nearest(w))).toEqual(['新材料', '钢铁', '船舶', '机器人']);
  });
  it('never corrects a known word, a single character, Latin, or a word sharing no character', () => {
    const r = new Reader(small(['新材料', '钢铁', '才料']));
    expect(r.nearest('新材料')).toBeNull();
    expect(r.nearest('才料')).toBeNull();
    expect(r.nearest('钢')).toBeNull();
    expect(r.nearest('MES')).toBeNull();
    expect(r.nearest('心财料')).toBe('新材料');
    expect(new Reader(small(['钢铁'])).nearest('港贴')).toBeNull();
  });
  it('corrects the longest stretch of a run that sounds like a word', () => {
    const r = new Reader(small(['新材料', '钢铁']));
    expect(r.correct('新才料产业')).toEqual({ from: '新才料', to: '新材料', text: '新材料产业' });
    expect(r.correct('钢铁')).toBeNull();
    expect(r.correct('宇航')).toBeNull();
  });
  it('prefers the word sharing more characters, then the more frequent', () => {
    const r = new Reader({ v: 1, words: ['质量', '织量'], syn: {}, en: {}, py: { zhi: '质织', liang: '量', zi: '资' } });
    expect(r.nearest('资量')).toBe('质量');
  });
});

describe('the site vocabulary', () => {
  it('holds the names readers look for and the mapped terms', () => {
    const words = new Set(vocab().words);
    const names = [
      ...plan.sectorGroups.flatMap((g) => g.sectors.flatMap((s) => [s.title, ...s.keyTerms])),
      ...plan.tasks.map((t) => t.title), ...plan.measures.map((m) => m.title), ...plan.departments.map((d) => d.name),
      '沈阳新松机器人', '忠旺集团', '盘锦', ...Object.keys(SYNONYMS), ...Object.keys(GLOSSARY),
    ];
    expect(names.filter((n) => !words.has(n.replace(/\s+/g, '')))).toEqual([]);
  });
  it('has a reading for every character of every word', () => {
    const v = vocab();
    const chars = new Set(Object.values(v.py).join(''));
    expect(v.words.flatMap((w) => [...w]).filter((c) => !chars.has(c))).toEqual([]);
    expect(v.py.cai).toContain('才');
    expect(v.py.cai).toContain('材');
  });
  it('never corrects a word of the vocabulary', () => {
    const r = new Reader(vocab());
    expect(vocab().words.filter((w) => r.correct(w) !== null)).toEqual([]);
  });
  it('corrects homophone typos of the plan\'s words', () => {
    const r = new Reader(vocab());
    const typos: [string, string][] = [['新才料', '新材料'], ['钢贴', '钢铁'], ['船泊', '船舶'], ['轴成', '轴承'], ['光付', '光伏'], ['融姿', '融资'], ['两化容合', '两化融合'], ['数空机床', '数控机床'], ['产业连盟', '产业联盟'], ['技术改照', '技术改造']];
    expect(typos.map(([t]) => r.correct(t)?.text ?? null)).toEqual(typos.map(([, w]) => w));
  });
});

describe('vocabulary parts', () => {
  it('repeatedWords: Han runs of 2–4 characters printed at least three times, most frequent first (then code point order), no stop character at an edge', () => {
    expect(repeatedWords('质量品牌。质量品牌。质量品牌。质量。的质。的质。的质。')).toEqual(['质量', '品牌', '质量品', '质量品牌', '量品', '量品牌']);
  });
  it('commonCharacters: GB2312, 6 763 characters', () => {
    const cs = commonCharacters();
    expect(cs).toHaveLength(6763);
    expect(cs[0]).toBe('啊');
  });
  it('pinyinTable: every reading of a character', () => {
    const t = pinyinTable(['行', '才']);
    expect(t.xing).toBe('行');
    expect(t.hang).toBe('行');
    expect(t.cai).toBe('才');
  });
});
