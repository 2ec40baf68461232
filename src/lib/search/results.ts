/**
 * How a result reads on the results page, pure: its label (breadcrumb and kind, said once), its
 * snippet in plain words (no counts, no list markers, no name said twice), the query words
 * highlighted whole, and one sentence shown once, on the best page that holds it.
 * Excerpts are Pagefind's HTML (escaped text and <mark>); what comes out keeps that shape.
 */
import { matchable } from '../model/normalise.ts';
import { readableExcerpt } from './excerpt.ts';

/** The label under a result's title: its breadcrumb and its kind, a repeated part said once. */
export function resultLabel(path: string | undefined, kind: string | undefined): string {
  const parts = [path, kind].filter((p): p is string => Boolean(p));
  // 企业与城市 · 企业与城市: the breadcrumb of an entity page is its kind's label.
  return parts.filter((p, i) => parts.indexOf(p) === i && !(i > 0 && parts[0].split(' › ').at(-1) === p)).join(' · ');
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The excerpt's text: marks and other tags removed, entities decoded. */
export const excerptText = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

const NUMBER = /^(?:[<>≥≤约]\s*)?-?\d+(?:\.\d+)?\s*(?:%|倍|万|亿)?$|^[—–-]$/u;
/**
 * Counts and list markers: 提及 3 次 (a list's mention count), and a block that is a bare number
 * (1–99) right after a block of words: a list's marker (数字视听产业. 3. 现代通信产业), where a table
 * row's values follow a name and one another (化工产品精细化率(%) 54.1. 55. 58.).
 */
export function dropMarkers(text: string): string {
  const segs = text.replace(/\s*提及\s*\d+\s*次/gu, '').split(/\.\s+/u);
  const out = segs.map((seg, i) => {
    const marker = /^\s*(?:\d{1,2}|[（(]\d{1,2}[)）])\s*$/u.test(seg) && (i === 0 || !NUMBER.test(segs[i - 1].trim().split(/\s+/).at(-1) ?? ''));
    return marker ? null : seg.replace(/^(\s*)[（(]\d{1,2}[)）]\s*(?=\p{Script=Han})/u, '$1');
  });
  return out.filter((s): s is string => s !== null).join('. ');
}

/**
 * The snippet's text in plain words. Pagefind joins a page's blocks with ". ", so machine text of a
 * page shows through: 提及 3 次 (the mention counts of lists), a list's markers (2. 冶金工业 3. 建材工业),
 * a name printed again as the next block (大连机床. 大连机床集团…). Those go; the words stay, blocks
 * joined with "；". Table rows are written as rows first (excerpt.ts).
 */
export function plainSnippet(text: string, content = ''): string {
  const rows = excerptText(readableExcerpt(escape(dropMarkers(text)), content));
  const s = rows.replace(/\s*·\s*/gu, '、').replace(/(\p{Script=Han}|[)）])\.\s+(?=\p{Script=Han}|[（(])/gu, '$1；');
  // A block that merely begins the next one (a title printed again as its first line: 大连机床；大连机床集团…).
  const parts = s.split('；');
  const kept = parts.filter((p, i) => !(i + 1 < parts.length && p.trim().length > 0 && parts[i + 1].trim().startsWith(p.trim())));
  return kept.join('；').replace(/^[\s；、。.]+|[\s；、.]+$/gu, '').replace(/\s{2,}/g, ' ');
}

/**
 * The excerpt with exactly the query words highlighted, each whole: Pagefind marks the index word it
 * matched, which can be a part of another word (光 inside 阳光 for 光伏) or a part of the query word
 * (新 of 新松 inside 新材料). Case is ignored for Latin words; the longest word wins an overlap.
 */
export function markTerms(text: string, terms: string[]): string {
  const words = [...new Set(terms.map((t) => t.replace(/\s+/g, '')).filter(Boolean))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    const lw = w.toLowerCase();
    for (let at = lower.indexOf(lw); at >= 0; at = lower.indexOf(lw, at + lw.length)) {
      if (marked.slice(at, at + lw.length).some(Boolean)) continue;
      marked.fill(true, at, at + lw.length);
    }
  }
  let out = '';
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    const piece = escape(text.slice(i, j));
    out += marked[i] ? `<mark>${piece}</mark>` : piece;
    i = j;
  }
  return out;
}

/**
 * A result's snippet as shown: plain words, the query words marked whole. An excerpt holding any tag
 * but <mark> is not Pagefind's escaped text: it goes through unchanged, for the Trusted Types policy
 * to refuse and show as text (src/browser/search/trusted.ts).
 */
export const snippetHtml = (html: string, terms: string[], content = '') =>
  /<(?!\/?mark>)/.test(html) ? html : markTerms(plainSnippet(excerptText(html), content), terms);

/**
 * The sentence of a snippet that holds the first query word, as a key (whitespace and punctuation
 * ignored): two results whose snippets show the same sentence show it once. Null when no sentence
 * long enough to be the same by more than chance holds a query word.
 */
export function sentenceKey(text: string, terms: string[]): string | null {
  const needles = terms.map(matchable).filter(Boolean);
  for (const sentence of text.split(/[。；！？!?]|\.\s|→/u)) {
    const key = matchable(sentence).replace(/[\p{P}\p{S}]/gu, '');
    if ([...key].length >= 8 && needles.some((n) => key.includes(n))) return key;
  }
  return null;
}

/**
 * Results in order, each with the later results that show the same sentence folded into it: the
 * sentence is read once, on the first (best ranked) page, with the others one click away.
 */
export function foldRepeats<T>(items: T[], keyOf: (item: T) => string | null): { item: T; also: T[] }[] {
  const out: { item: T; also: T[] }[] = [];
  const byKey = new Map<string, { item: T; also: T[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const seen = key === null ? undefined : byKey.get(key);
    if (seen) {
      seen.also.push(item);
      continue;
    }
    const entry = { item, also: [] };
    out.push(entry);
    if (key !== null) byKey.set(key, entry);
  }
  return out;
}
