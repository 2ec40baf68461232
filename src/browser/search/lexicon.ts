/**
 * What a query that finds nothing is searched as (src/lib/search/rewrite.ts), with the vocabulary
 * it reads: a chunk of its own, imported by resolve.ts only when a query first finds nothing, so
 * that a query that finds something fetches none of this code.
 */
import { Reader, type Vocabulary } from '../../lib/search/pinyin.ts';
import { Mapper } from '../../lib/search/mapping.ts';
import type { Lexicon } from '../../lib/search/rewrite.ts';
import { VOCAB_FILE } from '../../lib/model/routes.ts';

export { describeAttempt, rewrites } from '../../lib/search/rewrite.ts';

let lexicon: Promise<Lexicon | null> | null = null;
/** The vocabulary, pinyin table, synonyms and glossary, fetched once, when a query first finds nothing. */
export const loadLexicon = () => (lexicon ??= fetch(VOCAB_FILE).then((r) => (r.ok ? r.json() : null)).then((v: Vocabulary | null) => {
  if (!v) return null;
  const reader = new Reader(v);
  const mapper = new Mapper(v.syn, v.en);
  return { isKnown: (w: string) => reader.isKnown(w), correct: (r: string) => reader.correct(r), synonymOf: (w: string) => mapper.synonymOf(w), mapEnglish: (t: string) => mapper.mapEnglish(t), fromPinyin: (t: string) => reader.fromPinyin(t) };
}).catch(() => null));
