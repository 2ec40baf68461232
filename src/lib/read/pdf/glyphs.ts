/**
 * Glyph runs → printed lines. PDF.js gives text as positioned runs; a line is the runs that share
 * a baseline, read left to right. Chinese is set without spaces, so runs join with nothing between
 * them; a space is put back only between two ASCII words whose gap on the page shows one (PDF.js
 * synthesises space runs from gaps, including the gap a word processor leaves between Chinese and
 * Latin text, which is spacing, not a character). A full-width space (U+3000) is a character and
 * is kept wherever it is printed.
 */
import type { PdfItem, PdfLine } from './types.ts';

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const BASELINE_TOLERANCE = 0.4;
/** A gap between ASCII words wider than this share of the font size is a space. */
const SPACE_GAP = 0.15;

const ASCII_WORD_END = /[\x21-\x7e]$/;
const ASCII_WORD_START = /^[\x21-\x7e]/;
/** Only ASCII spaces are PDF.js's gap markers; U+3000 and other printed spaces are text. */
const SYNTHETIC_SPACE = /^[ \t\r\n]*$/;

/** A gap between Chinese characters this wide (font sizes) is full-width spaces, one per font size. */
const FULL_SPACE_GAP = 0.75;

/**
 * Whether a line is letter-spaced: its words stand apart by equal wide gaps that are not whole
 * characters (a title set 关 于 我 国 by spacing; a line stretched over the width before a manual
 * break, which a word processor spreads at every word: 院的 手术患者 人数 ×100% 。). Those gaps are
 * spacing. Full-width spaces are whole characters: a gap of exactly one or two font sizes
 * (陈宝生　　教育部部长, 张三　李四　王五).
 */
export function letterSpaced(runs: readonly PdfItem[]): boolean {
  const gaps = runs
    .slice(1)
    .map((r, i) => (r.x - (runs[i].x + runs[i].width)) / Math.min(r.size, runs[i].size))
    .filter((g) => g > 0.15);
  if (gaps.length < 2) return false;
  const whole = gaps.every((g) => Math.abs(g - Math.round(g)) <= 0.02);
  return !whole && Math.min(...gaps) >= 0.5 && Math.max(...gaps) - Math.min(...gaps) <= 0.2;
}

/** A line stretched by more than this (font sizes) is spread: its gaps are not spaces. */
const SPREAD_STRETCH = 1;

const CJK_END = /[\u3000-\u9fff\uf900-\ufaff\uff01-\uff5e]$/u;
const CJK_START = /^[\u3000-\u9fff\uf900-\ufaff\uff01-\uff5e]/u;


/** The gaps between runs that are full-width spaces: their index (before run i) and how many. */
function fullWidthGaps(runs: readonly PdfItem[]): Map<number, number> {
  const out = new Map<number, number>();
  if (letterSpaced(runs)) return out;
  for (let i = 1; i < runs.length; i++) {
    const gap = runs[i].x - (runs[i - 1].x + runs[i - 1].width);
    const em = Math.min(runs[i - 1].size, runs[i].size);
    const asciiPair = ASCII_WORD_END.test(runs[i - 1].str) && ASCII_WORD_START.test(runs[i].str);
    // A full-width space is a whole character wide; a wide gap of a fraction is stretch (a short
    // line spread to the margin before a manual break).
    const whole = Math.abs(gap / em - Math.round(gap / em)) <= 0.1;
    if (gap >= FULL_SPACE_GAP * em && whole && !(asciiPair && gap < 1.5 * em)) out.set(i, Math.round(gap / em));
  }
  return out;
}

/**
 * The spacing a word processor sets between Latin and Chinese text, which PDF.js reads as a space
 * inside a run (2025 年): spacing, not a character, like the same gap between two runs.
 */
const AUTOSPACE = /(?<=[A-Za-z0-9%])\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+(?=[A-Za-z0-9])/gu;

/**
 * Joins the runs of one line (already in left-to-right order) into its text. PDF.js drops the
 * space glyphs it meets and leaves their width as a gap between runs, so the gaps are read back:
 * between ASCII words a gap is one space; elsewhere a gap of a whole font size or more is
 * full-width spaces (U+3000, how Chinese documents align 主　任, a name and a title, 1.1　总则),
 * unless the whole line is letter-spaced; a narrower gap next to a Chinese character is the word
 * processor's spacing (between Chinese and Latin text) or justification, and no character (PDF.js
 * keeps a printed ASCII space between Chinese characters inside its run: 中共中央 国务院).
 */
export function joinRuns(runs: readonly PdfItem[]): string {
  // In a letter-spaced or stretched line gaps are spacing, and no character; PDF.js's spaces
  // between every two stretched characters (切 口 手 术) are gaps too.
  const spaced = letterSpaced(runs) || runs.some((r) => SPREAD.test(r.str)) || stretchOfRuns(runs).stretch > SPREAD_STRETCH;
  if (spaced) runs = runs.map((r) => ({ ...r, str: r.str.replace(/(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])/gu, '') }));
  const wide = fullWidthGaps(runs);
  let text = '';
  runs.forEach((run, i) => {
    if (i > 0) {
      const prev = runs[i - 1];
      const gap = run.x - (prev.x + prev.width);
      const spaces = wide.get(i);
      if (spaces !== undefined) text += '\u3000'.repeat(spaces);
      else if (!spaced && CJK_END.test(text) && CJK_START.test(run.str) && gap >= 0.2 * run.size) {
        // Between Chinese characters set solid, a narrower gap is printed ASCII spaces (召 集 人).
        text += ' '.repeat(Math.max(1, Math.round(gap / (0.25 * run.size))));
      } else if (ASCII_WORD_END.test(text) && ASCII_WORD_START.test(run.str) && gap > SPACE_GAP * Math.min(prev.size, run.size)) text += ' ';
    }
    text += run.str.replace(AUTOSPACE, '');
  });
  return text.trim();
}

