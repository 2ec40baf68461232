/**
 * The words people type, mapped to the plan's terms: everyday Chinese words (炼油厂 → 石化, 电动车
 * → 汽车) and English (machine tools → 数控机床). The data are two reviewed files in
 * src/lib/search/data/ (synonyms.json, glossary.json), checked by tests/unit/search/mapping.test.ts.
 * The search applies a mapping only when the query as typed finds nothing, and says so on the page.
 */
import { z } from 'zod';
import synonymsJson from './data/synonyms.json' with { type: 'json' };
import glossaryJson from './data/glossary.json' with { type: 'json' };

/** term the plan prints → words (or English phrases) readers type for it; "$comment" is documentation. */
export const MappingFileSchema = z.record(z.string(), z.union([z.string(), z.array(z.string().min(1)).min(1)]))
  .transform((o) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('$'))) as Record<string, string[]>);

export const SYNONYMS: Record<string, string[]> = MappingFileSchema.parse(synonymsJson);
export const GLOSSARY: Record<string, string[]> = MappingFileSchema.parse(glossaryJson);

const invert = (o: Record<string, string[]>) => {
  const m = new Map<string, string>();
  for (const [term, words] of Object.entries(o)) for (const w of words) if (!m.has(w.toLowerCase())) m.set(w.toLowerCase(), term);
  return m;
};
const SYNONYM_OF = invert(SYNONYMS);
const ENGLISH_OF = invert(GLOSSARY);
/** Longest English phrase, in words. */
const LONGEST = Math.max(...[...ENGLISH_OF.keys()].map((p) => p.split(' ').length));

/** The plan's term for an everyday word, or null. */
export const synonymOf = (word: string): string | null => SYNONYM_OF.get(word.toLowerCase()) ?? null;

/** English words that carry no topic: dropped when the rest maps. */
export const ENGLISH_STOP = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'in', 'on', 'to', 'with', 'about', 'what', 'is', 'are', 'does', 'do', 'plan', 'policy', 'policies', 'industry', 'industries', 'sector', 'sectors', 'development', 'liaoning', 'province', 'provincial', 'support', 'promote', 'promoting']);

const lookupEnglish = (phrase: string): string | null => {
  const hit = ENGLISH_OF.get(phrase);
  if (hit) return hit;
  // A plural or singular the glossary does not list (bearing/bearings, industries/industry).
  if (phrase.endsWith('ies')) return ENGLISH_OF.get(`${phrase.slice(0, -3)}y`) ?? null;
  if (phrase.endsWith('s')) return ENGLISH_OF.get(phrase.slice(0, -1)) ?? null;
  return ENGLISH_OF.get(`${phrase}s`) ?? null;
};

/**
 * Maps the English of a query to the plan's terms, longest phrase first from the left. Returns the
 * terms, and the words that map to nothing (topic-less words such as "the", "industry" dropped);
 * null when nothing maps.
 */
export function mapEnglish(text: string): { terms: string[]; rest: string[] } | null {
  const words = text.toLowerCase().replace(/[^a-z0-9&+.\- ]+/g, ' ').split(/\s+/).filter(Boolean);
  const terms: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; ) {
    let found = 0;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const term = lookupEnglish(words.slice(i, i + n).join(' '));
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
