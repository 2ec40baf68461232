/**
 * Where a page's text stands in 原文, and how to cite a page: plain text a reader can copy.
 */
import type { OutlineNode } from '../../model/schema.ts';

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
