/**
 * Where a page's text stands in 原文, and how to cite a page: plain text a reader can copy.
 */
import type { OutlineNode, Part } from '../../model/schema.ts';
import { childrenOf } from '../../model/walk.ts';

/**
 * Where a page's 在原文中查看 lands in 原文: the node's own heading (or its sentence, for a clause
 * printed as one), not its first paragraph, so the reader sees the heading and the passage below it.
 * 原文 wraps each heading with its own text (paragraphs, tables, 专栏, department line) and marks all
 * of it when the heading is the target; a paragraph's own anchor (¶, search results) marks that
 * paragraph alone.
 */
export function sourceAnchor(node: Pick<OutlineNode, 'id'>): string {
  return node.id;
}

/**
 * The nearest page at or above every node of the outline (a clause without a page of its own
 * returns to its item's or task's page): where 原文's 返回 leads without JavaScript.
 */
export function nearestPages<T>(parts: Part[], pageOf: ReadonlyMap<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  const visit = (n: OutlineNode, above: T | undefined) => {
    const here = pageOf.get(n.id) ?? above;
    if (here !== undefined) out.set(n.id, here);
    for (const c of childrenOf(n)) visit(c, here);
  };
  for (const p of parts) visit(p, undefined);
  return out;
}

/**
 * Where 返回 goes once the browser says where the reader came from: the referring page of this site
 * (its path, query and anchor, so a search keeps its words), or null when the reader came from
 * elsewhere, from nowhere, or from this same page (a jump inside 原文).
 */
export function returnAddress(referrer: string, here: string): string | null {
  if (!referrer) return null;
  let from: URL;
  let at: URL;
  try {
    from = new URL(referrer);
    at = new URL(here);
  } catch {
    return null;
  }
  if (from.origin !== at.origin || from.pathname === at.pathname) return null;
  return from.pathname + from.search + from.hash;
}

/**
 * The 原文 element that holds a node's first sentence: the node itself when its heading is a whole
 * sentence (原文 prints it as a paragraph), otherwise its first paragraph, looked for in document
 * order through its children; the node's heading when it has no paragraph at all.
 */
export function sourceParagraph(node: OutlineNode): { id: string; text: string } {
  const first = (n: OutlineNode): { id: string; text: string } | null => {
    if (n.heading.sentence) return { id: n.id, text: n.heading.marker + n.heading.title + n.heading.terminator };
    for (const b of n.blocks) {
      if (b.type === 'paragraph') return { id: b.id, text: b.text };
      const boxed = b.type === 'box' ? b.blocks.find((x) => x.type === 'paragraph') : undefined;
      if (boxed) return { id: boxed.id, text: boxed.text };
    }
    for (const c of 'children' in n ? (n.children as OutlineNode[]) : []) {
      const found = first(c);
      if (found) return found;
    }
    return null;
  };
  return first(node) ?? { id: node.id, text: node.heading.title };
}

export interface CitationParts {
  issuer: string | null;
  planTitle: string;
  docNumber: string | null;
  /** 2015年7月27日, the 印发 date as the text prints it. */
  issued: string | null;
  /** The page's place in the plan, outermost first: 重点任务与分工, （三）促进两化深度融合. */
  section: string[];
  address: string;
}

/** 辽宁省人民政府《…》（辽政发〔2015〕24号，2015年7月27日印发），重点任务与分工 › （三）…。地址 */
export function citationText(c: CitationParts): string {
  const note = [c.docNumber, c.issued && `${c.issued}印发`].filter(Boolean).join('，');
  const doc = `${c.issuer ?? ''}《${c.planTitle}》${note ? `（${note}）` : ''}`;
  const where = c.section.length > 0 ? `，${c.section.join(' › ')}` : '';
  return `${doc}${where}。${c.address}`;
}

/** The first sentence of a text (up to and with its 。！？ or ；), or its first `max` characters with …. */
export function firstSentence(text: string, max = 80): string {
  const m = /^[^。！？；]*[。！？；]/.exec(text);
  const s = m ? m[0] : text;
  return [...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s;
}
