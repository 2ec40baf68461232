/**
 * The text reader and the readers' entry: each physical line one block at its line, blank lines
 * kept; the format told by the bytes, then by the name; and each refusal's message as the author of
 * the file reads it.
 */
import { describe, expect, it } from 'vitest';
import { ConvertError, ReadError } from '../../../src/lib/model/errors.ts';
import { detectFormat, MAX_SOURCE_BYTES, readSource, SOURCE_EXTENSIONS } from '../../../src/lib/read/index.ts';
import { readLines } from '../../../src/lib/read/decode.ts';
import { readText } from '../../../src/lib/read/text.ts';
import { bytes, formatRefusal as refusal } from '../../support/read.ts';


describe('readText', () => {
  it('gives each physical line, blank ones included, as a paragraph block at its 1-based line, text as printed', () => {
    const d = readText(bytes('\ufeff一、总体要求\r\n\n  （一）指导思想。 \r'), 'plan.txt');
    expect(d).toEqual({
      format: 'text',
      blocks: [
        { type: 'paragraph', text: '一、总体要求', pos: { line: 1 }, numbering: null, headingLevel: null, align: null },
        { type: 'paragraph', text: '', pos: { line: 2 }, numbering: null, headingLevel: null, align: null },
        { type: 'paragraph', text: '  （一）指导思想。 ', pos: { line: 3 }, numbering: null, headingLevel: null, align: null },
        { type: 'paragraph', text: '', pos: { line: 4 }, numbering: null, headingLevel: null, align: null },
      ],
      furniture: [],
      record: null,
      repairs: [],
      pages: null,
    });
  });

  it('refuses what readLines refuses, with the file and line', () => {
    expect(() => readText(bytes(' \n'), 'blank.txt')).toThrow('blank.txt:1: the file is empty');
    expect(() => readText(bytes([0x61, 0x0a, 0x62, 0xff]), 'bad.txt')).toThrow('bad.txt:2: the file is not valid UTF-8');
  });
});

describe('readLines', () => {
  it('keeps a line of text among blank ones, and a lone BOM-less U+FEFF later in the file', () => {
    expect(readLines(bytes('\n\n甲'), 'f.txt')).toEqual([{ line: 1, text: '' }, { line: 2, text: '' }, { line: 3, text: '甲' }]);
    expect(readLines(bytes('a\ufeff'), 'f.txt')).toEqual([{ line: 1, text: 'a\ufeff' }]);
  });

  it('names the line of the first bad byte, counting only LF as a line break, and is a ConvertError', () => {
    let err: unknown;
    try {
      readLines(bytes([0x61, 0x0a, 0x62, 0x0a, 0x63, 0xc3, 0x0a, 0x64]), 'f.txt');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConvertError);
    expect((err as Error).message).toBe('f.txt:3: the file is not valid UTF-8');
    // A multi-byte character split over no line break is still whole: the bad byte is on line 2.
    expect(() => readLines(bytes([0xe4, 0xb8, 0xad, 0x0a, 0xff, 0x0a, 0x61]), 'g.txt')).toThrow('g.txt:2: the file is not valid UTF-8');
  });
});

