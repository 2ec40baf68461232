import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/lib/convert/read.ts';
import { encode, expectConvertError } from '../../support/plans.ts';

describe('readLines', () => {
  it('numbers lines from 1 and splits LF, CRLF and CR alike', () => {
    expect(readLines(encode('甲\r\n乙\n丙\r丁'), 'f.txt')).toEqual([
      { line: 1, text: '甲' },
      { line: 2, text: '乙' },
      { line: 3, text: '丙' },
      { line: 4, text: '丁' },
    ]);
  });
  it('drops a byte-order mark but keeps every other character as printed', () => {
    const lines = readLines(encode('\uFEFF（一） 全角　空格'), 'f.txt');
    expect(lines[0].text).toBe('（一） 全角　空格');
  });
  it('rejects an empty file at line 1', () => {
    const err = expectConvertError(() => readLines(new Uint8Array(), 'empty.txt'), 'empty.txt', 1);
    expect(err.detail).toMatch(/empty/);
    expect(err.name).toBe('ConvertError');
  });
  it('rejects a file of blank lines as empty', () => {
    expectConvertError(() => readLines(encode('\n  \n\t\n'), 'blank.txt'), 'blank.txt', 1);
  });
  it('rejects invalid UTF-8 at the line of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二行\n第三', 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from('行\n第四行', 'utf8')]);
    const err = expectConvertError(() => readLines(bytes, 'latin.txt'), 'latin.txt', 3);
    expect(err.detail).toMatch(/UTF-8/);
  });
  it('rejects a truncated multi-byte sequence at its line', () => {
    // 中 is E4 B8 AD in UTF-8: keep only its first two bytes on line 2.
    const bytes = Buffer.concat([Buffer.from('甲\n', 'utf8'), Buffer.from([0xe4, 0xb8]), Buffer.from('\n乙', 'utf8')]);
    expectConvertError(() => readLines(bytes, 'cut.txt'), 'cut.txt', 2);
  });
  it('finds a bad byte on the last line, with no line break after it', () => {
    expectConvertError(() => readLines(Buffer.concat([Buffer.from('甲\n乙\n丙', 'utf8'), Buffer.from([0xff])]), 'end.txt'), 'end.txt', 3);
    expectConvertError(() => readLines(Buffer.from([0xff]), 'one.txt'), 'one.txt', 1);
  });
  it('keeps a U+FEFF that is not at the start', () => {
    expect(readLines(encode('甲\uFEFF乙'), 'f.txt')[0].text).toBe('甲\uFEFF乙');
  });
});
