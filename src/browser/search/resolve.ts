/**
 * A query that finds nothing is searched again as the plan words it (src/lib/search/rewrite.ts):
 * English and everyday words mapped, runs cut into words, sound-alike typos corrected, then fewer
 * words. That code (lexicon.ts) and the vocabulary for typos (/search-vocab.json) are fetched only
 * then.
 */
import type { Attempt } from '../../lib/search/rewrite.ts';

export interface Resolved<T> {
  /** The query searched. */
  query: string;
  /** What was changed, with the sentence that tells the reader, when the query as typed found nothing; null otherwise. */
  attempt: (Attempt & { description: string }) | null;
  found: T | null;
}

/**
 * Searches `query`; when `search` finds nothing (null), tries the attempts in order. `exact`
 * (the reader undid a mapping) searches only what was typed.
 */
export async function resolveSearch<T>(query: string, search: (q: string) => Promise<T | null>, exact = false): Promise<Resolved<T>> {
  const first = await search(query);
  if (first || exact) return { query, attempt: null, found: first };
  const { describeAttempt, loadLexicon, rewrites } = await import('./lexicon.ts');
  const lex = await loadLexicon();
  if (!lex) return { query, attempt: null, found: null };
  // At most a dozen attempts: a long query of many words is not tried in every combination.
  for (const a of rewrites(query, lex).slice(0, 12)) {
    const r = await search(a.query);
    if (r) return { query: a.query, attempt: { ...a, description: describeAttempt(query, a) }, found: r };
  }
  return { query, attempt: null, found: null };
}
