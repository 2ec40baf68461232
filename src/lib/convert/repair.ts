import type { Correction, Mark } from '../model/schema.ts';
import { labelledLineUnfinished } from './departments.ts';
import { foldChar } from './fold.ts';
import { matchMarker } from './markers.ts';
import { ATTACHMENT_START, BOX_START, isDocNumber, ROW_START, type LogicalLine } from './patterns.ts';
import type { SourceLine } from './read.ts';

export type { LogicalLine } from './patterns.ts';

export interface RepairResult {
  lines: LogicalLine[];
  corrections: Correction[];
}

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
export function isUnfinished(text: string, prose = PROSE_PUNCTUATION.test(text)): boolean {
  const t = text.trimEnd().replace(CLOSING_QUOTES, '');
  if (t === '' || text.includes('\t')) return false;
  if (!prose) return false;
  return !TERMINAL.has(t[t.length - 1]);
}

/**
 * Whether a line has prose punctuation outside its heading marker: the 、 of 一、 or 1、 is no
 * sentence, so a heading such as 一、保障措施 is complete and never joined to the line after it.
 */
function hasProse(text: string): boolean {
  const t = text.trimStart();
  const m = matchMarker(t);
  return PROSE_PUNCTUATION.test(m ? m.rest : t);
}

/** How much of each end of a long paragraph the join checks read. */
const EDGE = 256;

/**
 * A paragraph being joined line by line. Joining reads only its ends (and whether it has prose
 * punctuation at all), so the checks look at a short view instead of the whole growing text:
 * re-reading the whole paragraph at every join made joining many lines quadratic.
 *
 * Mutation testing: the lines marked "summary" keep that head/tail view, which only saves time
 * (the checks read at most the last few characters and whether there is prose punctuation). A
 * mutant there gives the same result more slowly, so they are disabled;
 * tests/unit/convert/linear-time.test.ts, outside mutation runs, guards the speed.
 */
class Growing {
  private pieces: string[];
  private head: string;
  private tail: string;
  length: number;
  readonly hasTab: boolean;
  readonly columns: boolean;
  prose: boolean;

  constructor(first: string) {
    this.pieces = [first];
    // Stryker disable next-line all: summary (see the class comment)
    this.head = first.slice(0, EDGE);
    // Stryker disable next-line all: summary (see the class comment)
    this.tail = first.slice(-EDGE);
    this.length = first.length;
    this.hasTab = first.includes('\t');
    this.columns = COLUMNS.test(first);
    this.prose = hasProse(first);
  }

  /** The whole text when short; else its start and its end, which decide every join. */
  view(): string {
    // Stryker disable next-line all: summary (see the class comment)
    return this.length <= 2 * EDGE ? this.pieces.join('') : this.head + this.tail;
  }

  /** Drops trailing whitespace (a line's, before the next line is appended). */
  trimEnd(): void {
    while (this.pieces.length > 0) {
      const last = this.pieces[this.pieces.length - 1];
      const trimmed = last.trimEnd();
      // Stryker disable next-line all: the length only chooses between the whole text and its summary in view()
      this.length -= last.length - trimmed.length;
      if (trimmed !== '' || this.pieces.length === 1) {
        this.pieces[this.pieces.length - 1] = trimmed;
        break;
      }
      this.pieces.pop();
    }
    // The last EDGE characters again: trailing whitespace may have been longer than the old tail.
    // Stryker disable next-line all: summary (see the class comment)
    let tail = '';
    // Stryker disable next-line all: summary (see the class comment)
    for (let i = this.pieces.length - 1; i >= 0 && tail.length < EDGE; i--) tail = this.pieces[i].slice(-(EDGE - tail.length)) + tail;
    this.tail = tail;
  }

  append(s: string): void {
    this.pieces.push(s);
    this.length += s.length;
    // Stryker disable next-line all: summary (see the class comment)
    this.tail = (this.tail + s).slice(-EDGE);
    // Stryker disable next-line all: summary (see the class comment)
    if (this.head.length < EDGE) this.head = (this.head + s).slice(0, EDGE);
    this.prose ||= PROSE_PUNCTUATION.test(s);
  }

  text(): string {
    const t = this.pieces.join('');
    this.pieces = [t];
    return t;
  }
}

/**
 * Length of the text that a page break printed twice: the end of `prev` repeated at the start of
 * `next` (石化产|产业基地, 升级。|级。). After a complete sentence only a repeat that includes the
 * end mark counts, since a new paragraph may legitimately start with the same character.
 */
