import type { Block, OutlineNode, PlanModel } from './schema.ts';
import { childrenOf } from './walk.ts';

function blockSegments(b: Block): string[] {
  if (b.type === 'box') return [b.marker + b.title, ...b.blocks.map((p) => p.text)];
  if (b.type === 'grid') return [...(b.caption !== null ? [b.caption] : []), ...b.header, ...b.rows.flatMap((r) => r.pieces.map((p) => p.text))];
  if (b.type !== 'table') return [b.text];
  return [
    ...(b.caption !== null ? [b.caption] : []),
    ...b.header,
    ...b.rows.flatMap((r) => {
      const cells: string[] = b.header.map(() => '');
      if (b.columns.category !== null && r.categoryPrinted) cells[b.columns.category] = r.category;
      cells[b.columns.name] = r.printedName;
      r.cells.forEach((c, k) => (cells[b.columns.firstYear + k] = c.printed));
      for (const o of r.otherCells) cells[o.column] = o.text;
      return cells;
    }),
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
  // In document order: a reprint prints its notice title before the 文号.
  const opening: [number, string][] = [];
  if (m.masthead) opening.push([m.masthead.line, m.masthead.text]);
  if (m.docNumber !== null && m.docNumberLine !== null) opening.push([m.docNumberLine, m.docNumber]);
  if (m.noticeTitlePrinted) opening.push([m.noticeTitlePrinted.line, m.noticeTitlePrinted.text]);
  if (m.addressees) opening.push([m.addressees.line, m.addressees.text]);
  out.push(...opening.sort((a, b) => a[0] - b[0]).map(([, t]) => t));
  out.push(...m.noticeBody.map((p) => p.text));
  if (m.publicationNote) out.push(m.publicationNote.text);
  out.push(m.planTitle);
  out.push(...model.preamble.map((p) => p.text));
  // A node's blocks and its children in the order they are printed: a line that assigns a whole
  // section may follow the section's items.
  const visit = (n: OutlineNode): void => {
    out.push(n.heading.marker + n.heading.title + n.heading.terminator);
    const parts: { line: number; emit: () => void }[] = [
      ...n.blocks.map((b) => ({ line: b.line, emit: () => out.push(...blockSegments(b)) })),
      ...childrenOf(n).map((c) => ({ line: c.line, emit: () => visit(c) })),
    ];
    for (const x of parts.sort((a, b) => a.line - b.line)) x.emit();
  };
  model.parts.forEach(visit);
  for (const l of [m.cc, m.issuingOffice, m.issuedDatePrinted]) if (l) out.push(l.text);
  return out;
}
