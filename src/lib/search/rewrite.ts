/**
 * What to search for when a query finds nothing: the words people type mapped to the plan's words.
 * Pure: it lists the attempts in order; the search runs them until one finds something
 * (src/browser/search/resolve.ts) and shows the reader what was changed, with one click to undo.
 *
 * For each word the reader typed (words separated by spaces; English words taken together):
 *   english  an English phrase of the glossary → the plan's term (machine tools → 数控机床);
 *   pinyin   a name spelled in pinyin → the vocabulary word so read (Dalian → 大连, gangtie → 钢铁);
 *   synonym  an everyday word of the synonym file → the plan's term (船厂 → 船舶);
 *   split    a run the plan prints apart → its known words (机器人产业发展 → 机器人 产业 发展),
 *            each of them mapped as above;
 *   typo     a stretch no known word starts that sounds like a known word → that word (新才料 → 新材料).
 * The first attempt holds every word so mapped; then fewer of them (fewer), most first.
 */
import { cutKnown, fewerWords } from './words.ts';

export type NoteKind = 'english' | 'pinyin' | 'synonym' | 'split' | 'typo' | 'fewer';
export interface Note {
  kind: NoteKind;
  from: string;
  to: string;
}
export interface Attempt {
  query: string;
  notes: Note[];
}

/** What the vocabulary knows: known words, sound-alike corrections, synonyms and English. */
export interface Lexicon {
  isKnown(word: string): boolean;
  correct(run: string): { from: string; to: string; text: string } | null;
  synonymOf(word: string): string | null;
  mapEnglish(text: string): { terms: string[]; rest: string[] } | null;
  /** The word a pinyin spelling reads as (pinyin.ts Reader.fromPinyin). */
  fromPinyin(text: string): string | null;
}

/** Latin words that English did not map: each run of them, or each word, read as pinyin. */
function mapPinyin(words: string[], lex: Lexicon, notes: Note[]): string[] {
  const whole = lex.fromPinyin(words.join(''));
  if (whole) {
    notes.push({ kind: 'pinyin', from: words.join(' '), to: whole });
    return [whole];
  }
  return words.map((w) => {
    const hit = lex.fromPinyin(w);
    if (hit) notes.push({ kind: 'pinyin', from: w, to: hit });
    return hit ?? w;
  });
}

const LATIN = /^[A-Za-z][A-Za-z0-9&+.\-]*$/;

function mapHan(chunk: string, lex: Lexicon, notes: Note[]): string[] {
  const syn = lex.synonymOf(chunk);
  if (syn) {
    notes.push({ kind: 'synonym', from: chunk, to: syn });
    return [syn];
  }
  if (lex.isKnown(chunk)) return [chunk];
  const pieces = cutKnown(chunk, (s) => lex.isKnown(s) || lex.synonymOf(s) !== null);
  const out: string[] = [];
  for (const p of pieces) {
    const s = p.known ? lex.synonymOf(p.text) : null;
    if (s) {
      notes.push({ kind: 'synonym', from: p.text, to: s });
      out.push(s);
    } else if (p.known) {
      out.push(p.text);
    } else {
      const c = lex.correct(p.text);
      if (c) {
        notes.push({ kind: 'typo', from: c.from, to: c.to });
        // The corrected run may hold more known words (新才料产业 → 新材料 产业).
        out.push(...cutKnown(c.text, (s) => lex.isKnown(s)).map((x) => x.text));
      } else if ([...p.text].length >= 2) {
        out.push(p.text);
      }
    }
  }
  if (out.length > 1 || (out.length === 1 && out[0] !== chunk && !notes.some((n) => n.to === out[0]))) notes.push({ kind: 'split', from: chunk, to: out.join(' ') });
  return out.length ? out : [chunk];
}

/** The attempts for a query that found nothing, in order (see the file comment). */
export function rewrites(query: string, lex: Lexicon): Attempt[] {
  const chunks = query.split(/\s+/).filter(Boolean);
  const notes: Note[] = [];
  const words: string[] = [];
  for (let i = 0; i < chunks.length; ) {
    if (LATIN.test(chunks[i])) {
      let j = i;
      while (j < chunks.length && LATIN.test(chunks[j])) j++;
      const run = chunks.slice(i, j).join(' ');
      const m = lex.mapEnglish(run);
      if (m) {
        notes.push({ kind: 'english', from: run, to: m.terms.join(' ') });
        words.push(...m.terms, ...m.rest);
      } else {
        words.push(...mapPinyin(chunks.slice(i, j), lex, notes));
      }
      i = j;
    } else {
      words.push(...mapHan(chunks[i], lex, notes));
      i++;
    }
  }
  const unique = [...new Set(words)];
  const out: Attempt[] = [];
  const all = unique.join(' ');
  if (all && all !== chunks.join(' ')) out.push({ query: all, notes });
  if (unique.length > 1) {
    for (const ws of fewerWords(unique)) out.push({ query: ws.join(' '), notes: [...notes, { kind: 'fewer', from: all, to: ws.join(' ') }] });
  }
  return out;
}

const q = (s: string) => `“${s}”`;

/** The sentence that tells the reader what was searched instead of what they typed. */
export function describeAttempt(typed: string, a: Attempt): string {
  const typos = a.notes.filter((n) => n.kind === 'typo');
  const mapped = a.notes.filter((n) => n.kind === 'synonym' || n.kind === 'english' || n.kind === 'pinyin');
  const fewer = a.notes.find((n) => n.kind === 'fewer');
  const dropped = fewer ? fewer.from.split(' ').filter((w) => !fewer.to.split(' ').includes(w)) : [];
  const head = typos.length ? `您是不是要找${typos.map((n) => q(n.to)).join('')}？` : `没有找到${q(typed)}的结果。`;
  const how = mapped.length ? `（${mapped.map((n) => `${q(n.from)}即${q(n.to)}`).join('，')}）` : '';
  const less = dropped.length ? `，结果不含${dropped.map(q).join('')}` : '';
  return `${head}已按${q(a.query)}搜索${how}${less}。`;
}
