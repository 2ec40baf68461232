/**
 * Excerpts that read as text. Pagefind joins the blocks of a page with ". ", so a table row comes
 * out as ". 25. 化工产品精细化率(%) 54.1. 55. 58.": bare runs of numbers. A run of values after a
 * name is read as a table row and written "化工产品精细化率(%)：2014 年 54.1 → 2017 年 55 → 2020 年 58"
 * (the years are the column heads of the page's table, when the page text has them); values left
 * from a row cut off by the excerpt window are dropped. Works on the excerpt HTML (escaped text and
 * <mark>) and adds only plain text, so the result keeps that shape (excerpt-html.ts).
 */
import { matchable } from '../model/normalise.ts';

const TAG = /<[^>]*>/g;
const plain = (html: string) => html.replace(TAG, '').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').trim();
/** A table value: a number with its bound or unit, a dash for none, a year note: 0.65 (2013 年), >10, —. */
const VALUE = /^(?:[<>≥≤约]\s*)?-?\d+(?:\.\d+)?\s*(?:%|倍|万|亿)?(?:\s*[（(]\d{4}\s*年[)）])?$|^[—–-]$/u;
const isValue = (seg: string) => VALUE.test(plain(seg));

/** Column heads that are years (2014 年, 2020年), as the page text prints them, in order. */
export function yearHeads(content: string): string[] {
  // Pagefind joins a table's head cells without a separator: …指 标2014 年2017 年2020 年经济规模….
  const run = /(?:\d{4}\s*年\s*(?:\.\s*)?){2,}/u.exec(content);
  return run ? [...run[0].matchAll(/(\d{4})\s*年/gu)].map((m) => `${m[1]} 年`) : [];
}

/** A segment ("name v1 v2" or "v1 v2") cut into its name and its trailing values. */
function peel(seg: string): { name: string; values: string[] } {
  const tokens = seg.split(/\s+/);
  let i = tokens.length;
  while (i > 0 && isValue(tokens[i - 1])) i--;
  // A value made of a bound and a number printed apart ("> 10") is rare; tokens stay as printed.
  return { name: tokens.slice(0, i).join(' '), values: tokens.slice(i) };
}

/** The excerpt with table rows written as rows (see the file comment); other text unchanged. */
export function readableExcerpt(html: string, content = ''): string {
  const segs = html.split(/\.\s+|\.$/).map((s) => s.trim()).filter(Boolean).map(peel);
  if (segs.reduce((n, s) => n + s.values.length, 0) < 3) return html;
  const years = content ? yearHeads(content) : [];
  const out: string[] = [];
  let row: { name: string; values: string[] } | null = null;
  const flush = () => {
    if (!row) return;
    if (!row.values.length) out.push(row.name);
    else {
      const vs = row.values.map((v, i) => (years.length === row!.values.length ? `${years[i]} ${v}` : v));
      out.push(`${row.name}：${vs.join(' → ')}`);
    }
    row = null;
  };
  for (const seg of segs) {
    if (seg.name) {
      flush();
      row = { name: seg.name, values: [...seg.values] };
    } else if (row) {
      row.values.push(...seg.values);
    }
    // Values before any name belong to a row cut off by the excerpt window: dropped.
  }
  flush();
  return out.join('；');
}

/** Whether an excerpt's text holds every term (spaces ignored, case folded). */
export function holdsTerms(html: string, terms: string[]): boolean {
  const text = matchable(plain(html));
  return terms.every((t) => text.includes(t.replace(/\s/g, '').toLowerCase()));
}
