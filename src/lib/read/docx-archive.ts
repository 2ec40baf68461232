/**
 * The .docx container: a zip of XML parts. Opens it without trusting it: a file that is not a
 * zip, a legacy or encrypted Word file (an OLE compound file), an archive that would expand past
 * the limits (a zip bomb) and a part that is not well-formed XML are refused with a ReadError,
 * since reading on would lose text or memory.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { ReadError } from '../model/errors.ts';

/**
 * How far a .docx may expand. Only the XML parts the reader needs are inflated (never images or
 * embedded files), so the limits bound those: 50 MB of XML is some 20 000 pages of text. A part
 * that declares more than 100 times its compressed size is refused once past 1 MB (XML of real
 * documents compresses 5–20 times; below 1 MB any ratio is harmless). A part inflates into a
 * buffer of its declared size, so a part that lies about its size cannot take more memory than
 * it declared (what would spill over is cut, and the cut XML then fails to parse).
 */
export const DOCX_LIMITS = {
  totalBytes: 50 * 1024 * 1024,
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** A compressed part past this is not a document's XML; it also bounds the time spent inflating. */
  compressedPartBytes: 16 * 1024 * 1024,
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The parts a reader of the text needs: the main part (named by the package relationships), its styles, numbering, notes, headers and footers. */
export function isWantedPart(name: string): boolean {
  return name === '_rels/.rels' || /^word\/(?:[^/]+\.xml|_rels\/[^/]+\.rels)$/.test(name);
}

/** The archive's wanted parts, inflated within DOCX_LIMITS, by lower-case name. */
export function openDocx(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new ReadError(file, '1', 'encrypted or legacy .doc file: save it as .docx');
  }
  let total = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => {
        if (!isWantedPart(entry.name.toLowerCase())) return false;
        const declared = entry.originalSize;
        total += declared;
        if (total > DOCX_LIMITS.totalBytes) {
          throw new ReadError(file, entry.name, `archive expands past ${DOCX_LIMITS.totalBytes / 1024 / 1024} MB of XML (a zip bomb?)`);
        }
        if (declared > DOCX_LIMITS.ratioFloorBytes && declared > entry.size * DOCX_LIMITS.ratio) {
          throw new ReadError(file, entry.name, `part expands ${Math.round(declared / Math.max(entry.size, 1))} times its size (a zip bomb?)`);
        }
        if (entry.size > DOCX_LIMITS.compressedPartBytes) {
          throw new ReadError(file, entry.name, `part of ${entry.size} bytes is past the ${DOCX_LIMITS.compressedPartBytes / 1024 / 1024} MB a document's XML takes`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(file, '1', `damaged .docx: ${describe(error)} (not a zip archive, or cut short)`);
  }
  // Part names are case-insensitive in a package (Open Packaging Conventions): a writer may say Word/Document.xml.
  return new Map(Object.entries(parts).map(([name, data]) => [name.toLowerCase(), data]));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The package's main part: the officeDocument relationship's target, else word/document.xml. */
export function mainPartName(parts: Map<string, Uint8Array>, file: string): string {
  const rels = parts.get('_rels/.rels');
  if (rels !== undefined) {
    const doc = parseXml(rels, '_rels/.rels', file);
    const list = doc.getElementsByTagNameNS('http://schemas.openxmlformats.org/package/2006/relationships', 'Relationship');
    for (let i = 0; i < list.length; i++) {
      const rel = list.item(i);
      if (rel === null || !/\/officeDocument$/.test(rel.getAttribute('Type') ?? '')) continue;
      const target = (rel.getAttribute('Target') ?? '').replace(/^\//, '').toLowerCase();
      if (parts.has(target)) return target;
    }
  }
  return 'word/document.xml';
}

function decode(bytes: Uint8Array, part: string, file: string): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError(file, part, `damaged .docx: the part is not valid ${encoding.toUpperCase()}`);
  }
}

/** A part as an XML document; anything but a warning stops the parse (text after an error could be lost or misplaced). */
export function parseXml(bytes: Uint8Array, part: string, file: string): Document {
  const text = decode(bytes, part, file);
  try {
    return new DOMParser({
      locator: false,
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    const message = describe(error).replace(/^.*?caused Error: /s, '').split('\n')[0];
    throw new ReadError(file, part, `damaged .docx: malformed XML: ${message}`);
  }
}
