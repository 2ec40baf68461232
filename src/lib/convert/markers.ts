import { fold } from './fold.ts';

/**
 * Recognises the numbering markers of the official-document format:
 * 一、 (part) · （一） or (一) (section) · 1. (item) · —— (clause).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses a Chinese numeral from 一 to 九十九 (十, 十一, 二十, 二十三 …); null when it is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? DIGITS[s] : null;
  if (s.indexOf('十', ten + 1) !== -1) return null;
  const tensPart = s.slice(0, ten);
  const unitsPart = s.slice(ten + 1);
  if (tensPart.length > 1 || unitsPart.length > 1) return null;
  const tens = tensPart === '' ? 1 : DIGITS[tensPart];
  const units = unitsPart === '' ? 0 : DIGITS[unitsPart];
  if (tens === 0 || tens === undefined || units === undefined) return null;
  return tens * 10 + units;
}

export type HeadingLevel = 'part' | 'section' | 'item' | 'clause';

/**
 * The heading markers plans print, from the highest rank to the lowest. A document uses some of
 * them; the highest it uses makes its parts, and the others nest under it in the order this
 * document prints them (see outline.ts): 一、（一）1. —— and a 规划's 第一章 第一节 一、 both fit,
 * and so do 1. directly under 一、 or —— directly under （一）.
 */
export type MarkerKind = 'bufen' | 'chapter' | 'jie' | 'article' | 'decimal-1' | 'decimal-2' | 'decimal-3' | 'numeral' | 'paren-numeral' | 'arabic' | 'paren-arabic' | 'circled' | 'dash';

interface MarkerScheme {
  kind: MarkerKind;
  re: RegExp;
  /** The ordinal the marker prints, or null when the match is not a marker after all. */
  number: (m: RegExpExecArray) => number | null;
  /** How the marker for ordinal n is printed, for messages. */
  label: (n: number) => string;
}

const CN = '[一二三四五六七八九十]+';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export const MARKER_SCHEMES: MarkerScheme[] = [
  { kind: 'bufen', re: new RegExp(`^第(${CN})部分\\s*`), number: (m) => parseChineseNumeral(m[1]), label: (n) => `第${toNumeral(n)}部分` },
  { kind: 'chapter', re: new RegExp(`^第(${CN})章\\s*`), number: (m) => parseChineseNumeral(m[1]), label: (n) => `第${toNumeral(n)}章` },
  { kind: 'jie', re: new RegExp(`^第(${CN})节\\s*`), number: (m) => parseChineseNumeral(m[1]), label: (n) => `第${toNumeral(n)}节` },
  { kind: 'article', re: new RegExp(`^第(${CN})条\\s*`), number: (m) => parseChineseNumeral(m[1]), label: (n) => `第${toNumeral(n)}条` },
  // A 预案's decimal outline: 1　总则 · 1.1　编制目的 · 1.1.1　… (a space after the number, then text).
  { kind: 'decimal-1', re: /^([1-9]\d?)[\s\u3000]+(?=[\u3400-\u9fff])/, number: (m) => Number(m[1]), label: (n) => `${n}` },
  { kind: 'decimal-2', re: /^([1-9]\d?)\.(\d{1,2})\s+(?=[\u3400-\u9fff])/, number: (m) => Number(m[2]), label: (n) => `x.${n}` },
  // Three numbers say it is a heading even where a PDF's text lost the space after them (5.1.2省级…).
  { kind: 'decimal-3', re: /^([1-9]\d?)\.(\d{1,2})\.(\d{1,2})\s*(?=[\u3400-\u9fff])/, number: (m) => Number(m[3]), label: (n) => `x.x.${n}` },
  { kind: 'numeral', re: new RegExp(`^(${CN})、\\s*`), number: (m) => parseChineseNumeral(m[1]), label: (n) => `${toNumeral(n)}、` },
  { kind: 'paren-numeral', re: new RegExp(`^[（(](${CN})[）)]\\s*`), number: (m) => parseChineseNumeral(m[1]), label: (n) => `（${toNumeral(n)}）` },
  { kind: 'arabic', re: /^(\d{1,2})[.．、﹒](?!\d)\s*/, number: (m) => Number(m[1]), label: (n) => `${n}.` },
  { kind: 'paren-arabic', re: /^[（(](\d{1,2})[）)]\s*/, number: (m) => Number(m[1]), label: (n) => `（${n}）` },
  { kind: 'circled', re: new RegExp(`^([${CIRCLED}])\\s*`), number: (m) => CIRCLED.indexOf(m[1]) + 1, label: (n) => CIRCLED[n - 1] ?? `(${n})` },
  { kind: 'dash', re: /^——\s*/, number: () => 0, label: () => '——' },
];

