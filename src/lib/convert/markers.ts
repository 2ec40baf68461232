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

export interface HeadingMatch {
  level: HeadingLevel;
  /** The ordinal the marker prints (clauses carry none: 0). */
  number: number;
  /** The marker exactly as printed, trailing spaces included. */
  marker: string;
  /** Everything after the marker. */
  rest: string;
}

const PART = /^([一二三四五六七八九十]+)、\s*/;
const SECTION = /^[（(]([一二三四五六七八九十]+)[）)]\s*/;
const ITEM = /^(\d{1,2})[.．](?!\d)\s*/;
const CLAUSE = /^——\s*/;

/** Matches a heading marker at the start of a line; null for any other line. */
export function matchHeading(text: string): HeadingMatch | null {
  let m = PART.exec(text);
  if (m) {
    const n = parseChineseNumeral(m[1]);
    if (n !== null) return { level: 'part', number: n, marker: m[0], rest: text.slice(m[0].length) };
  }
  m = SECTION.exec(text);
  if (m) {
    const n = parseChineseNumeral(m[1]);
    if (n !== null) return { level: 'section', number: n, marker: m[0], rest: text.slice(m[0].length) };
  }
  m = ITEM.exec(text);
  if (m) return { level: 'item', number: Number(m[1]), marker: m[0], rest: text.slice(m[0].length) };
  m = CLAUSE.exec(text);
  if (m && m[0].length < text.length) return { level: 'clause', number: 0, marker: m[0], rest: text.slice(m[0].length) };
  return null;
}

const MAX_TITLE = 24;

/** Splits a heading's text at its first 。 into the title and what follows. */
export function splitTitle(rest: string): { title: string; terminator: string; remainder: string; sentence: boolean } {
  const i = rest.indexOf('。');
  const title = i === -1 ? rest.trim() : rest.slice(0, i);
  const sentence = title.length > MAX_TITLE || /[，、；：]/.test(title);
  if (i === -1) return { title, terminator: '', remainder: '', sentence };
  return { title, terminator: '。', remainder: rest.slice(i + 1), sentence };
}
