import { describe, expect, it } from 'vitest';
import { detectFormat, MAX_SOURCE_BYTES } from '../../../src/lib/read/detect.ts';
import { bytes, formatRefusal as refusal } from '../../support/read.ts';


describe('detectFormat', () => {
  it('tells the format by the bytes before the name', () => {
    expect(detectFormat(bytes('%PDF-1.7\n…'), 'plan.docx')).toBe('pdf');
    expect(detectFormat(bytes([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'plan.docx')).toBe('docx');
    expect(detectFormat(bytes('\ufeff  <!DOCTYPE html><html>'), 'plan.txt')).toBe('html');
    expect(detectFormat(bytes('<p>一、总体要求</p>'), 'fragment')).toBe('html');
    expect(detectFormat(bytes('辽宁省人民政府文件\n'), 'plan.txt')).toBe('text');
    expect(detectFormat(bytes('一、总体要求'), 'page.htm')).toBe('html');
  });

  it('finds a PDF header after leading bytes only in a file named .pdf', () => {
    expect(detectFormat(bytes('\n\n%PDF-1.4'), 'a.pdf')).toBe('pdf');
    expect(detectFormat(bytes('说明 %PDF-1.4 的格式'), 'a.txt')).toBe('text');
  });

  it('refuses, with the file and a location, what no reader can take', () => {
    expect(refusal(bytes(''), 'empty.txt')).toBe('empty.txt:1: the file is empty');
    expect(refusal(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'locked.docx')).toMatch(/^locked\.docx:1: an encrypted Word file or a legacy \.doc/);
    expect(refusal(bytes('not a zip'), 'broken.docx')).toBe('broken.docx:1: damaged .docx: the file is not a zip archive');
    expect(refusal(bytes('not a pdf'), 'broken.pdf')).toBe('broken.pdf:1: damaged PDF: no %PDF header');
    expect(refusal(bytes([0x50, 0x4b, 0x03, 0x04]), 'bundle.zip')).toMatch(/only Word files \(\.docx\) are read from zip archives/);
    expect(refusal(bytes('text'), 'sheet.xlsx')).toMatch(/a format none of the readers knows \(\.xlsx\)/);
  });

  it('refuses a file past the size limit before reading it', () => {
    const big = { length: MAX_SOURCE_BYTES + 1 } as Uint8Array;
    expect(refusal(big, 'huge.pdf')).toMatch(/^huge\.pdf:1: the file is 64\.0 MB, past the limit of 64 MB/);
    expect(() => detectFormat(bytes('%PDF-'), 'ok.pdf')).not.toThrow();
  });
});
