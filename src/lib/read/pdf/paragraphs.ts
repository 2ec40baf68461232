/**
 * Printed lines → paragraphs. A word processor wraps a paragraph's lines to the right margin, so
 * a line that ends short of it ends its paragraph; a first line indented by about two characters
 * (Chinese official documents), a larger vertical gap, a change of font size or a heading number
 * (一、 （一） 第一章 第一条) starts one; a centred or right-aligned line (a title, a signature, a
 * date) is a paragraph of its own.
 */
import { naturalEnd, stretchOf } from './glyphs.ts';
import type { Frame, PdfLine } from './types.ts';

export type Align = 'left' | 'center' | 'right';

export interface Paragraph {
  lines: PdfLine[];
  text: string;
  align: Align | null;
}

export interface ParagraphOptions {
  /** The lines are a table cell's: alignment does not split them. */
  cell?: boolean;
}

export interface Layout {
  frame: Frame;
  /**
   * How far short of the right margin (in font sizes) a line may end and still be full: small when
   * the text is justified (every wrapped line reaches the margin exactly), nearly a character when
   * it is set ragged (a wrapped Chinese line stops within one character of the margin).
   */
  slack: number;
  /** The usual distance between baselines in a paragraph, as a multiple of the font size. */
  pitch: number;
}

/** Slack for justified and for ragged text (font sizes). */
const JUSTIFIED_SLACK = 0.25;
const RAGGED_SLACK = 0.9;
export const HEADING = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|第[一二三四五六七八九十百零〇\d]+[章节条部分篇编]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|\d{1,2}(?:[.．]\d{1,2}){2,3}(?![.．\d])|\d{1,2}[.．]\d{1,2}(?=[\s\u3000]))/;

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && best !== null && v < best)) [best, bestCount] = [v, c];
  return best;
}

/**
 * The margins text is set between and the line pitch, from the lines themselves: the left margin
 * is where most lines start, the right margin where most end (every wrapped line of justified
 * text ends there).
 */
export function measureLayout(lines: readonly PdfLine[]): Layout {
  if (lines.length === 0) return { frame: { left: 0, right: 0 }, pitch: 1.5, slack: JUSTIFIED_SLACK };
  const left = mostCommon(lines.map((l) => Math.round(l.x0))) ?? lines[0].x0;
  // Justified lines all end at the margin; a line-end punctuation mark may hang beyond it, so the
  // margin is where most lines end, not the furthest right edge.
  // Short lines (a list of names) may share an end too: only ends near the furthest count.
  const furthest = Math.max(...lines.map((l) => l.x1));
  const right = mostCommon(lines.filter((l) => l.x1 >= furthest - 2 * l.size).map((l) => Math.round(l.x1))) ?? furthest;
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    const d = b.y - a.y;
    if (a.page === b.page && d > 0 && d < 3 * b.size) steps.push(Math.round((d / b.size) * 20) / 20);
  }
  return { frame: { left, right }, pitch: mostCommon(steps) ?? 1.5, slack: slackOf(lines, right) };
}

/**
 * Justified or ragged: of the lines that end within a character of the right margin, justified
 * text has nearly all within a quarter character (only a paragraph's last line may stop short),
 * ragged text spreads them over the whole character.
 */
export function slackOf(lines: readonly PdfLine[], right: number): number {
  const near = lines.map((l) => (right - l.x1) / l.size).filter((d) => d > -0.5 && d < 1);
  if (near.length === 0) return JUSTIFIED_SLACK;
  const tight = near.filter((d) => d <= JUSTIFIED_SLACK).length;
  return tight >= near.length * 0.6 ? JUSTIFIED_SLACK : RAGGED_SLACK;
}

export function alignOf(line: PdfLine, frame: Frame): Align | null {
  const { left, right } = frame;
  const s = line.size;
  const mid = (line.x0 + line.x1) / 2;
  const indentedFromBoth = line.x0 > left + 1.5 * s && line.x1 < right - 1.5 * s;
  if (indentedFromBoth && Math.abs(mid - (left + right) / 2) <= s) return 'center';
  if (line.x1 >= right - s && line.x0 > left + (right - left) * 0.4) return 'right';
  return null;
}

