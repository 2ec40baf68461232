/**
 * Page furniture: page numbers and running heads that pdftotext leaves as lines of their own.
 * Each notation is a small recogniser; they run in the order of FURNITURE_RECOGNISERS and a line
 * claimed by one is not offered to the next. Every removal becomes a `page-furniture` correction,
 * so 原文 lists it with its line and original text like any other repair.
 */
import type { Conventions, Correction } from '../model/schema.ts';
import { ConvertError } from '../model/errors.ts';
import type { SourceLine } from './read.ts';

export interface FurnitureContext {
  file: string;
  lines: SourceLine[];
  conventions: Pick<Conventions, 'runningHeads'>;
  /** Line numbers already claimed by an earlier recogniser. */
  claimed: Set<number>;
}

export interface FurnitureRecogniser {
  name: string;
  /** Line numbers (1-based) this notation prints, with why. */
  find(ctx: FurnitureContext): { line: number; reason: string }[];
}

const FULL_WIDTH_DIGITS = /[０-９]/g;
const toAscii = (s: string) => s.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
const blank = (l: SourceLine | undefined) => !l || l.text.trim() === '';

/** Non-blank neighbours of line index i (skipping blank lines and lines already claimed). */
function neighbours(ctx: FurnitureContext, i: number): { prev: SourceLine | undefined; next: SourceLine | undefined } {
  const usable = (l: SourceLine) => !blank(l) && !ctx.claimed.has(l.line);
  let p = i - 1;
  // Stryker disable next-line EqualityOperator: stopping at 0 instead of -1 returns lines[0], which is then unusable (blank or claimed) and read as no neighbour alike.
  while (p >= 0 && !usable(ctx.lines[p])) p--;
  let n = i + 1;
  // Stryker disable next-line EqualityOperator: lines[length] is undefined, the same as running off the end.
  while (n < ctx.lines.length && !usable(ctx.lines[n])) n++;
  return { prev: ctx.lines[p], next: ctx.lines[n] };
}

/** A table row (tab-separated) or a wrapped cell next to one: a number there is content. */
const inTable = (l: SourceLine | undefined) => !!l && l.text.includes('\t');

/** - 12 -, — 12 —, －12－, ·12·, 第 12 页, 第12页 共30页: unmistakable page numbers. */
const DECORATED = [
  /^[-－—–~～]{1,2}\s*\d{1,4}\s*[-－—–~～]{1,2}$/,
  /^[·•・]\s*\d{1,4}\s*[·•・]$/,
  /^第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
];

export const decoratedPageNumber: FurnitureRecogniser = {
  name: 'decorated-page-number',
  find: (ctx) =>
    ctx.lines
      .filter((l) => DECORATED.some((re) => re.test(toAscii(l.text.trim()))))
      .map((l) => ({ line: l.line, reason: `page number “${l.text.trim()}” printed by the PDF` })),
};

/**
 * A line holding only a number (12) is a page number when its position says so — it sits
 * between the two halves of a sentence — or when it belongs to a rising run of such lines (page
 * numbers increase: 3 … 4 … 6), or when it comes after the last line of text (the last page's
 * number, below the 印发 line). A number next to a table row, the document's first line (份号) and a
 * number with a leading zero are content and stay, and so does every bare number after a 序号 column
 * head (a table printed one cell a line numbers its rows the same way; official documents print
 * their page numbers decorated, — 12 —, which the previous recogniser reads anywhere).
 */
export const barePageNumber: FurnitureRecogniser = {
  name: 'bare-page-number',
  find: (ctx) => {
    // After a 序号 column head, bare numbers are row numbers of a table printed one cell a line.
    const rowNumbersFrom = ctx.lines.findIndex((l) => /^序\s*号(?:\s|$)/.test(l.text.trim()));
    // Stryker disable next-line ArrayDeclaration: a stray first element has no line and no value, so it is never accepted nor makes a run.
    const candidates: { i: number; line: number; value: number; mid: boolean; last: boolean }[] = [];
    ctx.lines.forEach((l, i) => {
      const t = toAscii(l.text.trim());
      if (!/^[1-9]\d{0,2}$/.test(t) || ctx.claimed.has(l.line)) return;
      // Stryker disable next-line EqualityOperator: the 序号 line itself is never a bare number.
      if (rowNumbersFrom !== -1 && i > rowNumbersFrom) return;
      const { prev, next } = neighbours(ctx, i);
      // No text before it: the first line of text (a 份号) is content.
      if (!prev || inTable(prev) || inTable(next)) return;
      candidates.push({ i, line: l.line, value: Number(t), mid: unfinishedProse(prev.text), last: !next });
    });
    const accepted = new Set<number>();
    for (const c of candidates) if (c.mid || c.last) accepted.add(c.line);
    for (let k = 1; k < candidates.length; k++) {
      const step = candidates[k].value - candidates[k - 1].value;
      if (step >= 1 && step <= 3) {
        accepted.add(candidates[k].line);
        accepted.add(candidates[k - 1].line);
      }
    }
    return candidates
      .filter((c) => accepted.has(c.line))
      .map((c) => ({
        line: c.line,
        reason: c.mid ? `page number ${c.value} between the two halves of a sentence` : c.last ? `page number ${c.value} after the last line of text` : `page number ${c.value} in a rising run of page numbers`,
      }));
  },
};