/** A marker's rank: lower is higher in the outline. */
export const markerRank = (kind: MarkerKind): number => MARKER_SCHEMES.findIndex((s) => s.kind === kind);

export function toNumeral(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  return `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${d[n % 10]}`;
}

export interface MarkerMatch {
  kind: MarkerKind;
  number: number;
  /** The marker exactly as printed, trailing spaces included. */
  marker: string;
  /** Everything after the marker. */
  rest: string;
}

/** Matches any heading marker at the start of a line (traditional characters too); null for any other line. */
export function matchMarker(text: string): MarkerMatch | null {
  const key = fold(text);
  for (const s of MARKER_SCHEMES) {
    const m = s.re.exec(key);
    if (!m) continue;
    const n = s.number(m);
    if (n === null) continue;
    if (s.kind === 'dash' && m[0].length >= text.length) return null;
    return { kind: s.kind, number: n, marker: text.slice(0, m[0].length), rest: text.slice(m[0].length) };
  }
  return null;
}

/**
 * The markers a document uses, in rank order, and the one that makes its parts: the highest it
 * uses, unless that is a list marker (① or ——), which never makes parts.
 */
export interface HeadingScheme {
  kinds: MarkerKind[];
  part: MarkerKind | null;
}

/** The official-document format: 一、 （一） 1. ——. */
export const OFFICIAL_SCHEME: HeadingScheme = { kinds: ['numeral', 'paren-numeral', 'arabic', 'dash'], part: 'numeral' };

export function headingScheme(texts: Iterable<string>): HeadingScheme {
  const used = new Set<MarkerKind>();
  for (const t of texts) {
    const m = matchMarker(t);
    if (m) used.add(m.kind);
  }
  // A decimal outline is one where both 1　总则 and 1.1　编制目的 are printed; a stray line starting
  // with a number and a space is text.
  if (!used.has('decimal-1') || !used.has('decimal-2')) for (const k of ['decimal-1', 'decimal-2', 'decimal-3'] as const) used.delete(k);
  const kinds = MARKER_SCHEMES.map((s) => s.kind).filter((k) => used.has(k));
  const part = kinds.find((k) => k !== 'circled' && k !== 'dash') ?? null;
  return { kinds, part };
}

/** True for a line that starts a part of the document (一、 in the official format). */
export function isPartHeading(text: string, scheme: HeadingScheme = OFFICIAL_SCHEME): boolean {
  const m = matchMarker(text);
  return m !== null && m.kind === scheme.part;
}

/** How the marker of a kind prints ordinal n (for messages). */
export const markerLabel = (kind: MarkerKind, n: number): string => MARKER_SCHEMES.find((s) => s.kind === kind)!.label(n);

const MAX_TITLE = 24;

/** Splits a heading's text at its first 。 into the title and what follows. */
export function splitTitle(rest: string): { title: string; terminator: string; remainder: string; sentence: boolean } {
  const i = rest.indexOf('。');
  const title = i === -1 ? rest.trim() : rest.slice(0, i);
  const sentence = title.length > MAX_TITLE || /[，、；：]/.test(title);
  if (i === -1) return { title, terminator: '', remainder: '', sentence };
  return { title, terminator: '。', remainder: rest.slice(i + 1), sentence };
}
