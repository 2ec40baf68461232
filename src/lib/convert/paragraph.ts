import type { Mark, Paragraph } from '../model/schema.ts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** A lead sentence is short and has no inner pause: 加快企业技术创新步伐。 */
const MAX_LEAD = 18;

/** Length of the paragraph's short opening sentence (including its 。), or undefined. */
export function leadLength(text: string): number | undefined {
  const i = text.indexOf('。');
  if (i <= 0 || i + 1 >= text.length || i + 1 > MAX_LEAD) return undefined;
  const sentence = text.slice(0, i);
  if (/[，、；：“”（）()]/.test(sentence)) return undefined;
  return i + 1;
}

/**
 * Finds a 一是…二是…三是… enumeration: each ordinal must follow the previous one and start a
 * sentence or clause (so 统一是 inside a word is not an entry). Needs at least two entries.
 */
export function findEnumeration(text: string): { ordinal: number; start: number; end: number }[] | undefined {
  const starts: number[] = [];
  let from = 0;
  for (let n = 0; n < NUMERALS.length; n++) {
    const key = `${NUMERALS[n]}是`;
    let at = text.indexOf(key, from);
    while (at > 0 && !/[。；：，\s]/.test(text[at - 1])) at = text.indexOf(key, at + 1);
    if (at === -1) break;
    starts.push(at);
    from = at + key.length;
  }
  if (starts.length < 2) return undefined;
  return starts.map((start, i) => ({ ordinal: i + 1, start, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
}

export interface ParagraphInput {
  id: string;
  text: string;
  line: number;
  endLine: number;
  marks: Mark[];
  /** Heading remainders have no lead sentence of their own: the heading is the lead. */
  allowLead: boolean;
}

export function makeParagraph(input: ParagraphInput): Paragraph {
  const p: Paragraph = {
    type: 'paragraph',
    id: input.id,
    line: input.line,
    endLine: input.endLine,
    text: input.text,
    marks: input.marks,
    mentions: [],
    entities: [],
  };
  const lead = input.allowLead ? leadLength(input.text) : undefined;
  if (lead !== undefined) p.leadLength = lead;
  const enumeration = findEnumeration(input.text);
  if (enumeration) p.enumeration = enumeration;
  return p;
}
