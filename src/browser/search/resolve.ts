/**
 * A query that finds nothing is searched again as the plan words it (src/lib/search/rewrite.ts):
 * English and everyday words mapped, runs cut into words, sound-alike typos corrected, then fewer
 * words. The vocabulary for typos (/search-vocab.json) is fetched only then.
 */
import { Reader, type Vocabulary } from '../../lib/search/pinyin.ts';
import { Mapper } from '../../lib/search/mapping.ts';
import { rewrites, type Attempt, type Lexicon } from '../../lib/search/rewrite.ts';
import { VOCAB_FILE } from '../../lib/model/routes.ts';

let lexicon: Promise<Lexicon | null> | null = null;
/** The vocabulary, pinyin table, synonyms and glossary, fetched once, when a query first finds nothing. */
const loadLexicon = () => (lexicon ??= fetch(VOCAB_FILE).then((r) => (r.ok ? r.json() : null)).then((v: Vocabulary | null) => {
  if (!v) return null;
  const reader = new Reader(v);
  const mapper = new Mapper(v.syn, v.en);
  return { isKnown: (w: string) => reader.isKnown(w), correct: (r: string) => reader.correct(r), synonymOf: (w: string) => mapper.synonymOf(w), mapEnglish: (t: string) => mapper.mapEnglish(t), fromPinyin: (t: string) => reader.fromPinyin(t) };
}).catch(() => null));

export interface Resolved<T> {
  /** The query searched. */
  query: string;
  /** What was changed, when the query as typed found nothing; null otherwise. */
  attempt: Attempt | null;
  found: T | null;
}

/**
 * Searches `query`; when `search` finds nothing (null), tries the attempts in order. `exact`
 * (the reader undid a mapping) searches only what was typed.
 */
export async function resolveSearch<T>(query: string, search: (q: string) => Promise<T | null>, exact = false): Promise<Resolved<T>> {
  const first = await search(query);
  if (first || exact) return { query, attempt: null, found: first };
  const lex = await loadLexicon();
  if (!lex) return { query, attempt: null, found: null };
  // At most a dozen attempts: a long query of many words is not tried in every combination.
  for (const a of rewrites(query, lex).slice(0, 12)) {
    const r = await search(a.query);
    if (r) return { query: a.query, attempt: a, found: r };
  }
  return { query, attempt: null, found: null };
}