describe('detectFormat', () => {
  it('lists the extensions the commands take', () => {
    expect(SOURCE_EXTENSIONS).toEqual(['.txt', '.html', '.htm', '.docx', '.pdf']);
  });

  it('reads the name case-insensitively and only its last extension', () => {
    expect(detectFormat(bytes('%PDF-1.7'), 'PLAN.PDF')).toBe('pdf');
    expect(refusal(bytes('x'), 'PLAN.PDF')).toBe('PLAN.PDF:1: damaged PDF: no %PDF header');
    expect(refusal(bytes('x'), 'Plan.DOCX')).toBe('Plan.DOCX:1: damaged .docx: the file is not a zip archive');
    expect(detectFormat(bytes('一、总体要求'), 'PAGE.HTML')).toBe('html');
    expect(detectFormat(bytes('一、总体要求'), 'plan.pdf.txt')).toBe('text');
    expect(detectFormat(bytes('一、总体要求'), 'dir.v2/plan')).toBe('text');
    expect(refusal(bytes('x'), 'a.txt.doc')).toBe('a.txt.doc:1: a format none of the readers knows (.doc): give a .txt, .html, .docx or .pdf file');
  });

  it('takes every HTML and text extension it knows by the name alone', () => {
    for (const ext of ['.html', '.htm', '.xhtml', '.shtml']) expect(detectFormat(bytes('一、总体要求'), `p${ext}`)).toBe('html');
    for (const ext of ['.txt', '.text', '']) expect(detectFormat(bytes('一、总体要求'), `p${ext}`)).toBe('text');
  });

  it('tells markup by its opening tag, in any case, after a BOM and whitespace', () => {
    const opening = ['<!DOCTYPE html>', '<HTML>', '<head>', '<body>', '<meta charset=utf-8>', '<!-- saved -->', '<div>', '<p>', '<p class=a>', '<table>', '<article>', '<section>'];
    for (const o of opening) expect(detectFormat(bytes(`${o}一`), 'page.txt'), o).toBe('html');
    expect(detectFormat(bytes([0xef, 0xbb, 0xbf, 0x20, 0x0a, ...bytes('<P>甲')]), 'page.txt')).toBe('html');
    expect(detectFormat(bytes([0xff, 0xfe, ...bytes('<div>')]), 'page.txt')).toBe('html');
    expect(detectFormat(bytes([0xfe, 0xff, ...bytes('<div>')]), 'page.txt')).toBe('html');
    // A byte-order mark counts only at the very start.
    expect(detectFormat(bytes([0x20, 0xff, 0xfe, ...bytes('<div>')]), 'page.txt')).toBe('text');
    // Words that merely begin like a tag are text.
    for (const t of ['<pre>甲', '<plan>', '一 <p>', 'html 页面']) expect(detectFormat(bytes(t), 'page.txt'), t).toBe('text');
    // Markup further on than the first 2 KB is not sniffed.
    expect(detectFormat(bytes(`${' '.repeat(2048)}<html>`), 'page.txt')).toBe('text');
  });

  it('reads a PDF by its header wherever the name says PDF, at the start whatever the name', () => {
    expect(detectFormat(bytes('%PDF-1.4'), 'plan.txt')).toBe('pdf');
    expect(detectFormat(bytes('  %pdf-1.4'), 'plan')).toBe('pdf');
    expect(detectFormat(bytes('garbage %PDF-1.4'), 'plan.PDF')).toBe('pdf');
    expect(detectFormat(bytes('%PDF1.4'), 'plan.txt')).toBe('text');
  });

  it('reads a zip as Word only under a Word name or none, and names the extension it refuses', () => {
    const zip = [0x50, 0x4b, 0x03, 0x04];
    expect(detectFormat(bytes(zip), 'plan.docm')).toBe('docx');
    expect(detectFormat(bytes(zip), 'plan')).toBe('docx');
    expect(detectFormat(bytes([0x50, 0x4b, 0x03]), 'plan')).toBe('text');
    expect(refusal(bytes(zip), 'plan.xlsx')).toBe('plan.xlsx:1: a zip archive named .xlsx: only Word files (.docx) are read from zip archives');
    expect(refusal(bytes([0x50, 0x4b, 0x03, 0x05]), 'plan.docx')).toBe('plan.docx:1: damaged .docx: the file is not a zip archive');
    // An OLE file whatever its name; its magic must be whole.
    expect(refusal(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'plan')).toMatch(/^plan:1: an encrypted Word file or a legacy \.doc \(OLE compound file\): open it in a word processor and save it as an unprotected \.docx$/);
    expect(detectFormat(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe0]), 'plan')).toBe('text');
  });

  it('reads a file of exactly the size limit, refuses one byte more with its size in MB', () => {
    const atLimit = new Uint8Array(MAX_SOURCE_BYTES);
    expect(detectFormat(atLimit, 'plan.txt')).toBe('text');
    expect(MAX_SOURCE_BYTES).toBe(64 * 1024 * 1024);
    expect(refusal({ length: 100 * 1048576 + 104858 } as Uint8Array, 'big.txt')).toBe('big.txt:1: the file is 100.1 MB, past the limit of 64 MB for one document');
  });
});

describe('readSource', () => {
  it('sends each format to its reader, and refuses before reading what detectFormat refuses', async () => {
    expect((await readSource(bytes('甲\n乙'), 'plan.txt')).blocks.map((b) => b.pos)).toEqual([{ line: 1 }, { line: 2 }]);
    const html = await readSource(bytes('<p>一、总体要求</p>'), 'page.html');
    expect(html.format).toBe('html');
    expect(html.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['一、总体要求']);
    await expect(readSource(bytes('x'), 'plan.docx')).rejects.toThrow('plan.docx:1: damaged .docx: the file is not a zip archive');
    await expect(readSource(bytes([0x50, 0x4b, 0x03, 0x04]), 'plan.docx')).rejects.toBeInstanceOf(ReadError);
    await expect(readSource(bytes('%PDF-1.4 broken'), 'plan.pdf')).rejects.toBeInstanceOf(ReadError);
  });

  it('leaves the caller\'s bytes whole when reading a PDF', async () => {
    const b = bytes('%PDF-1.4 broken');
    await readSource(b, 'plan.pdf').catch(() => undefined);
    expect(b.byteLength).toBe(15);
  });
});