/** Prose that stops without an end mark: the page broke inside it. */
function unfinishedProse(text: string): boolean {
  const t = text.trimEnd().replace(/[”’」』]+$/, '');
  if (text.includes('\t')) return false;
  return /[，、；：。]/.test(t) && !/[。；：！？）)…]$/.test(t);
}

/**
 * Running heads or feet: the lines listed in the plan's conventions, and any short line without
 * sentence punctuation printed identically three times or more, mostly where pages break. Listed
 * heads go everywhere.
 */
export const runningHead: FurnitureRecogniser = {
  name: 'running-head',
  find: (ctx) => {
    const out: { line: number; reason: string }[] = [];
    const listed = new Set(ctx.conventions.runningHeads);
    for (const head of listed) {
      if (!ctx.lines.some((l) => l.text.trim() === head)) {
        throw new ConvertError(ctx.file, 1, `running head “${head}” listed in the conventions is not a line of the text`);
      }
    }
    const seen = new Map<string, SourceLine[]>();
    for (const l of ctx.lines) {
      const t = l.text.trim();
      if (listed.has(t)) {
        out.push({ line: l.line, reason: `running head “${t}” (listed in the plan's conventions)` });
        continue;
      }
      if (t.length < 4 || t.length > 40 || /[，、。；：！？\t]/.test(t) || /^[（(].*[）)]$/.test(t)) continue;
      // Appended in place: copying the list for every repeat made a line printed n times cost n².
      const same = seen.get(t);
      if (same) same.push(l);
      else seen.set(t, [l]);
    }
    const index = new Map(ctx.lines.map((l, i) => [l.line, i]));
    for (const [t, ls] of seen) {
      if (ls.length < 3) continue;
      // A repeated line is a running head only where pages break: next to a page number, a form
      // feed, or inside a sentence. A party name repeated down a table column is not one.
      const atBreak = ls.filter((l) => atPageBreak(ctx, index.get(l.line)!));
      if (atBreak.length * 2 < ls.length) continue;
      // The first occurrence stays unless it too sits at a page break: on page one it is the
      // document's own title or masthead.
      const gone = ls.filter((l, k) => k > 0 || atBreak.includes(l));
      for (const l of gone) out.push({ line: l.line, reason: `running head “${t}” printed on every page (${ls.length} times)` });
    }
    return out;
  },
};

function atPageBreak(ctx: FurnitureContext, i: number): boolean {
  if (ctx.lines[i].text.includes('\f')) return true;
  for (const step of [-1, 1]) {
    let k = i + step;
    // Stryker disable next-line EqualityOperator: stopping at lines[0] reads its form feed on the next line instead.
    while (k >= 0 && k < ctx.lines.length && blank(ctx.lines[k])) {
      if (ctx.lines[k].text.includes('\f')) return true;
      k += step;
    }
    const l = ctx.lines[k];
    if (l && (ctx.claimed.has(l.line) || l.text.includes('\f'))) return true;
  }
  const { prev } = neighbours(ctx, i);
  return !!prev && unfinishedProse(prev.text);
}

/** The order matters: decorated numbers are certain; running heads are recognised by the page
 * numbers found before them. */
export const FURNITURE_RECOGNISERS: FurnitureRecogniser[] = [decoratedPageNumber, barePageNumber, runningHead];

/**
 * Finds the furniture lines of a source. Returns a `page-furniture` correction for each (sorted by
 * line) and the set of their line numbers, which the repair pass then reads as blank.
 */
export function findFurniture(
  file: string,
  lines: SourceLine[],
  conventions: Pick<Conventions, 'runningHeads'>,
  recognisers: FurnitureRecogniser[] = FURNITURE_RECOGNISERS,
): { lines: Set<number>; corrections: Correction[] } {
  const ctx: FurnitureContext = { file, lines, conventions, claimed: new Set() };
  const found = new Map<number, string>();
  for (const r of recognisers) {
    for (const f of r.find(ctx)) {
      if (found.has(f.line)) continue;
      found.set(f.line, f.reason);
      ctx.claimed.add(f.line);
    }
  }
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const corrections = [...found]
    .sort((a, b) => a[0] - b[0])
    .map(([line, reason]): Correction => {
      const text = byLine.get(line)!.text;
      const column = text.length - text.trimStart().length;
      return { kind: 'page-furniture', line, column, before: text.trim(), after: '', reason };
    });
  return { lines: new Set(found.keys()), corrections };
}
