/**
 * The portal's record beside what the document itself prints. The record is the portal's word,
 * the text is the document's: where they differ (a 文号 printed otherwise, a 成文日期 that is not the
 * signature date, another title or issuer) the difference goes to the reading report and neither
 * is changed.
 */
import type { Meta, PortalRecord } from '../model/schema.ts';
import { fold } from './fold.ts';
import type { ReadingLog } from './reading.ts';

/** Compared as a reader compares: width, spaces, brackets' shapes and the script do not count. */
export const sameWords = (a: string, b: string): boolean => {
  const n = (s: string) => fold(s).replace(/[\s\u3000]/g, '').replace(/[〔［【[(（]/g, '(').replace(/[〕］】\])）]/g, ')');
  return n(a) === n(b);
};

/** 2019年01月22日, 2019-01-22, 2019年1月22日 → 2019-01-22; null when the text is no such date. */
export function isoDate(printed: string): string | null {
  const ascii = printed.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const m = /^\s*(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?\s*$/.exec(ascii);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

export function compareRecord(record: PortalRecord | null, meta: Meta, log: ReadingLog): void {
  if (!record) return;
  const differ = (line: number | null, detail: string) => log.observe(line ?? 1, 'record', 'record-differs', detail);
  if (record.docNumber && meta.docNumber && !sameWords(record.docNumber, meta.docNumber)) {
    differ(meta.docNumberLine, `the portal's record gives the 文号 “${record.docNumber}”; the document prints “${meta.docNumber}”`);
  }
  const titles = [meta.noticeTitle, meta.planTitleLine === null ? null : meta.planTitle].filter((t): t is string => t !== null);
  if (record.title && titles.length > 0 && !titles.some((t) => sameWords(t, record.title!))) {
    differ(meta.noticeTitlePrinted?.line ?? meta.planTitleLine, `the portal's record gives the title “${record.title}”; the document prints “${titles[0]}”`);
  }
  if (record.issuer && meta.issuer && !sameWords(record.issuer, meta.issuer)) {
    differ(meta.masthead?.line ?? null, `the portal's record gives the issuer “${record.issuer}”; the document prints “${meta.issuer}”`);
  }
  const written = record.writtenDate ? isoDate(record.writtenDate) : null;
  const signed = meta.signatures.map((s) => s.isoDate).filter((d): d is string => d !== null);
  if (written && signed.length > 0 && !signed.includes(written)) {
    const last = meta.signatures[meta.signatures.length - 1];
    differ(last.date.line, `the portal's record gives the 成文日期 ${record.writtenDate}; the document is signed ${signed.join(', ')}`);
  }
}
