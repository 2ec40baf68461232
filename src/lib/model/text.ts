import type { Block, OutlineNode, PlanModel } from './schema.ts';
import { childrenOf } from './walk.ts';

function blockSegments(b: Block): string[] {
  if (b.type === 'box') return [b.marker + b.title, ...b.blocks.flatMap(blockSegments)];
  if (b.type === 'grid') return [...(b.caption !== null ? [b.caption] : []), ...(b.printedHeader?.flat() ?? b.header), ...b.rows.flatMap((r) => r.pieces.map((p) => p.text))];
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
  // Every piece with the line it starts on: the envelope's lines are printed in different orders
  // by different forms (a reprint's title above its 文号, a signature before or after the body).
  const pieces: { line: number; texts: () => string[] }[] = [];
  const line = (l: { line: number; text: string } | null) => {
    if (l) pieces.push({ line: l.line, texts: () => [l.text] });
  };
  if (m.copyNumber !== null) pieces.push({ line: m.copyNumberLine ?? 0, texts: () => [m.copyNumber!] });
  line(m.masthead);
  if (m.docNumber !== null && m.docNumberLine !== null) line({ line: m.docNumberLine, text: m.docNumber });
  line(m.noticeTitlePrinted);
  line(m.addressees);
  m.noticeBody.forEach(line);
  line(m.publicationNote);
  // A document that is its own title (意见, 批复) prints it once, as the notice title.
  if (m.planTitleLine !== null && m.planTitleLine !== m.noticeTitlePrinted?.line) line({ line: m.planTitleLine, text: m.planTitle });
  model.preamble.forEach(line);
  // A node's blocks and its children in the order they are printed: a line that assigns a whole
  // section may follow the section's items.
  const visit = (n: OutlineNode, out: string[]): void => {
    out.push(n.heading.marker + n.heading.title + n.heading.terminator);
    const parts: { line: number; emit: () => void }[] = [
      ...n.blocks.map((b) => ({ line: b.line, emit: () => out.push(...blockSegments(b)) })),
      ...childrenOf(n).map((c) => ({ line: c.line, emit: () => visit(c, out) })),
    ];
    for (const x of parts.sort((a, b) => a.line - b.line)) x.emit();
  };
  for (const p of model.parts) {
    pieces.push({ line: p.line, texts: () => {
      const out: string[] = [];
      visit(p, out);
      return out;
    } });
  }
  [m.cc, m.issuingOffice, m.issuedDatePrinted].forEach(line);
  for (const s of m.signatures ?? []) {
    line(s.signer);
    line(s.date);
  }
  (m.otherLines ?? []).forEach(line);
  return pieces.sort((a, b) => a.line - b.line).flatMap((p) => p.texts());
}
