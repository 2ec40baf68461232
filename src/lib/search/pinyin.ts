/**
 * Homophone typos (新才料 for 新材料, 钢贴 for 钢铁, 船泊 for 船舶), the most common Chinese typing
 * error: a word that finds nothing is compared by pinyin with the site's vocabulary and the nearest
 * word is offered. Pure; the browser fetches the table and vocabulary (/search-vocab.json, built by
 * vocabulary.ts) only when a query finds nothing.
 *
 * Rules:
 *   - a known word (in the vocabulary) is never corrected;
 *   - a candidate has the same number of characters, and at each position a reading of the typed
 *     character equals a reading of the candidate's, tones ignored and the sounds readers confuse
 *     folded together (zh/z, ch/c, sh/s, l/n, -ng/-n);
 *   - it shares at least one character with what was typed (a typo keeps most of the word);
 *   - the candidate sharing most characters wins, then the more frequent word, then the first.
 */

/** syllable (tone-less, ü as v) → the characters read so, as one string. */
export type PinyinTable = Record<string, string>;

export interface Vocabulary {
  v: 1;
  /** Words of the site, most frequent first. */
  words: string[];
  py: PinyinTable;
  /** The synonym file and the English glossary (mapping.ts), travelling with the vocabulary. */
  syn: Record<string, string[]>;
  en: Record<string, string[]>;
}

/** Folds the sounds readers confuse: zh/z, ch/c, sh/s, l/n, -ng/-n. */
export function foldSyllable(s: string): string {
  return s.replace(/^([zcs])h/, '$1').replace(/^l/, 'n').replace(/ng$/, 'n');
}

/** Spellings tried for one word at most (a word of many polyphonic characters has many). */
const MAX_SPELLINGS = 16;

/** Pinyin as typed, ready to compare: lower case, no spaces, apostrophes or tones; ü (or u:) as v. */
export const foldPinyin = (s: string) => s.normalize('NFD').replace(/u\u0308|u:/giu, 'v').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[\s'’-]+/gu, '');

export class Reader {
  private readonly readings = new Map<string, Set<string>>();
  private readonly raw = new Map<string, string[]>();
  private spelled: Map<string, string> | null = null;
  private readonly words: string[];
  private readonly byLength = new Map<number, { word: string; rank: number; keys: Set<string>[] }[]>();
  private readonly known: Set<string>;

  constructor(vocab: Vocabulary) {
    for (const [syl, chars] of Object.entries(vocab.py)) {
      for (const ch of chars) {
        const set = this.readings.get(ch) ?? new Set<string>();
        set.add(foldSyllable(syl));
        this.readings.set(ch, set);
        this.raw.set(ch, [...(this.raw.get(ch) ?? []), syl]);
      }
    }
    this.known = new Set(vocab.words);
    this.words = vocab.words;
    vocab.words.forEach((word, rank) => {
      const keys = this.keys(word);
      if (!keys) return;
      const list = this.byLength.get(keys.length) ?? [];
      list.push({ word, rank, keys });
      this.byLength.set(keys.length, list);
    });
  }

  /** The folded readings of each character; null when a character has none (Latin, digits). */
  keys(word: string): Set<string>[] | null {
    const out: Set<string>[] = [];
    for (const ch of word) {
      const r = this.readings.get(ch);
      if (!r) return null;
      out.push(r);
    }
    return out;
  }

  isKnown(word: string): boolean {
    return this.known.has(word);
  }

  /** The vocabulary word that sounds like `word` (see the rules above), or null. */
  nearest(word: string): string | null {
    if (this.known.has(word)) return null;
    const chars = [...word];
    if (chars.length < 2) return null;
    const keys = this.keys(word);
    if (!keys) return null;
    let best: { word: string; same: number; rank: number } | null = null;
    for (const c of this.byLength.get(chars.length) ?? []) {
      if (!c.keys.every((k, i) => [...k].some((s) => keys[i].has(s)))) continue;
      const cc = [...c.word];
      const same = cc.filter((ch, i) => ch === chars[i]).length;
      if (same === 0 || same === chars.length) continue;
      if (!best || same > best.same || (same === best.same && c.rank < best.rank)) best = { word: c.word, same, rank: c.rank };
    }
    return best?.word ?? null;
  }

  /**
   * The vocabulary word spelled by a pinyin name (Dalian → 大连, gangtie → 钢铁, Shenyang → 沈阳):
   * tones, spaces and case ignored, no sounds folded (a name is spelled, not misheard). Several
   * words spelled alike: the first of the vocabulary (the plan's names come first). Null for fewer
   * than two syllables' worth of letters or no such word.
   */
  fromPinyin(typed: string): string | null {
    const key = foldPinyin(typed);
    if (!/^[a-z]{4,}$/.test(key)) return null;
    if (!this.spelled) {
      this.spelled = new Map();
      for (const word of this.words) {
        let spellings = [''];
        for (const ch of word) {
          const r = this.raw.get(ch);
          if (!r) {
            spellings = [];
            break;
          }
          spellings = spellings.flatMap((p) => r.map((x) => p + x)).slice(0, MAX_SPELLINGS);
        }
        for (const sp of spellings) if (!this.spelled.has(sp)) this.spelled.set(sp, word);
      }
    }
    return this.spelled.get(key) ?? null;
  }

  /**
   * Corrects the first stretch of a run that sounds like a vocabulary word, longest stretch first
   * (新才料产业 → 新材料产业). Null when no stretch of two or more characters has a sound-alike.
   */
  correct(run: string): { from: string; to: string; text: string } | null {
    if (this.known.has(run)) return null;
    const chars = [...run];
    for (let n = chars.length; n >= 2; n--) {
      for (let i = 0; i + n <= chars.length; i++) {
        const piece = chars.slice(i, i + n).join('');
        const hit = this.nearest(piece);
        if (hit) return { from: piece, to: hit, text: [...chars.slice(0, i), hit, ...chars.slice(i + n)].join('') };
      }
    }
    return null;
  }
}
