/**
 * A saved page's bytes as text. Central and provincial portals serve UTF-8 or GBK/GB2312/GB18030,
 * and a page saved from a browser may have been re-encoded as UTF-8 while keeping its old
 * `<meta charset=gb2312>`. So: a byte-order mark decides; otherwise bytes that are valid UTF-8 are
 * read as UTF-8 (legacy Chinese text is, in practice, never valid UTF-8, while UTF-8 text often
 * decodes as GBK without error, into nonsense); otherwise the charset the page declares; a page
 * that declares none is tried as GB18030, the superset of GBK and GB2312. Bytes the chosen charset
 * cannot decode would lose text, so they are refused.
 */
import { ReadError } from '../../model/errors.ts';

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The charset a page declares in its first kilobytes: <meta charset>, http-equiv content-type, an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character, so ASCII markup reads the same whatever the charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta) return meta[1].toLowerCase();
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return xml ? xml[1].toLowerCase() : null;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // An unknown label (RangeError) or bytes the charset cannot decode (TypeError): not this charset.
    return null;
  }
}

const knownLabel = (label: string): boolean => {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
};

export function decodeHtml(bytes: Uint8Array, file: string): string {
  for (const [bom, label] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      const text = tryDecode(bytes, label);
      if (text === null) throw new ReadError(file, 'b0', `the file is not valid ${label.toUpperCase()}`);
      return text;
    }
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return utf8;
  const declared = declaredCharset(bytes);
  const label = declared !== null && knownLabel(declared) ? declared : 'gb18030';
  const text = tryDecode(bytes, label);
  if (text !== null) return text;
  throw new ReadError(file, 'b0', `the file is not valid ${declared !== null && knownLabel(declared) ? declared.toUpperCase() : 'UTF-8 or GB18030'}`);
}
