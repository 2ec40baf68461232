/**
 * The site's vocabulary for typo suggestions (pinyin.ts), built at build time into
 * /search-vocab.json: the names readers look for (sectors and their key terms, tasks, measures,
 * departments, enterprises, cities, parks, projects), the terms of the synonym file and
 * the English glossary, and the words the plan's text repeats (runs of 2–4 characters printed at
 * least three times), most frequent first; with a pinyin table of the common characters (GB2312)
 * and of every character of the vocabulary. Build only: it imports pinyin-pro.
 */
import { pinyin } from 'pinyin-pro';
import type { PlanModel } from '../model/schema.ts';
import { GLOSSARY, SYNONYMS } from './mapping-data.ts';
import { isStopWord } from './words.ts';
import type { PinyinTable, Vocabulary } from './pinyin.ts';
import { withoutWhitespace } from '../model/normalise.ts';

/** Characters that rarely start or end a word: an n-gram with one at its edge is not a word. */
const EDGE = new Set([...'的和与及等是在对把被将从向为于有要也还都了其并以之中上下个一不各further'.replace(/[a-z]/g, '')]);
const HAN = /^\p{Script=Han}+$/u;

/** Words repeated in a text: Han runs of 2–4 characters printed at least `min` times, most frequent first. */
export function repeatedWords(text: string, min = 3): string[] {
  const counts = new Map<string, number>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const cs = [...run];
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= cs.length; i++) {
        if (EDGE.has(cs[i]) || EDGE.has(cs[i + n - 1])) continue;
        const w = cs.slice(i, i + n).join('');
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return [...counts].filter(([w, c]) => c >= min && !isStopWord(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
}

/** The names of a plan readers look for. */
export function planNames(model: PlanModel): string[] {
  const sectors = model.sectorGroups.flatMap((g) => [g.title, ...g.sectors.flatMap((s) => [s.title, ...s.keyTerms])]);
  const entities = model.entities.flatMap((e) => [e.name, e.fullName ?? '', ...(e.aliases ?? [])]);
  const depts = model.departments.flatMap((d) => [d.name, d.name.replace(/^[省市县]/, '')]);
  return [...sectors, ...model.tasks.map((t) => t.title), ...model.measures.map((m) => m.title), ...depts, ...entities];
}

/** All text of a plan, for the repeated words. */
function planText(model: PlanModel): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(model.parts);
  return out.join('\n');
}

/** Common characters: GB2312 levels 1 and 2 (6 763 characters). */
export function commonCharacters(): string[] {
  const dec = new TextDecoder('gb18030');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const ch = dec.decode(new Uint8Array([hi, lo]));
    if (HAN.test(ch)) out.push(ch);
  }
  return out;
}

/** syllable → characters, every reading of each character (tone-less, ü as v). */
export function pinyinTable(chars: Iterable<string>): PinyinTable {
  const table: Record<string, string> = {};
  for (const ch of new Set(chars)) {
    if (!HAN.test(ch)) continue;
    const readings = pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true }) as string[];
    for (const r of new Set(readings.filter((x) => /^[a-z]+$/.test(x)))) table[r] = (table[r] ?? '') + ch;
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function buildVocabulary(models: PlanModel[]): Vocabulary {
  const named = [...models.flatMap(planNames), ...Object.keys(SYNONYMS), ...Object.keys(GLOSSARY)];
  const repeated = models.flatMap((m) => repeatedWords(planText(m)));
  const words = [...new Set([...named, ...repeated].map(withoutWhitespace).filter((w) => HAN.test(w) && [...w].length >= 2 && [...w].length <= 12))];
  return { v: 1, words, py: pinyinTable([...commonCharacters(), ...words.flatMap((w) => [...w])]), syn: SYNONYMS, en: GLOSSARY };
}
