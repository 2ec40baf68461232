/**
 * Paragraph properties as Word resolves them: the paragraph's own w:pPr, then its style and the
 * styles it is based on, then the document defaults. The reader needs three of them: alignment,
 * outline level (headings) and list numbering.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { wAttr, wChild, wChildren, wInt, wVal } from './docx-xml.ts';

interface StyleProps {
  name: string;
  basedOn: string | null;
  jc: string | null;
  outline: number | null;
  numId: string | null;
  ilvl: number | null;
}

export interface Styles {
  byId: Map<string, StyleProps>;
  defaultParagraphStyle: string | null;
  defaultJc: string | null;
}

export interface ParagraphProps {
  align: 'left' | 'center' | 'right' | 'justify' | null;
  headingLevel: number | null;
  numId: string | null;
  ilvl: number;
}

export function parseStyles(doc: Document | null): Styles {
  const byId = new Map<string, StyleProps>();
  let defaultParagraphStyle: string | null = null;
  let defaultJc: string | null = null;
  const root = doc?.documentElement ?? null;
  if (root === null) return { byId, defaultParagraphStyle, defaultJc };
  const defaults = wChild(wChild(wChild(root, 'docDefaults'), 'pPrDefault'), 'pPr');
  defaultJc = wVal(defaults, 'jc');
  for (const style of wChildren(root, 'style')) {
    const id = wAttr(style, 'styleId');
    if (id === null) continue;
    const type = wAttr(style, 'type') ?? 'paragraph';
    if (type !== 'paragraph' && type !== 'numbering') continue;
    const pPr = wChild(style, 'pPr');
    const numPr = wChild(pPr, 'numPr');
    byId.set(id, {
      name: wVal(style, 'name') ?? id,
      basedOn: wVal(style, 'basedOn'),
      jc: wVal(pPr, 'jc'),
      outline: wInt(pPr, 'outlineLvl'),
      numId: wVal(numPr, 'numId'),
      ilvl: wInt(numPr, 'ilvl'),
    });
    const isDefault = wAttr(style, 'default');
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraphStyle = id;
  }
  return { byId, defaultParagraphStyle, defaultJc };
}

/** The style and the styles it is based on, nearest first (a basedOn cycle is cut). */
export function styleChain(styles: Styles, id: string | null): StyleProps[] {
  const chain: StyleProps[] = [];
  const seen = new Set<string>();
  for (let cur = id; cur !== null && !seen.has(cur); ) {
    seen.add(cur);
    const style = styles.byId.get(cur);
    if (style === undefined) break;
    chain.push(style);
    cur = style.basedOn;
  }
  return chain;
}

/** w:jc values as printed: Word's both/distribute (and the kashida forms) spread the line, start/end follow the (left-to-right) text. */
export function alignOf(jc: string | null): ParagraphProps['align'] {
  switch (jc) {
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'left':
    case 'start':
      return 'left';
    case 'both':
    case 'justify':
    case 'distribute':
    case 'lowKashida':
    case 'mediumKashida':
    case 'highKashida':
    case 'thaiDistribute':
      return 'justify';
    default:
      return null;
  }
}

/** Heading N from a style name: Word's built-in "heading 1" (any case, any spacing) and LibreOffice's "Heading 1". */
function headingFromName(name: string): number | null {
  const m = /^heading\s*([1-9])$/i.exec(name.trim());
  return m === null ? null : Number(m[1]);
}

export function paragraphProps(pPr: Element | null, styles: Styles): ParagraphProps {
  const chain = styleChain(styles, wVal(pPr, 'pStyle') ?? styles.defaultParagraphStyle);
  const jc = wVal(pPr, 'jc') ?? chain.find((s) => s.jc !== null)?.jc ?? styles.defaultJc;
  // Outline level 9 is Word's "body text"; levels 0–8 are headings 1–9.
  let outline = wInt(pPr, 'outlineLvl') ?? chain.find((s) => s.outline !== null)?.outline ?? null;
  if (outline === null) {
    const named = chain.map((s) => headingFromName(s.name)).find((n) => n !== null);
    outline = named === undefined ? null : named - 1;
  }
  const numPr = wChild(pPr, 'numPr');
  const ownNumId = wVal(numPr, 'numId');
  const styleNum = chain.find((s) => s.numId !== null);
  const numId = ownNumId ?? styleNum?.numId ?? null;
  const ilvl = wInt(numPr, 'ilvl') ?? chain.find((s) => s.ilvl !== null)?.ilvl ?? 0;
  return {
    align: alignOf(jc),
    headingLevel: outline !== null && outline >= 0 && outline <= 8 ? outline + 1 : null,
    numId: numId === null || numId === '0' ? null : numId,
    ilvl: Math.min(Math.max(ilvl, 0), 8),
  };
}
