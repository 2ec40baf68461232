/**
 * Citations of other documents in a plan's text: a title in 《》 followed by its 文号 in brackets
 * (《中国制造2025》（国发〔2015〕28号）), or a 文号 on its own (按照辽政发〔2015〕24号要求). A title in
 * 《》 without a 文号 is not a citation: the notice's own 现将《…》印发给你们 and plain mentions of a
 * document name are too ambiguous to link.
 */
import { canonicalDocNumber, DOC, normalizeDocNumber } from '../model/doc-number.ts';
import type { Citation, Paragraph } from '../model/schema.ts';

const CITED = new RegExp(String.raw`《([^《》\n]{1,80})》\s*[（(]\s*${DOC}\s*[）)]|${DOC}`, 'gu');

/**
 * Words and characters that stand before a 文号 in running text and are never part of its issuer
 * prefix (根据国发〔2015〕28号, 再次引用国发〔2015〕28号 → 国发): the prefix starts after the last
 * of them. Issuer abbreviations (国办发, 辽政发, 工信部规) contain none of them.
 */
const BEFORE = ['贯彻', '落实', '根据', '按照', '依据', '依照', '参照', '执行', '对照', '详见', '引用', '再次', '印发', '转发', '文件', '精神', '要求', '通知', '关于', '和', '及', '与', '见', '照', '按', '据', '依', '在', '将', '对', '为', '由', '经', '即', '或', '并', '以', '于', '等', '的', '了'];

function trimPrefix(prefix: string): string {
  let cut = 0;
  for (const w of BEFORE) {
    const at = prefix.lastIndexOf(w);
    if (at !== -1 && at + w.length < prefix.length) cut = Math.max(cut, at + w.length);
  }
  return prefix.slice(cut);
}

export interface FoundCitation {
  title: string | null;
  docNumber: string;
  start: number;
  end: number;
}

/** Citations in one text, in order, with the span of the whole citation as printed. */
export function findCitationsInText(text: string): FoundCitation[] {
  const out: FoundCitation[] = [];
  for (const m of text.matchAll(CITED)) {
    const titled = m[1] !== undefined;
    const [rawPrefix, year, num] = titled ? [m[2], m[3], m[4]] : [m[5], m[6], m[7]];
    const prefix = titled ? rawPrefix : trimPrefix(rawPrefix);
    // A 文号 alone starts where its trimmed prefix starts.
    const start = titled ? m.index : m.index + (rawPrefix.length - prefix.length);
    out.push({ title: titled ? m[1].trim() : null, docNumber: normalizeDocNumber(prefix, year, num), start, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Every citation in the given paragraphs, in document order, except the plan's own 文号. A document
 * cited twice appears twice (each occurrence keeps its paragraph).
 */
export function findCitations(paragraphs: Iterable<Pick<Paragraph, 'id' | 'text'>>, ownDocNumber: string | null): Citation[] {
  const own = ownDocNumber ? canonicalDocNumber(ownDocNumber) : null;
  const out: Citation[] = [];
  for (const p of paragraphs) {
    for (const c of findCitationsInText(p.text)) {
      if (c.docNumber === own) continue;
      out.push({ title: c.title, docNumber: c.docNumber, paragraph: p.id, start: c.start, end: c.end, printed: p.text.slice(c.start, c.end) });
    }
  }
  return out;
}
