/** Pure helpers shared by the search box, the results page and the tests. */
import { FILTER } from './attributes.ts';
import { matchable } from '../model/normalise.ts';

export const MAX_QUERY = 64;

/**
 * What a reader typed, ready for Pagefind: full-width Latin letters, digits and spaces folded to
 * their ASCII forms (ＭＥＳ → MES, the ideographic space → space), whitespace collapsed, trimmed.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

/** The words of a query as the reader separated them (used to highlight each on the landing page). */
export function queryTerms(q: string): string[] {
  return [...new Set(normalizeQuery(q).split(' ').filter(Boolean))];
}

export const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/** Filter keys the results page offers, in display order. */
export const FILTER_KEYS = [FILTER.plan, FILTER.issuer, FILTER.year, FILTER.kind, FILTER.leads, FILTER.group] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterSelection = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  q: string;
  filters: FilterSelection;
  /** The reader undid a mapping (船厂 → 船舶): search only what was typed (?exact=1). */
  exact?: boolean;
}

/** Reads the results page state from its URL query (?q=…&类别=任务&类别=行业). */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FilterSelection = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  return { q: normalizeQuery(params.get('q') ?? ''), filters, ...(params.get('exact') === '1' ? { exact: true } : {}) };
}

/** The URL query of a state, so that a search can be shared and bookmarked. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.exact) params.set('exact', '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter argument: any of the chosen values within a key, all keys together. */
export function pagefindFilters(filters: FilterSelection): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (filters[key]?.length) out[key] = { any: filters[key]! };
  return out;
}

const ZWSP = /\u200B/g;
const TAG = /<[^>]*>/g;
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/**
 * Pagefind separates segmented words with zero-width spaces: removed before showing an excerpt. An
 * excerpt window can also open on the full stop or comma that ended the sentence before it: a line
 * that starts with "。" reads as broken, so leading punctuation and spaces are dropped.
 */
export const cleanExcerpt = (html: string) => html.replace(ZWSP, '').replace(/^[\s。，、；：！？.,;:]+/u, '');

/**
 * The few characters right before the first highlighted word of an excerpt, to pin a text fragment
 * to that occurrence (a term usually occurs on the page before the matching paragraph too).
 *
 * Pagefind marks the indexed word (机器 of 机器人, 商务 of 商务协同) and landingHref highlights the
 * whole term the reader typed: when the marked word is not followed by the rest of that term
 * (电子商务 for 商务协同), the prefix is taken where the term itself occurs in the excerpt, or left
 * out, so that the text fragment never asks for a prefix and term that the page does not have.
 */
// Stryker disable next-line ArrayDeclaration: a default list holding one odd string finds no typed term either, as no mark begins that string.
export function excerptContext(excerptHtml: string, size = 6, terms: string[] = []): { prefix: string; match: string } | null {
  const html = cleanExcerpt(excerptHtml);
  const at = html.indexOf('<mark>');
  const end = html.indexOf('</mark>', at);
  if (at < 0) return null;
  // Stryker disable next-line EqualityOperator: end is never 0 when a <mark> was found before it.
  if (end < 0) return null;
  const before = decode(html.slice(0, at).replace(TAG, ''));
  const match = decode(html.slice(at + 6, end).replace(TAG, ''));
  // Only the Han characters right before the match: Pagefind joins blocks with ". ", which the
  // page itself does not show.
  const prefixOf = (text: string) => [...(text.replace(/\s+$/u, '').match(/\p{Script=Han}+$/u)?.[0] ?? '')].slice(-size).join('');
  const typed = terms.find((t) => t.length > match.length && t.startsWith(match));
  if (typed) {
    const plain = before + decode(html.slice(at).replace(TAG, ''));
    if (!plain.startsWith(typed, before.length)) {
      const k = plain.indexOf(typed);
      return { prefix: k === -1 ? '' : prefixOf(plain.slice(0, k)), match: k === -1 ? match : typed };
    }
  }
  return { prefix: prefixOf(before), match };
}

const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

/**
 * A link that lands on the matching paragraph and has the browser highlight the searched terms
 * (URL text fragments: no script on the landing page). The element anchor stays as the fallback
 * when a text directive does not match.
 */
export function landingHref(url: string, anchor: string | null, terms: string[], context?: { prefix: string; match: string } | null): string {
  const base = url.split('#')[0];
  const directives: string[] = [];
  const seen = new Set<string>();
  if (context?.match) {
    // Pagefind marks the indexed word (机器 of 机器人): highlight the whole term the reader typed.
    const match = terms.find((t) => t.startsWith(context.match)) ?? context.match;
    directives.push(`text=${context.prefix ? `${enc(context.prefix)}-,` : ''}${enc(match)}`);
    seen.add(match);
  }
  for (const t of terms) if (!seen.has(t)) directives.push(`text=${enc(t)}`);
  const frag = anchor ?? '';
  return directives.length ? `${base}#${frag}:~:${directives.join('&')}` : frag ? `${base}#${frag}` : base;
}

export interface Anchor {
  element: string;
  id: string;
  location: number;
}

/** The paragraph (or heading) holding a word position: the last anchor at or before it. */
export function anchorAt(anchors: Anchor[], location: number, elements = ['p', 'h2', 'h3', 'h4', 'h5', 'table', 'li']): string | null {
  let best: Anchor | null = null;
  for (const a of anchors) if (elements.includes(a.element) && a.location <= location && (!best || a.location >= best.location)) best = a;
  return best?.id ?? null;
}

/** Text of every page, the way a reader would search it: whitespace removed. */
// Stryker disable next-line Regex: with the g flag, removing runs or single characters gives the same text.

/** Pages whose text contains every word of the query: the recall reference for Pagefind. */
export function substringMatches(pages: Map<string, string>, q: string): string[] {
  const words = queryTerms(q).map(matchable);
  return [...pages].filter(([, text]) => words.every((w) => matchable(text).includes(w))).map(([url]) => url);
}
