/**
 * The portal's metadata block (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期, 主题词)
 * read as the portal's record. Portals print it as a layout table (a label cell, then the value in
 * the same cell or the next), as a list of `label：value` items, or as one line of several pairs;
 * so the page is cut into text segments at every block and cell boundary, and a label opens a value
 * that runs to the next label or, when the label stands alone, is the next segment beside it. Three
 * or more different labels in an unbroken run make a block; fewer are words of some other text.
 */
import type { PortalRecord } from '../../model/schemas/document.ts';
import { BLOCK_TAGS, isElement, isSkipped, isText, type Element, type ParentNode } from './dom.ts';
import { collapse } from './text.ts';

type Field = Exclude<keyof PortalRecord, 'url'>;

/** Labels as portals print them, spaced out to line up (索 引 号, 标　　题) or not. */
const LABELS: [Field, string[]][] = [
  ['indexNumber', ['索引号']],
  ['topic', ['主题分类']],
  ['issuer', ['发文机关', '发布机构', '发文单位']],
  ['writtenDate', ['成文日期']],
  ['title', ['标题', '名称']],
  ['docNumber', ['发文字号', '文号']],
  ['publishedDate', ['发布日期']],
  ['subjectWords', ['主题词']],
];

const spaced = (word: string): string => [...word].join('[\\s\\u3000]*');
const FIELD_OF = new Map(LABELS.flatMap(([field, words]) => words.map((w) => [w, field] as const)));
const ALL_WORDS = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length);
/**
 * A label and its colon (full-width or not). A label without a colon counts only as a whole
 * segment (a label cell whose value is the next cell), so that the words inside a value or a
 * sentence are not taken for labels.
 */
const LABEL = new RegExp(`(${ALL_WORDS.map(spaced).join('|')})[\\s\\u3000]*([:：]|$)`, 'gu');

/** A cell that is a label of some other field: a few characters and a colon, nothing else. */
const OTHER_LABEL = /^[^。，；;,.]{1,8}[:：]$/u;

function labelsIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(LABEL)].filter((m) => m[2] !== '' || m.index === 0);
}

/** A run of text between block or cell boundaries, with the element it belongs to. */
export interface Segment {
  text: string;
  owner: Element;
}

const CELL_TAGS = new Set(['td', 'th', 'dd', 'dt', 'li']);

/** The page's text cut at every block and cell boundary; an empty cell is an empty segment (an absent value). */
export function segments(root: ParentNode): Segment[] {
  const out: Segment[] = [];
  let buffer = '';
  const flush = (owner: Element, keepEmpty: boolean) => {
    const text = collapse(buffer);
    buffer = '';
    if (text !== '' || keepEmpty) out.push({ text, owner });
  };
  const visit = (node: ParentNode, owner: Element) => {
    for (const c of node.childNodes) {
      if (isText(c)) buffer += c.value;
      else if (isElement(c) && !isSkipped(c)) {
        if (c.tagName === 'br') buffer += '\n';
        else if (BLOCK_TAGS.has(c.tagName)) {
          flush(owner, false);
          const before = out.length;
          visit(c, c);
          flush(c, CELL_TAGS.has(c.tagName) && out.length === before);
        } else visit(c, owner);
      }
    }
  };
  const rootOwner = root as Element;
  visit(root, rootOwner);
  flush(rootOwner, false);
  return out;
}

interface Hit {
  field: Field;
  value: string;
  /** Segments that printed the label and the value: they belong to the record, not the body. */
  owners: Element[];
  /** The segment of the label, and the last segment the pair takes (the value's, when it stands beside). */
  at: number;
  last: number;
}

function hitsIn(segs: Segment[]): Hit[] {
  const hits: Hit[] = [];
  segs.forEach((seg, i) => {
    const found = labelsIn(seg.text);
    found.forEach((m, k) => {
      const field = FIELD_OF.get(m[1].replace(/[\s\u3000]/g, ''))!;
      const end = k + 1 < found.length ? found[k + 1].index : seg.text.length;
      const value = seg.text.slice(m.index + m[0].length, end).trim();
      if (value !== '' || k + 1 < found.length) {
        hits.push({ field, value, owners: [seg.owner], at: i, last: i });
        return;
      }
      // A label that ends its segment: the value is the next segment (the next cell), unless that is a label itself.
      // It must stand beside the label (a cell of the same row, a <dd> after its <dt>): text further on is the document's.
      const next = segs[i + 1];
      const beside = next !== undefined && next.owner !== seg.owner && next.owner.parentNode === seg.owner.parentNode;
      if (!beside || labelsIn(next.text)[0]?.index === 0) hits.push({ field, value: '', owners: [seg.owner], at: i, last: i });
      else hits.push({ field, value: next.text, owners: [seg.owner, next.owner], at: i, last: i + 1 });
    });
  });
  return hits;
}

export interface RecordFound {
  record: Omit<PortalRecord, 'url'>;
  /** The elements that print the block: left out of the document body. */
  elements: Set<Element>;
}

/** The page's metadata block, or null when no three labels of it stand close together. */
export function findRecord(root: ParentNode): RecordFound | null {
  const segs = segments(root);
  const hits = hitsIn(segs);
  // A block is an unbroken run of pairs: only empty cells and other pairs may stand between one pair and the next.
  // A label in the document's text below it is separated from it by the document's first lines.
  // Pairs under labels the record has no field for (分类：, 来源：) belong to the run as well.
  const unbroken = (from: Hit, to: Hit) => {
    for (let i = from.last + 1; i < to.at; i++) {
      if (segs[i].text === '') continue;
      if (!OTHER_LABEL.test(segs[i].text)) return false;
      i++; // its value
    }
    return true;
  };
  let cluster: Hit[] = [];
  const clusters: Hit[][] = [];
  for (const h of hits) {
    if (cluster.length > 0 && !unbroken(cluster[cluster.length - 1], h)) {
      clusters.push(cluster);
      cluster = [];
    }
    cluster.push(h);
  }
  if (cluster.length > 0) clusters.push(cluster);
  const block = clusters.find((c) => new Set(c.map((h) => h.field)).size >= 3);
  if (block === undefined) return null;
  const record: Omit<PortalRecord, 'url'> = {
    indexNumber: null, topic: null, issuer: null, writtenDate: null, title: null, docNumber: null, publishedDate: null, subjectWords: null,
  };
  const elements = new Set<Element>();
  const seen = new Set<Field>();
  for (const h of block) {
    // A label printed again (a 标题： in the text just below the block) is the document's, not the record's.
    if (seen.has(h.field)) continue;
    seen.add(h.field);
    if (h.value !== '') record[h.field] = h.value;
    for (const o of h.owners) elements.add(o);
  }
  return { record, elements };
}
