/**
 * The PDF reader: a PDF with a text layer → the read document (paragraphs, tables, furniture,
 * repairs), by page and line. PDF.js (Mozilla's, the maintained reference reader, in its legacy
 * build for Node) decodes the file: fonts, encodings and content streams; the reading itself — lines,
 * paragraphs, furniture, tables — is ./pdf/, pure functions over positioned runs and rules.
 *
 * Refused (ReadError, `FILE:p1: message`) only where text would be lost: not a PDF or damaged,
 * encrypted with a password, no text layer on any page (scanned), empty.
 */
import { ReadError } from '../model/errors.ts';
import { ReadDocumentSchema, type ReadDocument } from '../model/schemas/document.ts';
import { assemble, type PageContent } from './pdf/assemble.ts';
import { rulingSegments, type DrawOps } from './pdf/rulings.ts';
import type { PdfItem } from './pdf/types.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | null = null;

/**
 * PDF.js runs its parser in a worker; in Node it runs it on the main thread ("fake worker"), which
 * it finds on `globalThis.pdfjsWorker`. Setting that from a static import spares PDF.js a dynamic
 * import by file path, which bundlers and test runners resolve differently.
 */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

function refuse(file: string, detail: string): ReadError {
  return new ReadError(file, 'p1', detail);
}

function describe(err: unknown): { name: string; message: string } {
  if (err instanceof Error) return { name: err.name, message: err.message };
  if (typeof err === 'object' && err !== null && 'name' in err) return { name: String(err.name), message: String((err as { message?: unknown }).message ?? '') };
  return { name: 'Error', message: String(err) };
}

/** Reads a PDF's bytes into the read document. */
export async function readPdf(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  if (bytes.length === 0) throw refuse(file, 'empty file');
  const lib = await pdfjs();
  // PDF.js takes the buffer over (transfers it); the caller keeps its bytes. (PDF.js 6 evaluates no
  // code from the file at all: the isEvalSupported option of earlier versions is gone.)
  const task = lib.getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    disableAutoFetch: true,
    disableStream: true,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const { name, message } = describe(err);
      if (name === 'PasswordException') throw refuse(file, `encrypted PDF: ${message || 'a password is needed'}`);
      throw refuse(file, `damaged PDF: ${message || name}`);
    }
    if (doc.numPages < 1) throw refuse(file, 'empty PDF: no pages');
    const ops = lib.OPS as unknown as DrawOps;
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items: PdfItem[] = [];
        for (const it of content.items) {
          if (!('str' in it) || it.str === '') continue;
          const t = lib.Util.transform(viewport.transform, it.transform);
          items.push({ str: it.str, x: t[4], y: t[5], width: it.width, size: Math.hypot(t[2], t[3]), font: it.fontName });
        }
        const list = await page.getOperatorList();
        const segments = rulingSegments(list.fnArray, list.argsArray, ops, viewport.transform);
        pages.push({ page: n, width: viewport.width, height: viewport.height, items, segments });
        page.cleanup();
      } catch (err) {
        if (err instanceof ReadError) throw err;
        throw new ReadError(file, `p${n}`, `damaged PDF: page ${n} cannot be read (${describe(err).message})`);
      }
    }
    if (!pages.some((p) => p.items.some((i) => i.str.trim() !== ''))) throw refuse(file, 'scanned: no text to read; run OCR first');
    return ReadDocumentSchema.parse({ format: 'pdf', ...assemble(pages) });
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw refuse(file, `damaged PDF: ${describe(err).message}`);
  } finally {
    await task.destroy();
  }
}
