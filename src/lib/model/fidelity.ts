import type { Correction } from './schema.ts';
import { withoutWhitespace } from './normalise.ts';

// Stryker disable next-line Regex: with the g flag, removing runs or single characters of whitespace gives the same text.

/**
 * Applies corrections to the raw source. Each correction names where its `before` text starts
 * (line, column); a correction whose `before` is not found there is an error, so the list can
 * never drift from the text it repairs.
 */
export function applyCorrections(source: string, corrections: Correction[]): string {
  const lines = source.split(/\r\n|\r|\n/);
  const lineStart: number[] = [];
  let offset = 0;
  const normalized = lines.join('\n');
  for (const l of lines) {
    lineStart.push(offset);
    offset += l.length + 1;
  }
  const edits = corrections.map((c) => {
    const at = lineStart[c.line - 1] + c.column;
    if (normalized.slice(at, at + c.before.length) !== c.before) {
      throw new Error(`correction at ${c.line}:${c.column} expects ${JSON.stringify(c.before)}`);
    }
    return { at, end: at + c.before.length, after: c.after };
  });
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (e.at < pos) throw new Error('overlapping corrections');
    out += normalized.slice(pos, e.at) + e.after;
    pos = e.end;
  }
  return out + normalized.slice(pos);
}

export interface FidelityReport {
  sourceCharacters: number;
  modelCharacters: number;
  /** Characters that match in order from the start. */
  matching: number;
  equal: boolean;
  /** Context around the first difference, when there is one. */
  firstDifference: { index: number; source: string; model: string } | null;
}

/** Compares the non-whitespace characters of the corrected source with those of the model. */
export function compareText(correctedSource: string, modelText: string): FidelityReport {
  // Stryker disable next-line Regex: \s includes U+FEFF, so withoutWhitespace drops a byte-order mark anywhere; the anchor cannot matter.
  const a = [...withoutWhitespace(correctedSource.replace(/^\uFEFF/, ''))];
  const b = [...withoutWhitespace(modelText)];
  let i = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: past the end of either array a[i] === b[i] is false (undefined never equals a character), so the length bounds never decide.
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const equal = i === a.length && i === b.length;
  return {
    sourceCharacters: a.length,
    modelCharacters: b.length,
    matching: i,
    equal,
    firstDifference: equal ? null : { index: i, source: a.slice(Math.max(0, i - 10), i + 10).join(''), model: b.slice(Math.max(0, i - 10), i + 10).join('') },
  };
}
