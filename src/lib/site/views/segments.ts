import type { Correction, Mark, Paragraph, SourceNote } from '../../model/schema.ts';
import { CORRECTION_KIND_LABEL } from '../../model/labels.ts';

/** A run of a paragraph's text with the corrections and notes that cover it. */
export interface Segment {
  text: string;
  corrections: number[];
  notes: number[];
  /** Corrections and notes whose span ends with this segment: their reference marks go here. */
  endsCorrections: number[];
  endsNotes: number[];
  /** The department this run names, when it is (part of) a department mention. */
  department: string | null;
  /** The gazetteer entity this run names, when it is (part of) an entity mention. */
  entity: string | null;
  /** Where a citation of another plan in the library links (src/lib/site/library/library.ts), if this run is one. */
  link: string | null;
}

/** A span of a paragraph's text that links elsewhere (a citation of a plan in the library). */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

interface Span {
  start: number;
  end: number;
  index: number;
}

/**
 * Cuts a paragraph's text at every boundary of its correction marks and of the notes about it, so
 * overlapping spans (a variant character inside a flagged phrase) render as nested marks.
 */
export function paragraphSegments(
  p: Pick<Paragraph, 'id' | 'text' | 'marks'> & { mentions?: Paragraph['mentions']; entities?: Paragraph['entities']; links?: TextLink[] },
  // Stryker disable next-line ArrayDeclaration: a non-span entry never matches the paragraph id, so it is filtered out like an empty list.
  notes: (SourceNote & { index: number })[] = [],
  start = 0,
  end = p.text.length,
): Segment[] {
  const corr: Span[] = p.marks.map((m) => ({ start: m.start, end: m.end, index: m.correction }));
  const flags: Span[] = notes
    .filter((n) => n.paragraph === p.id)
    .flatMap((n) => {
      const at = p.text.indexOf(n.text);
      // Stryker disable next-line ArrayDeclaration: a non-span entry has no start or end, so it is never in range and never covers a segment.
      return at === -1 ? [] : [{ start: at, end: at + n.text.length, index: n.index }];
    });
  // Stryker disable next-line ArrayDeclaration: as above, a non-span entry is never in range and never covers a segment.
  const mentions = (p.mentions ?? []).map((m) => ({ start: m.start, end: m.end, index: 0, department: m.department }));
  // Stryker disable next-line ArrayDeclaration: as above.
  const entities = (p.entities ?? []).map((m) => ({ start: m.start, end: m.end, index: 0, entity: m.entity }));
  const links = (p.links ?? []).map((l) => ({ start: l.start, end: l.end, index: 0, href: l.href }));
  // Stryker disable next-line EqualityOperator: a span that only touches the range adds a cut at start or end, which are cuts already.
  const inRange = (s: Span) => s.end > start && s.start < end;
  const cuts = new Set([start, end]);
  for (const s of [...corr, ...flags, ...mentions, ...entities, ...links].filter(inRange)) {
    cuts.add(Math.max(start, s.start));
    cuts.add(Math.min(end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const covers = (s: Span) => s.start < b && s.end > a;
    out.push({
      text: p.text.slice(a, b),
      corrections: corr.filter(covers).map((s) => s.index),
      notes: flags.filter(covers).map((s) => s.index),
      endsCorrections: corr.filter((s) => covers(s) && Math.min(end, s.end) === b).map((s) => s.index),
      endsNotes: flags.filter((s) => covers(s) && Math.min(end, s.end) === b).map((s) => s.index),
      department: mentions.find(covers)?.department ?? null,
      entity: entities.find(covers)?.entity ?? null,
      link: links.find(covers)?.href ?? null,
    });
  }
  return out;
}

export const correctionLabel = (c: Correction) => CORRECTION_KIND_LABEL[c.kind];

/**
 * A correction as a reader can check it: the original reading and the corrected text, with a few
 * characters of context from the paragraph where it applies; ⏎ stands for the removed break.
 */
export function describeCorrection(c: Correction, text?: string, mark?: Mark, context = 3): { before: string; after: string } {
  if (!text || !mark) return { before: c.before.replace(/\n+/g, '⏎'), after: c.after };
  const left = text.slice(Math.max(0, mark.start - context), mark.start);
  const right = text.slice(mark.end, mark.end + context);
  const span = text.slice(mark.start, mark.end);
  switch (c.kind) {
    case 'page-break-join':
    case 'line-join':
      return { before: `${left}${span.slice(0, 1)}⏎${span.slice(1)}${right}`, after: `${left}${span}${right}` };
    case 'duplicated-characters':
      return { before: `${left}${span}⏎${c.before}${right}`, after: `${left}${span}${right}` };
    case 'variant-character':
      return { before: `${left}${c.before}${right}`, after: `${left}${span}${right}` };
    case 'page-furniture':
      return { before: c.before, after: '' };
  }
}
