import type { Block, PlanModel } from './schema.ts';
import { walkNodes } from './walk.ts';

function blockSegments(b: Block): string[] {
  if (b.type === 'grid') return [...(b.caption !== null ? [b.caption] : []), ...b.header, ...b.rows.flatMap((r) => r.pieces.map((p) => p.text))];
  if (b.type !== 'table') return [b.text];
  return [
    ...(b.caption !== null ? [b.caption] : []),
    ...b.header,
    ...b.rows.flatMap((r) => [r.categoryPrinted ? r.category : '', r.printedName, ...r.cells.map((c) => c.printed)]),
  ];
}

/**
 * The printed text the model holds, in document order: everything a reader of the original sees,
 * rebuilt from the model alone. Fidelity compares it with the corrected source.
 */
export function printedSegments(model: Pick<PlanModel, 'meta' | 'preamble' | 'parts'>): string[] {
  const m = model.meta;
  const out: string[] = [];
  if (m.copyNumber !== null) out.push(m.copyNumber);
  out.push(m.masthead.text, m.docNumber, m.noticeTitlePrinted.text, m.addressees.text);
  out.push(...m.noticeBody.map((p) => p.text));
  if (m.publicationNote) out.push(m.publicationNote.text);
  out.push(m.planTitle);
  out.push(...model.preamble.map((p) => p.text));
  for (const n of walkNodes(model.parts)) {
    out.push(n.heading.marker + n.heading.title + n.heading.terminator);
    for (const b of n.blocks) out.push(...blockSegments(b));
  }
  for (const l of [m.cc, m.issuingOffice, m.issuedDatePrinted]) if (l) out.push(l.text);
  return out;
}