/** Groups runs into baselines, top to bottom; each group's runs sorted left to right. */
export function groupBaselines(items: readonly PdfItem[]): PdfItem[][] {
  const runs = items.filter((it) => !SYNTHETIC_SPACE.test(it.str) && it.size > 0);
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; size: number; runs: PdfItem[] }[] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last !== undefined && Math.abs(run.y - last.y) <= BASELINE_TOLERANCE * Math.max(run.size, last.size)) {
      last.runs.push(run);
      last.size = Math.max(last.size, run.size);
    } else {
      groups.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  return groups.map((g) => g.runs.sort((a, b) => a.x - b.x));
}

/**
 * The run that sets a line's baseline and size: one in the size most of its characters have (a
 * footnote mark is smaller and sits higher; a symbol from a fallback font may be larger).
 */
export function mainRun(runs: readonly PdfItem[]): PdfItem {
  const weight = new Map<number, number>();
  for (const r of runs) weight.set(r.size, (weight.get(r.size) ?? 0) + [...r.str].length);
  let size = runs[0].size;
  for (const [s, w] of weight) if (w > (weight.get(size) ?? 0)) size = s;
  return runs.find((r) => r.size === size) ?? runs[0];
}

/**
 * The lines of one page (or of one table cell), top to bottom. `lineOf` numbers each line on its
 * page; by default the lines are numbered 1, 2, 3 … in the order found.
 */
export function itemsToLines(items: readonly PdfItem[], page: number, lineOf?: (y: number) => number): PdfLine[] {
  return groupBaselines(items).map((runs, i) => {
    const main = mainRun(runs);
    const last = runs[runs.length - 1];
    return {
      page,
      line: lineOf === undefined ? i + 1 : lineOf(main.y),
      y: main.y,
      x0: runs[0].x,
      x1: Math.max(...runs.map((r) => r.x + r.width), last.x + last.width),
      size: main.size,
      text: joinRuns(runs),
      items: runs,
    };
  });
}

/** Numbers the baselines of a whole page: given a y, the 1-based line it belongs to. */
export function lineNumberer(items: readonly PdfItem[]): (y: number) => number {
  const ys = groupBaselines(items).map((runs) => mainRun(runs).y);
  return (y: number) => {
    let best = 0;
    for (let i = 1; i < ys.length; i++) if (Math.abs(ys[i] - y) < Math.abs(ys[best] - y)) best = i;
    return best + 1;
  };
}

/** A run of single non-ASCII characters each followed by a space: 切 口 手 术 (spread, not spaced). */
const SPREAD = /^[^\x00-\x7f](?: [^\x00-\x7f])+$/u;


/** Runs of Chinese characters and full-width forms only (spaces aside): each is one font size wide unstretched. */
const FULL_WIDTH = /^[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff5e\u3000-\u303f ]+$/u;

/**
 * How much wider a line is set than its characters need, in font sizes: the stretch a justified
 * line gets. Chinese characters are one font size wide unstretched, so a run of them shows its
 * stretch; other runs count as they are. Gaps between runs of Chinese count as stretch, except
 * those read as full-width spaces.
 */
export function stretchOf(line: PdfLine): { stretch: number; known: number } {
  return stretchOfRuns(line.items);
}

export function stretchOfRuns(runs: readonly PdfItem[]): { stretch: number; known: number } {
  if (runs.length === 0) return { stretch: 0, known: 0 };
  const size = mainRun(runs).size;
  const wide = fullWidthGaps(runs);
  let stretch = 0;
  let known = 0;
  runs.forEach((run, i) => {
    const chars = run.str.replace(/ /g, '').length;
    // A run with a printed space in it (中共中央 国务院) is wider by the space, not stretched.
    if (FULL_WIDTH.test(run.str) && (!run.str.includes(' ') || SPREAD.test(run.str))) {
      stretch += run.width - chars * run.size;
      known += chars;
    }
    // Between Chinese and Latin text a word processor leaves spacing of its own: only gaps
    // between two runs of Chinese count.
    if (i > 0 && FULL_WIDTH.test(run.str) && FULL_WIDTH.test(runs[i - 1].str)) {
      const gap = run.x - (runs[i - 1].x + runs[i - 1].width);
      const spaces = wide.get(i);
      if (spaces === undefined) stretch += gap;
      else stretch += gap - spaces * run.size;
    }
  });
  return { stretch: stretch / size, known };
}

/**
 * Where a line's text would end unstretched. A word processor justifies a line by spreading its
 * characters; the line before a manual line break (Shift+Enter, a portal's <br>) it spreads over
 * the whole width, however short its text. Measured only where most of the line is Chinese, whose
 * unstretched width is known; elsewhere the line ends where it is printed.
 */
export function naturalEnd(line: PdfLine): number {
  const { stretch, known } = stretchOf(line);
  const count = line.text.replace(/\s/g, '').length;
  const reliable = known >= 4 && known >= count * 0.4;
  return line.x1 - (reliable ? Math.max(0, stretch) * line.size : 0);
}
