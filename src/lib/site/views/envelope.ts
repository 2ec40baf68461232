/**
 * The lines of a document's envelope as 原文 shows them, in printed order: those before the
 * document's own title go with the notice, the rest close the text. Forms print them in different
 * orders (a 意见's signature and （此件公开发布） at the end, a notice's before the plan it issues).
 */
import type { PlanModel } from '../../model/schema.ts';

export interface EnvelopeLine {
  id: string;
  text: string;
  line: number;
  /** centre it, as the publication note is printed */
  center: boolean;
}

export function envelopeLines(model: Pick<PlanModel, 'meta' | 'preamble' | 'parts'>): { notice: EnvelopeLine[]; closing: EnvelopeLine[] } {
  const m = model.meta;
  const lines: EnvelopeLine[] = [];
  const add = (id: string, l: { line: number; text: string } | null, center = false) => {
    if (l) lines.push({ id, text: l.text, line: l.line, center });
  };
  m.signatures.forEach((s, i) => {
    add(`signer-${i + 1}`, s.signer);
    add(`signed-date-${i + 1}`, s.date);
  });
  add('publication-note', m.publicationNote, true);
  m.otherLines.forEach((l, i) => add(`envelope-line-${i + 1}`, l));
  add('cc', m.cc);
  add('issuing-office', m.issuingOffice);
  add('issued-date', m.issuedDatePrinted);
  lines.sort((a, b) => a.line - b.line);
  const bodyStart = m.planTitleLine !== null && m.planTitleLine !== m.noticeTitlePrinted?.line ? m.planTitleLine : (model.preamble[0]?.line ?? model.parts[0]?.line ?? Number.POSITIVE_INFINITY);
  return { notice: lines.filter((l) => l.line < bodyStart), closing: lines.filter((l) => l.line >= bodyStart) };
}

/** True when the document prints a title of its own under the notice (a plan that a notice issues). */
export const hasOwnTitle = (m: PlanModel['meta']): boolean => m.planTitleLine !== null && m.planTitleLine !== m.noticeTitlePrinted?.line;
