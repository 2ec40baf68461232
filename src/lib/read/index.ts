/** One entry for every format: the file's format detected (detect.ts), then its reader. */
import type { ReadDocument } from '../model/schemas/document.ts';
import { detectFormat } from './detect.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { readText } from './text.ts';

export { detectFormat, MAX_SOURCE_BYTES, SOURCE_EXTENSIONS } from './detect.ts';

/** Reads a file of any known format into blocks. `file` names it in messages. */
export async function readSource(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  switch (detectFormat(bytes, file)) {
    case 'pdf':
      // PDF.js takes a plain Uint8Array (not a Node Buffer) and may detach it: it gets a copy, the
      // caller's bytes stay whole for the model's hash.
      return readPdf(new Uint8Array(bytes), file);
    case 'docx':
      return readDocx(bytes, file);
    case 'html':
      return readHtml(bytes, file);
    case 'text':
      return readText(bytes, file);
  }
}
