/**
 * One entry for every format: the file's format detected (detect.ts), then its reader. Each reader
 * is loaded when a file of its format comes: a build of text sources never loads PDF.js, the Word
 * reader or the HTML parser (≈ 0.3 s of module loading on the convert stage's cold path).
 */
import type { ReadDocument } from '../model/schemas/document.ts';
import { detectFormat } from './detect.ts';

export { detectFormat, MAX_SOURCE_BYTES, SOURCE_EXTENSIONS } from './detect.ts';

/** Reads a file of any known format into blocks. `file` names it in messages. */
export async function readSource(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  switch (detectFormat(bytes, file)) {
    case 'pdf':
      // PDF.js takes a plain Uint8Array (not a Node Buffer) and may detach it: it gets a copy, the
      // caller's bytes stay whole for the model's hash.
      return (await import('./pdf.ts')).readPdf(new Uint8Array(bytes), file);
    case 'docx':
      return (await import('./docx.ts')).readDocx(bytes, file);
    case 'html':
      return (await import('./html.ts')).readHtml(bytes, file);
    case 'text':
      return (await import('./text.ts')).readText(bytes, file);
  }
}
