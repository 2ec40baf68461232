/**
 * The data files of the words people type (src/lib/search/data/): every mapped term is one the
 * bundled plan prints, every everyday word is one it does not (a word it prints is found as typed),
 * and the English glossary covers every sector, task and measure of the plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../support/plans.ts';
import { GLOSSARY, SYNONYMS, mapper } from '../../../src/lib/search/mapping-data.ts';
import { Mapper } from '../../../src/lib/search/mapping.ts';
import { bundledModel } from '../../support/bundled-model.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

const synonymOf = (w: string) => mapper.synonymOf(w);
const mapEnglish = (t: string) => mapper.mapEnglish(t);

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let text: string;
beforeAll(() => {
  text = readFileSync(join(root, 'content', 'sources', 'liaoning-2015-24.txt'), 'utf8').replace(/\s+/g, '');
});
let plan: PlanModel;
beforeAll(() => {
  plan = bundledModel();
});

describe('synonyms.json', () => {
  it('maps to terms the plan prints, from words it does not print', () => {
    expect(Object.keys(SYNONYMS).filter((t) => !text.includes(t))).toEqual([]);
    expect(Object.values(SYNONYMS).flat().filter((w) => text.includes(w))).toEqual([]);
  });
  it('maps each word to one term, never to itself', () => {
    const words = Object.values(SYNONYMS).flat();
    expect(words.length).toBe(new Set(words).size);
    expect(Object.entries(SYNONYMS).filter(([t, ws]) => ws.includes(t))).toEqual([]);
  });
  it('is broad: everyday words for every sector of the plan', () => {
    const uncovered = plan.sectorGroups.flatMap((g) => g.sectors).filter((s) => !Object.keys(SYNONYMS).some((t) => t === s.title || s.keyTerms.includes(t) || s.title.includes(t)));
    expect(uncovered.map((s) => s.title)).toEqual([]);
    expect(Object.values(SYNONYMS).flat().length).toBeGreaterThan(200);
  });
  it('looks up the issue\'s examples', () => {
    expect(['炼油厂', '电动车', '制药', '船厂', '动车', '银行借款'].map(synonymOf)).toEqual(['石化', '汽车', '医药', '船舶', '轨道交通', '融资']);
    expect(synonymOf('船舶')).toBeNull();
  });
});

describe('glossary.json', () => {
  it('maps to terms the plan prints; phrases in lower case, each once', () => {
    expect(Object.keys(GLOSSARY).filter((t) => !text.includes(t))).toEqual([]);
    const phrases = Object.values(GLOSSARY).flat();
    expect(phrases.filter((p) => p !== p.toLowerCase() || p !== p.trim())).toEqual([]);
    expect(phrases.length).toBe(new Set(phrases).size);
  });
  it('covers every sector, sector group, task, measure and department of the plan', () => {
    const terms = Object.keys(GLOSSARY);
    const has = (title: string, keys: string[] = []) => terms.some((t) => t === title || keys.includes(t) || title.includes(t));
    const missing = [
      ...plan.sectorGroups.filter((g) => !has(g.title)).map((g) => g.title),
      ...plan.sectorGroups.flatMap((g) => g.sectors).filter((s) => !has(s.title, s.keyTerms)).map((s) => s.title),
      ...plan.tasks.filter((t) => !has(t.title)).map((t) => t.title),
      ...plan.measures.filter((m) => !has(m.title)).map((m) => m.title),
      ...plan.departments.filter((d) => !terms.includes(d.name)).map((d) => d.name),
    ];
    expect(missing).toEqual([]);
  });
});

describe('Mapper', () => {
  it('maps a word to the first term that lists it, case folded', () => {
    const m = new Mapper({ 甲: ['x', 'Y'], 乙: ['x'] }, { 丙: ['Big Thing'] });
    expect([m.synonymOf('x'), m.synonymOf('y'), m.synonymOf('z')]).toEqual(['甲', '甲', null]);
    expect(m.mapEnglish('big thing')).toEqual({ terms: ['丙'], rest: [] });
  });
});

describe('mapEnglish', () => {
  it('maps the longest phrase first, in order, and drops words that carry no topic', () => {
    expect(mapEnglish('machine tools')).toEqual({ terms: ['数控机床'], rest: [] });
    expect(mapEnglish('Smart Manufacturing')).toEqual({ terms: ['智能制造'], rest: [] });
    expect(mapEnglish('quality and brands')).toEqual({ terms: ['质量品牌'], rest: [] });
    expect(mapEnglish('the textile industry')).toEqual({ terms: ['纺织'], rest: [] });
    expect(mapEnglish('logistics software')).toEqual({ terms: ['物流', '软件'], rest: [] });
    expect(mapEnglish('new materials in shenyang')).toEqual({ terms: ['新材料'], rest: ['shenyang'] });
  });
  it('finds a singular or plural the glossary does not list', () => {
    expect(mapEnglish('bearing')?.terms).toEqual(['轴承']);
    expect(mapEnglish('robot')?.terms).toEqual(['机器人']);
    expect(mapEnglish('shipyards')?.terms).toEqual(['船舶']);
    expect(mapEnglish('subsidy')?.terms).toEqual(['政策支持']);
  });
  it('null when nothing maps', () => {
    expect(mapEnglish('astronauts')).toBeNull();
    expect(mapEnglish('the')).toBeNull();
  });
});
