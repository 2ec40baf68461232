/**
 * The words people type, mapped to the plan's terms: everyday Chinese words (炼油厂 → 石化, 电动车
 * → 汽车) and English (machine tools → 数控机床). The data are two reviewed files in
 * src/lib/search/data/ (synonyms.json, glossary.json), checked by tests/unit/search/mapping.test.ts.
 * The search applies a mapping only when the query as typed finds nothing, and says so on the page.
 */
/** term the plan prints → words (or English phrases) readers type for it. */
export type MappingTable = Record<string, string[]>;

const invert = (o: MappingTable) => {
  const m = new Map<string, string>();
  for (const [term, words] of Object.entries(o)) for (const w of words) if (!m.has(w.toLowerCase())) m.set(w.toLowerCase(), term);
  return m;
};

/** English words that carry no topic: dropped when the rest maps. */
export const ENGLISH_STOP = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'in', 'on', 'to', 'with', 'about', 'what', 'is', 'are', 'does', 'do', 'plan', 'policy', 'policies', 'industry', 'industries', 'sector', 'sectors', 'development', 'liaoning', 'province', 'provincial', 'support', 'promote', 'promoting']);

/**
 * Looks words up in the two tables. The tables travel in /search-vocab.json (vocabulary.ts), so the
 * search code carries no data until a query finds nothing.
 */
export class Mapper {
  private readonly synonyms: Map<string, string>;
  private readonly english: Map<string, string>;
  private readonly longest: number;

  constructor(synonyms: MappingTable, glossary: MappingTable) {
    this.synonyms = invert(synonyms);
    this.english = invert(glossary);
    this.longest = Math.max(1, ...[...this.english.keys()].map((p) => p.split(' ').length));
  }

  /** The plan's term for an everyday word, or null. */
  synonymOf(word: string): string | null {
    return this.synonyms.get(word.toLowerCase()) ?? null;
  }

  private lookupEnglish(phrase: string): string | null {
    const hit = this.english.get(phrase);
    if (hit) return hit;
    // A plural or singular the glossary does not list (bearing/bearings, subsidy/subsidies).
    if (phrase.endsWith('ies')) return this.english.get(`${phrase.slice(0, -3)}y`) ?? null;
    if (phrase.endsWith('s')) return this.english.get(phrase.slice(0, -1)) ?? null;
    return this.english.get(`${phrase}s`) ?? null;
  }

  /**
   * Maps the English of a query to the plan's terms, longest phrase first from the left. Returns
   * the terms, and the words that map to nothing (topic-less words such as "the", "industry"
   * dropped); null when nothing maps.
   */
  mapEnglish(text: string): { terms: string[]; rest: string[] } | null {
    const words = text.toLowerCase().replace(/[^a-z0-9&+.\- ]+/g, ' ').split(/\s+/).filter(Boolean);
    const terms: string[] = [];
    const rest: string[] = [];
    for (let i = 0; i < words.length; ) {
      let found = 0;
      for (let n = Math.min(this.longest, words.length - i); n >= 1; n--) {
        const term = this.lookupEnglish(words.slice(i, i + n).join(' '));
        if (term) {
          if (!terms.includes(term)) terms.push(term);
          found = n;
          break;
        }
      }
      if (found) {
        i += found;
      } else {
        if (!ENGLISH_STOP.has(words[i])) rest.push(words[i]);
        i++;
      }
    }
    return terms.length ? { terms, rest } : null;
  }
}
