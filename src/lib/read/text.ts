/**
 * The text reader: a plan as a UTF-8 text file (a PDF extraction, a portal's text copy). Each
 * physical line is one paragraph block at its line, blank lines included, so that the converter
 * reads exactly the lines of the file and every message names a line of it. Page furniture and
 * extraction repairs in text are found by the converter's own passes (they need the lines).
 */
import type { ReadDocument } from '../model/schemas/document.ts';
import { readLines } from './decode.ts';

export function readText(bytes: Uint8Array, file: string): ReadDocument {
  return {
    format: 'text',
    blocks: readLines(bytes, file).map((l) => ({ type: 'paragraph', text: l.text, pos: { line: l.line }, numbering: null, headingLevel: null, align: null })),
    furniture: [],
    record: null,
    repairs: [],
    pages: null,
  };
}
