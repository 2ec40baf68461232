/**
 * Page furniture by position: what a word processor prints in the top or bottom band of a page
 * rather than in the document — page numbers in any of the styles Chinese documents use, and
 * running heads and feet (the same text at the same place on many pages). A copy number (份号) or
 * a 文号 printed in the header of the first page is the document's own record, not furniture.
 */
import type { PdfLine } from './types.ts';

export type FurnitureKind = 'page-number' | 'running-head' | 'running-foot';

export interface PageLines {
  page: number;
  height: number;
  lines: PdfLine[];
}

/** The share of the page height, from the top and from the bottom, where furniture is printed. */
const BAND = 0.12;

const DECOR = '\\-－—–‒―~～·•';
/** Page numbers that say they are page numbers: - 3 -, — 3 —, 第3页, 第3页 共11页, 3/11, Page 3. */
const DECORATED = [
  new RegExp(`^[${DECOR}]+\\s*(\\d{1,4})\\s*[${DECOR}]+$`),
  /^第\s*(\d{1,4})\s*页(?:\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，、]?\s*第\s*(\d{1,4})\s*页$/,
  /^(\d{1,4})\s*[/／]\s*\d{1,4}$/,
  /^(?:page|p\.)\s*(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];
/** A bare number: a page number only when the pages agree (a copy number like 000123 is not). */
const BARE = /^([1-9]\d{0,3})$/;
/** What a first page prints in its header as the document's record: a 文号 or a 份号. */
const RECORD = /〔\s*\d{4}\s*〕|[[(（]\s*\d{4}\s*[\])）]\s*\d+\s*号|^\d{4,}$|份号/;

/** The number a line prints as a page number by its form alone (not a bare number), or null. */
export function decoratedPageNumber(text: string): number | null {
  const t = text.trim();
  for (const re of DECORATED) {
    const m = re.exec(t);
    if (m !== null) return Number(m[1]);
  }
  return null;
}

function band(line: PdfLine, height: number): 'top' | 'bottom' | null {
  if (line.y <= height * BAND) return 'top';
  if (line.y >= height * (1 - BAND)) return 'bottom';
  return null;
}

/** Lines of the pages that are furniture, each with its kind. */
export function findFurniture(pages: readonly PageLines[]): Map<PdfLine, FurnitureKind> {
  const found = new Map<PdfLine, FurnitureKind>();
  const bare: { line: PdfLine; page: number; offset: number; where: 'top' | 'bottom' }[] = [];
  const repeated = new Map<string, { line: PdfLine; page: number }[]>();

  for (const { page, height, lines } of pages) {
    for (const line of lines) {
      const where = band(line, height);
      if (where === null) continue;
      const text = line.text.trim();
      if (decoratedPageNumber(text) !== null) {
        found.set(line, 'page-number');
        continue;
      }
      const m = BARE.exec(text);
      if (m !== null) bare.push({ line, page, offset: Number(m[1]) - page, where });
      // Running heads differ only in a number at most (第3章 on one page, 第4章 on the next).
      const key = `${where}|${Math.round(line.y / 4)}|${text.replace(/\d+/g, '#')}`;
      const list = repeated.get(key) ?? [];
      list.push({ line, page });
      repeated.set(key, list);
    }
  }

  // A bare number is a page number when another page prints one the same distance from its page
  // index (3, 4, 5 on pages 1, 2, 3), or when it is the page's own number at the foot.
  for (const b of bare) {
    const agrees = bare.some((o) => o !== b && o.page !== b.page && o.offset === b.offset && o.where === b.where);
    if (agrees || (b.offset === 0 && b.where === 'bottom')) found.set(b.line, 'page-number');
  }

  const pageCount = pages.length;
  for (const [key, list] of repeated) {
    const distinctPages = new Set(list.map((l) => l.page)).size;
    if (distinctPages < 2 || distinctPages < pageCount * 0.4) continue;
    const kind: FurnitureKind = key.startsWith('top') ? 'running-head' : 'running-foot';
    for (const { line, page } of list) {
      if (found.has(line)) continue;
      if (page === 1 && RECORD.test(line.text)) continue;
      found.set(line, kind);
    }
  }
  return found;
}
