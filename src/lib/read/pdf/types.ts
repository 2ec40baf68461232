/**
 * The shapes the PDF reader's stages pass between them. Coordinates are in PDF points with the
 * origin at the page's top-left corner (y grows downwards), so "above" means a smaller y.
 */

/** One text run as PDF.js gives it, placed on the page: `y` is its baseline, `size` its font size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

/** A printed line: the runs that share a baseline, left to right, and their text joined. */
export interface PdfLine {
  page: number;
  /** 1-based line on its page (counted over every baseline on the page, furniture and tables included). */
  line: number;
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
  items: PdfItem[];
}

/** A straight ruling line drawn on the page (horizontal or vertical). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The left and right edges text is set between (the page's margins, or a table cell's). */
export interface Frame {
  left: number;
  right: number;
}
