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
      return readPdf(bytes, file);
    case 'docx':
      return readDocx(bytes, file);
    case 'html':
      return readHtml(bytes, file);
    case 'text':
      return readText(bytes, file);
  }
}