export function isFull(line: PdfLine, layout: Pick<Layout, 'frame' | 'slack'>): boolean {
  return line.x1 >= layout.frame.right - layout.slack * line.size;
}

/** How many lines either side show whether a line's paragraph is justified. */
const NEIGHBOURS = 3;

/** Characters that may not begin a line (a word processor carries the one before them over too). */
const CLOSING = /^[、。，．；：！？）》」』】〉〕”’·…—]/u;
const OPENING = /^[（《「『【〈〔“‘]/u;

const LATIN_START = /^[\x21-\x7e\u00b7\u00d7]+/u;

/**
 * The room the start of a line needs on the line before it: its first Latin word (a number, ×100%)
 * as printed, or its first Chinese character, or two where the second may not begin a line.
 */
export function roomNeeded(line: PdfLine): number {
  const em = line.size;
  let width = 0;
  let end = -Infinity;
  for (const run of line.items) {
    const m = LATIN_START.exec(run.str);
    if (m === null || (width > 0 && run.x - end > 0.15 * run.size)) break;
    // Its share of the run's width: Latin characters about half as wide as Chinese ones.
    const weight = (t: string): number => [...t].reduce((a, ch) => a + (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);
    width += run.width * (weight(m[0]) / weight(run.str));
    end = run.x + run.width;
    if (m[0].length < run.str.length) break;
  }
  const text = line.text;
  let at = LATIN_START.exec(text)?.[0].length ?? 0;
  // A word processor sets a little space between Latin and Chinese text.
  if (width > 0) width += 0.25 * em;
  else {
    // An opening mark may not end a line: it travels with the character after it.
    // (Counted a full character: Chinese fonts set “ full-width, and a word processor's spacing
    // around quotes varies.)
    while (OPENING.test(text.charAt(at))) {
      width += em;
      at++;
    }
    width += em;
    at++;
  }
  // A mark that may not begin a line travels with the word before it.
  if (CLOSING.test(text.charAt(at))) width += em;
  return width;
}

/** Whether the text of `line` ran on to `next`: unstretched, it leaves less room before `right` than `next` starts with. */
export function ranOn(line: PdfLine, next: PdfLine, right: number): boolean {
  return right - naturalEnd(line) < roomNeeded(next) - 0.05 * next.size;
}

/**
 * Whether a line is full: the text ran on to the next line because nothing more fitted. Justified
 * text reaches the margin exactly. Ragged text (one document may mix both) stops short of it, by
 * less than what starts the next line: its first character, or the first two where the second may
 * not begin a line (知》). A line near stretched, justified lines is judged as justified: a
 * paragraph's last line may then stop within a character of the margin and still end it.
 */
export function fullLines(lines: readonly PdfLine[], layout: Layout): boolean[] {
  const { frame, slack } = layout;
  const tight = { frame, slack: JUSTIFIED_SLACK };
  // Evidence of the paragraph's setting, from its neighbours up to the nearest clearly short line
  // either way (one paragraph and the next at most), nearest first: a stretched line that reaches
  // the margin is justified text; an unstretched line stopping within a character of it is ragged.
  const evidence = lines.map((l): 'justified' | 'ragged' | null => {
    const room = (frame.right - l.x1) / l.size;
    const stretch = stretchOf(l).stretch;
    if (room <= JUSTIFIED_SLACK && stretch > 0.05) return 'justified';
    if (room > JUSTIFIED_SLACK && room < 1.5 && Math.abs(stretch) <= 0.05) return 'ragged';
    return null;
  });
  const short = lines.map((l) => l.x1 < frame.right - 2 * l.size);
  const justified = lines.map((line, i) => {
    for (let d = 1; d <= NEIGHBOURS; d++) {
      for (const j of [i - d, i + d]) {
        if (j < 0 || j >= lines.length || lines[j].page !== line.page || blocked(i, j)) continue;
        const e = evidence[j];
        if (e !== null) return e === 'justified';
      }
    }
    return slack <= JUSTIFIED_SLACK;
  });
  function blocked(i: number, j: number): boolean {
    const [a, b] = j < i ? [j + 1, i] : [i + 1, j];
    for (let k = a; k < b; k++) if (short[k]) return true;
    return false;
  }
  return lines.map((line, i) => {
    const next = lines[i + 1];
    // Reaching the margin is not enough: a line spread there before a manual break ends its text
    // with room to spare for the next line's start.
    if (isFull(line, tight)) return next === undefined || ranOn(line, next, frame.right);
    if (justified[i]) return false;
    return next !== undefined && ranOn(line, next, frame.right);
  });
}

export function isIndented(line: PdfLine, frame: Frame): boolean {
  const d = line.x0 - frame.left;
  return d >= 1.2 * line.size && d <= 4.5 * line.size;
}

/** Whether `line` starts a new paragraph after `prev`. */
export function startsParagraph(prev: PdfLine, line: PdfLine, layout: Layout, options: ParagraphOptions = {}, prevFull = isFull(prev, layout)): boolean {
  const { frame, pitch } = layout;
  if (Math.abs(prev.size - line.size) > 0.15 * Math.max(prev.size, line.size)) return true;
  // In a table cell text is often centred as a whole: a wrapped centred line is not a title.
  if (options.cell !== true && (alignOf(prev, frame) !== null || alignOf(line, frame) !== null)) return true;
  if (!prevFull) return true;
  // A glyph from a fallback font can push a line down by half a character: only more is a gap.
  if (prev.page === line.page && line.y - prev.y > (pitch + 0.75) * line.size) return true;
  if (isIndented(line, frame)) return true;
  // A continuation line starts at the left margin; one that does not is not this paragraph's.
  if (options.cell !== true && line.x0 > frame.left + 4.5 * line.size) return true;
  // A dash or bullet item (——食品工业。…) after a line that ends its sentence: a full line before it
  // is the end of the item above, not a line that runs on (a dash inside a sentence follows no 。).
  // So does a labelled line of who does it (牵头单位：… 完成时限：…), which plans print on a line of its own.
  if ((ITEM_START.test(line.text) || LABEL_START.test(line.text)) && SENTENCE_END.test(prev.text)) return true;
  return HEADING.test(line.text);
}

const ITEM_START = /^(?:——|[●■◆▲★◇□○•])/;
const LABEL_START = /^(?:(?:牵头|责任|配合|参与|协同|协办|主办|主责|指导)(?:单位|部门)|完成(?:时限|时间)|时间节点|责任分工)\s*[：:]/;
const SENTENCE_END = /[。！？；]\s*$/;

const ASCII_END = /[\x21-\x7e]$/;
const WORD_START = /^[A-Za-z0-9]/;

/** The text of a paragraph's lines: wrapped Chinese joins directly; wrapped Latin words keep their space. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text !== '' && ASCII_END.test(text) && WORD_START.test(line) && /[A-Za-z]$/.test(text)) text += ' ';
    text += line;
  }
  return text;
}

/** Groups lines (in reading order, possibly across pages) into paragraphs. */
export function linesToParagraphs(lines: readonly PdfLine[], layout: Layout, options: ParagraphOptions = {}): Paragraph[] {
  const out: Paragraph[] = [];
  const full = new Map(fullLines(lines, layout).map((f, i) => [lines[i], f]));
  let current: PdfLine[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const align = current.length === 1 ? alignOf(current[0], layout.frame) : null;
    out.push({ lines: current, text: joinLines(current.map((l) => l.text)), align });
    current = [];
  };
  for (const line of lines) {
    const prev = current[current.length - 1];
    if (prev !== undefined && startsParagraph(prev, line, layout, options, full.get(prev))) flush();
    current.push(line);
  }
  flush();
  return out;
}
