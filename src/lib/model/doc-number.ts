/**
 * The 文号 (document number) grammar, shared by the converter (citations of other documents) and
 * the library (which plan a citation names): 辽政发〔2015〕24号 and the variants that PDF
 * extraction and typists print for it.
 */
// 〔2015〕 as printed, or with the brackets PDF extraction and typists substitute for it.
const YEAR = String.raw`[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]`;
export const DOC = String.raw`(\p{Script=Han}{1,12})${YEAR}\s*第?\s*(\d{1,4})\s*号`;

/** The 文号 in one canonical spelling, so that printed variants of one number compare equal. */
export function normalizeDocNumber(prefix: string, year: string, number: string): string {
  return `${prefix}〔${year}〕${Number(number)}号`;
}

/** Canonical form of a 文号 as printed anywhere (a plan's meta.docNumber), or null if it is not one. */
export function canonicalDocNumber(printed: string): string | null {
  const m = new RegExp(`^\\s*${DOC}\\s*$`, 'u').exec(printed);
  return m ? normalizeDocNumber(m[1], m[2], m[3]) : null;
}

