/**
 * A tiny RFC 4180 writer: CRLF between records, a field quoted when it holds a comma, a quote, a
 * line break or leading/trailing space, quotes inside doubled. The file starts with a UTF-8
 * byte-order mark so that Excel on a Chinese Windows machine reads it as UTF-8, not GBK.
 */
export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null;

export function csvField(v: CsvValue): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: String(true) and String(false) are the same text, so skipping the boolean branch changes nothing.
  const s = v === null ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  for (const r of rows) if (r.length !== header.length) throw new Error(`CSV row has ${r.length} fields, the header ${header.length}`);
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