export function duplicatedLength(prev: string, next: string, prose = PROSE_PUNCTUATION.test(prev)): number {
  const p = prev.trimEnd();
  const unfinished = isUnfinished(p, prose);
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

function variantCorrections(src: SourceLine, traditional: boolean): { text: string; marks: Mark[]; corrections: Omit<Correction, 'line'>[] } {
  // A traditional-character copy is kept as printed: its characters are no slips to correct.
  if (traditional) return { text: src.text, marks: [], corrections: [] };
  let text = '';
  const marks: Mark[] = [];
  const corrections: Omit<Correction, 'line'>[] = [];
  for (let i = 0; i < src.text.length; i++) {
    const ch = src.text[i];
    const simplified = foldChar(ch);
    if (simplified !== ch) {
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

/**
 * Cells of a list or table printed in columns (张桃林　　农业农村部副部长, 主  任：…): a wide gap
 * between two characters. Such a line is complete as printed and never joined to another.
 */
const COLUMNS = /\S(?:\u3000{2,}|\u3000? {2,}\u3000?)\S/;

function isStructural(text: string): boolean {
  // 1 总则 is a heading only where 1.1 follows; a line that starts "20 年" continues a sentence.
  const marker = matchMarker(text);
  return COLUMNS.test(text) || (marker !== null && marker.kind !== 'decimal-1') || BOX_START.test(text) || text.includes('\t') || labelledLineUnfinished(text) !== null || ROW_START.test(text) || ATTACHMENT_START.test(text.trim()) || isDocNumber(text);
}

/** A line stops mid-sentence, or a labelled assignment line stops mid-list. */
function continues(text: string, prose = PROSE_PUNCTUATION.test(text)): boolean {
  const labelled = labelledLineUnfinished(text);
  return labelled ?? isUnfinished(text, prose);
}

/**
 * Joins lines that a line or page break split, removes text a page break printed twice and
 * replaces variant characters, recording each repair as a correction with its source position.
 */
export function repair(source: SourceLine[], furniture: ReadonlySet<number> = new Set(), traditional = false): RepairResult {
  const corrections: Correction[] = [];
  const lines: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  // The text of `current`, grown join by join; written back when the paragraph is complete.
  let growing: Growing | null = null;
  const finish = () => {
    if (current && growing) {
      current.text = growing.text();
      lines.push(current);
    }
  };
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
    const fixed = variantCorrections(src, traditional);
    const text = fixed.text;
    // A row of a printed table is a line of its own: it never joins, nor is joined.
    const canJoin: boolean = current !== null && prevPhysical !== null && !src.table && !prevPhysical.table && src.box === prevPhysical.box && !isStructural(text) && !growing!.hasTab && !growing!.columns;
    const view = canJoin ? growing!.view() : '';
    const dup: number = canJoin ? duplicatedLength(view, text, growing!.prose) : 0;
    // A variant character inside text that is removed as a duplicate needs no correction of its own.
    const removedUpTo: number = dup > 0 ? text.length - text.trimStart().length + dup : 0;
    const lineMarks: Mark[] = fixed.marks
      .map((m, i) => ({ m, c: fixed.corrections[i] }))
      .filter(({ m }) => m.start >= removedUpTo)
      .map(({ m, c }) => ({ ...m, correction: addCorrection({ ...c, line: src.line }) }));
    if (current && growing && prevPhysical && canJoin && (dup > 0 || continues(view, growing.prose))) {
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
        growing.trimEnd();
        current.marks.push({ start: growing.length - dup, end: growing.length, correction: dupIndex });
      }
      growing.trimEnd();
      const base = growing.length;
      growing.append(body);
      current.marks.push({ start: Math.max(0, base - 1), end: Math.min(growing.length, base + 1), correction: joinIndex });
      current.marks.push(...bodyMarks.map((m) => ({ ...m, start: m.start + base, end: m.end + base })));
      current.endLine = src.line;
    } else {
      finish();
      current = { text, line: src.line, endLine: src.line, marks: lineMarks, ...(src.table ? { table: src.table } : {}), ...(src.box !== undefined ? { box: src.box } : {}) };
      growing = new Growing(text);
    }
    prevPhysical = src;
    prevIndex = idx;
  }
  finish();
  for (const l of lines) l.marks.sort((a, b) => a.start - b.start || a.end - b.end);
  return { lines, corrections };
}
