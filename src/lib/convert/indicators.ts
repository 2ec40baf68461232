import type { IndicatorCell } from '../model/schema.ts';

const MISSING = /^[—–\-－/]+$|^$/;
const CELL = /^([<>≥≤＞＜])?\s*(-?\d+(?:\.\d+)?)\s*(?:[(（]\s*([^)）]*?)\s*[)）])?$/;
const FULLWIDTH_COMPARATOR: Record<string, '>' | '<'> = { '＞': '>', '＜': '<' };

/** Reads a printed cell without losing what it says: "—" is missing, not zero; ">10" is a bound. */
export function parseIndicatorCell(printed: string): IndicatorCell {
  const t = printed.trim();
  const empty: IndicatorCell = { printed, value: null, comparator: null, note: null, year: null };
  if (MISSING.test(t)) return empty;
  const m = CELL.exec(t);
  if (!m) return { ...empty, note: t };
  const raw = m[1] ?? null;
  const comparator = raw === null ? null : (FULLWIDTH_COMPARATOR[raw] ?? (raw as IndicatorCell['comparator']));
  const note = m[3] ?? null;
  const year = note !== null && /^(\d{4})\s*年$/.test(note) ? Number(/^(\d{4})/.exec(note)![1]) : null;
  return { printed, value: Number(m[2]), comparator, note, year };
}

/** Splits 规模以上工业增加值年均增长(%) into the name and its unit. */
export function splitUnit(printedName: string): { name: string; unit: string | null } {
  const m = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(printedName.trim());
  if (!m) return { name: printedName.trim(), unit: null };
  return { name: m[1], unit: m[2] };
}

/**
 * The year a column header stands for, or null: "2014 年", "2020年（基期）", "2025年目标值", and the
 * word first with the year in brackets, as a 规划's 专栏 prints it: "基期值（2020年）", "目标值 (2025年)".
 */
export function columnYear(header: string): number | null {
  const t = header.trim();
  const m = /^(\d{4})\s*年?\s*[（(]?\s*(?:基期|基准|现状|目标|预期|规划)?值?\s*[）)]?$/.exec(t) ?? /^(?:基期|基准|现状|目标|预期|规划)(?:值|年)?\s*[（(]\s*(\d{4})\s*年?\s*[）)]$/.exec(t);
  return m ? Number(m[1]) : null;
}
