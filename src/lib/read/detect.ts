/**
 * Which reader a file needs, told by its bytes first and its name second (a portal page saved as
 * .txt is still a page; a PDF named .docx is still a PDF), and the limits past which a file is
 * refused before any reader spends time on it.
 */
import { ReadError } from '../model/errors.ts';
import type { SourceFormat } from '../model/schemas/document.ts';

/** The extensions `npm run convert` and `npm run add` take, in the order the docs list them. */
export const SOURCE_EXTENSIONS = ['.txt', '.html', '.htm', '.docx', '.pdf'] as const;

/** A published plan is a few megabytes at most; past this a file is not read at all. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const extension = (file: string) => /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';

/** The head of a file as text, for sniffing markup: BOM and leading whitespace skipped. */
function head(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').trimStart().toLowerCase();
}

const looksLikeMarkup = (h: string) => /^(<!doctype html|<html|<head|<body|<meta|<!--|<div|<p[\s>]|<table|<article|<section)/.test(h);

/**
 * The format of a file, or a ReadError naming why none of the readers can take it. The bytes
 * decide where they are unambiguous (%PDF, a zip, an OLE compound file); markup is told by its
 * opening tags; the name decides the rest.
 */
export function detectFormat(bytes: Uint8Array, file: string): SourceFormat {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new ReadError(file, '1', `the file is ${(bytes.length / 1048576).toFixed(1)} MB, past the limit of ${MAX_SOURCE_BYTES / 1048576} MB for one document`);
  }
  if (bytes.length === 0) throw new ReadError(file, '1', 'the file is empty');
  const ext = extension(file);
  const h = head(bytes);
  if (h.startsWith('%pdf-') || (ext === '.pdf' && h.includes('%pdf-'))) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === '.docx' || ext === '.docm' || ext === '') return 'docx';
    throw new ReadError(file, '1', `a zip archive named ${ext || 'without extension'}: only Word files (.docx) are read from zip archives`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ReadError(file, '1', 'an encrypted Word file or a legacy .doc (OLE compound file): open it in a word processor and save it as an unprotected .docx');
  }
  if (ext === '.docx') throw new ReadError(file, '1', 'damaged .docx: the file is not a zip archive');
  if (ext === '.pdf') throw new ReadError(file, '1', 'damaged PDF: no %PDF header');
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml' || looksLikeMarkup(h)) return 'html';
  if (ext === '.txt' || ext === '' || ext === '.text') return 'text';
  throw new ReadError(file, '1', `a format none of the readers knows (${ext}): give a .txt, .html, .docx or .pdf file`);
}
