/** Synthetic positioned text runs and lines for the PDF reader's unit tests (no PDF needed). */
import type { PdfItem, PdfLine } from '../../../../src/lib/read/pdf/types.ts';

/** A run at (x, baseline y), `size` points, as wide as its characters (Chinese one size, Latin half). */
export function run(str: string, x: number, y: number, size = 12, width?: number): PdfItem {
  const w = width ?? [...str].reduce((a, ch) => a + (ch.charCodeAt(0) < 0x2000 ? size / 2 : size), 0);
  return { str, x, y, width: w, size, font: 'f' };
}

/** A line of one run: page, line number, left edge, text, size; `width` overrides the natural width. */
export function line(page: number, n: number, x: number, text: string, opts: { size?: number; width?: number; y?: number } = {}): PdfLine {
  const size = opts.size ?? 12;
  const r = run(text, x, opts.y ?? 50 + n * 20, size, opts.width);
  return { page, line: n, y: r.y, x0: x, x1: x + r.width, size, text, items: [r] };
}
