import * as OpenCC from 'opencc-js';
import type { Correction, Mark } from '../model/schema.ts';
import { ATTACHMENT_START, ROW_START } from './attachments.ts';
import { labelledLineUnfinished } from './departments.ts';
import { matchMarker } from './markers.ts';
import { BOX_START } from './outline.ts';
import type { SourceLine } from './read.ts';

/** A line of text as the outline sees it: physical lines joined across line and page breaks. */
export interface LogicalLine {
  text: string;
  line: number;
  endLine: number;
  marks: Mark[];
}

export interface RepairResult {
  lines: LogicalLine[];
  corrections: Correction[];
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const CJK = /[\u3400-\u9fff]/;

/**
 * Characters that end a sentence or a line of a heading, so a line ending in one of them is
 * complete. A closing bracket ends the department line (省…牵头) and so ends a paragraph too.
 */
const TERMINAL = new Set(['。', '；', '：', '！', '？', '）', ')', '…']);
const CLOSING_QUOTES = /[”’」』]+$/;
const PROSE_PUNCTUATION = /[，、。；：]/;

/**
 * Reduplicated words that really do repeat a character (人人, 层层 …): a page break between the two
 * characters is not an extraction artefact, so they are never de-duplicated.
 */
const REDUPLICATIONS = new Set([
  '人人', '层层', '常常', '往往', '纷纷', '渐渐', '步步', '处处', '年年', '天天', '个个', '家家',
  '事事', '时时', '刚刚', '紧紧', '实实', '扎扎', '切切', '重重', '稳稳', '多多', '好好', '久久',
]);

/** True when a line stops mid-sentence: it is prose (has inner punctuation) with no end mark. */
export function isUnfinished(text: string): boolean {
  const t = text.trimEnd().replace(CLOSING_QUOTES, '');
  if (t === '' || text.includes('\t')) return false;
  if (!PROSE_PUNCTUATION.test(t)) return false;
  return !TERMINAL.has(t[t.length - 1]);
}

/**
 * Length of the text that a page break printed twice: the end of `prev` repeated at the start of
 * `next` (石化产|产业基地, 升级。|级。). After a complete sentence only a repeat that includes the
 * end mark counts, since a new paragraph may legitimately start with the same character.
 */
export function duplicatedLength(prev: string, next: string): number {
  const p = prev.trimEnd();
  const unfinished = isUnfinished(p);
  for (let k = Math.min(4, p.length, next.length); k >= 1; k--) {
    const s = next.slice(0, k);
    if (!p.endsWith(s) || !CJK.test(s)) continue;
    if (unfinished) {
      if (REDUPLICATIONS.has(p.slice(-1) + next[0])) return 0;
      return k;
    }
    if (k >= 2 && TERMINAL.has(s[s.length - 1])) return k;
  }
  return 0;
}

function variantCorrections(src: SourceLine): { text: string; marks: Mark[]; corrections: Omit<Correction, 'line'>[] } {
  let text = '';
  const marks: Mark[] = [];
  const corrections: Omit<Correction, 'line'>[] = [];
  for (let i = 0; i < src.text.length; i++) {
    const ch = src.text[i];
    const simplified = CJK.test(ch) ? toSimplified(ch) : ch;
    if (simplified !== ch && [...simplified].length === 1) {
      marks.push({ start: text.length, end: text.length + simplified.length, correction: -1 });
      corrections.push({
        kind: 'variant-character',
        column: i,
        before: ch,
        after: simplified,
        reason: `traditional/OCR variant ${ch} in simplified text; OpenCC t→cn gives ${simplified}`,
      });
      text += simplified;
    } else {
      text += ch;
    }
  }
  return { text, marks, corrections };
}

function isStructural(text: string): boolean {
  return matchMarker(text) !== null || BOX_START.test(text) || text.includes('\t') || labelledLineUnfinished(text) !== null || ROW_START.test(text) || ATTACHMENT_START.test(text.trim());
}

/** A line stops mid-sentence, or a labelled assignment line stops mid-list. */
function continues(text: string): boolean {
  const labelled = labelledLineUnfinished(text);
  return labelled ?? isUnfinished(text);
}

/**
 * Joins lines that a line or page break split, removes text a page break printed twice and
 * replaces variant characters, recording each repair as a correction with its source position.
 */
export function repair(source: SourceLine[], furniture: ReadonlySet<number> = new Set()): RepairResult {
  const corrections: Correction[] = [];
  const lines: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  let prevPhysical: SourceLine | null = null;
  // Its index in `source`: looking it up on every join made joining many lines quadratic.
  let prevIndex = -1;

  const addCorrection = (c: Correction): number => {
    corrections.push(c);
    return corrections.length - 1;
  };

  for (let idx = 0; idx < source.length; idx++) {
    const src = source[idx];
    if (src.text.trim() === '' || furniture.has(src.line)) continue;
    const fixed = variantCorrections(src);
    const text = fixed.text;
    const canJoin: boolean = current !== null && prevPhysical !== null && !isStructural(text) && !current.text.includes('\t');
    const dup: number = canJoin ? duplicatedLength(current!.text, text) : 0;
    // A variant character inside text that is removed as a duplicate needs no correction of its own.
    const removedUpTo: number = dup > 0 ? text.length - text.trimStart().length + dup : 0;
    const lineMarks: Mark[] = fixed.marks
      .map((m, i) => ({ m, c: fixed.corrections[i] }))
      .filter(({ m }) => m.start >= removedUpTo)
      .map(({ m, c }) => ({ ...m, correction: addCorrection({ ...c, line: src.line }) }));
    if (current && prevPhysical && canJoin && (dup > 0 || continues(current.text))) {
      const between = source.slice(prevIndex + 1, idx);
      // The join's `before` stops where the first furniture line starts: that line is a
      // correction of its own, and corrections never overlap.
      const firstFurniture = between.findIndex((b) => furniture.has(b.line));
      const joined = firstFurniture === -1 ? between : between.slice(0, firstFurniture);
      const prevTrailing = prevPhysical.text.length - prevPhysical.text.trimEnd().length;
      const leading = text.length - text.trimStart().length;
      const brk = prevPhysical.text.slice(prevPhysical.text.length - prevTrailing) + '\n' +
        joined.map((b) => b.text + '\n').join('') + (firstFurniture === -1 ? src.text.slice(0, leading) : '');
      const joinKind = between.length > 0 ? 'page-break-join' : 'line-join';
      const joinIndex = addCorrection({
        kind: joinKind,
        line: prevPhysical.line,
        column: prevPhysical.text.trimEnd().length,
        before: brk,
        after: '',
        reason: between.length > 0
          ? 'a page break split this paragraph; the line does not end a sentence'
          : 'a line break inside a paragraph',
      });
      let body = text.slice(leading);
      let bodyMarks = lineMarks.map((m) => ({ ...m, start: m.start - leading, end: m.end - leading }));
      if (dup > 0) {
        const dupText = src.text.slice(leading, leading + dup);
        const dupIndex = addCorrection({
          kind: 'duplicated-characters',
          line: src.line,
          column: leading,
          before: dupText,
          after: '',
          reason: `“${dupText}” ends line ${prevPhysical.line} and is printed again at the start of line ${src.line}`,
        });
        body = body.slice(dup);
        bodyMarks = bodyMarks.map((m) => ({ ...m, start: m.start - dup, end: m.end - dup }));
        const base = current.text.trimEnd().length;
        current.marks.push({ start: base - dup, end: base, correction: dupIndex });
      }
      const base = current.text.trimEnd().length;
      current.text = current.text.trimEnd() + body;
      current.marks.push({ start: Math.max(0, base - 1), end: Math.min(current.text.length, base + 1), correction: joinIndex });
      current.marks.push(...bodyMarks.map((m) => ({ ...m, start: m.start + base, end: m.end + base })));
      current.endLine = src.line;
    } else {
      if (current) lines.push(current);
      current = { text, line: src.line, endLine: src.line, marks: lineMarks };
    }
    prevPhysical = src;
    prevIndex = idx;
  }
  if (current) lines.push(current);
  for (const l of lines) l.marks.sort((a, b) => a.start - b.start || a.end - b.end);
  return { lines, corrections };
}
