import { describe, expect, it } from 'vitest';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import * as OpenCC from 'opencc-js';
import { mayNeedConversion, traditionalBitmap } from '../../../src/lib/search/traditional.ts';
import { TRADITIONAL_BITMAP } from '../../../src/lib/search/traditional-bitmap.ts';
import { toSimplified } from '../../../src/browser/search/t2s.ts';

describe('traditional characters', () => {
  it('stored bitmap is current with the installed OpenCC dictionary', () => {
    expect(TRADITIONAL_BITMAP).toBe(traditionalBitmap(TSCharacters));
  });
  it('flags queries with a character that converts, and only those', () => {
    for (const q of ['機器人', '軸承', '數控機床', '鋼鐵', '質監局']) expect(mayNeedConversion(q), q).toBe(true);
    for (const q of ['机器人', '轴承', '数控机床', '钢铁', 'MES', '3D 电视', '中国制造2025']) expect(mayNeedConversion(q), q).toBe(false);
  });
  it('builds the bitmap from single characters that change, in the dictionary’s string or list form', () => {
    const set = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      const out: string[] = [];
      bytes.forEach((byte, i) => { for (let k = 0; k < 8; k++) if (byte & (1 << k)) out.push(String.fromCodePoint(0x3400 + i * 8 + k)); });
      return out;
    };
    // 機 and 軸 change; 机 maps to itself, 機器 is a phrase, the compatibility ideograph U+F900 and 𠮷 lie outside the bitmap's range.
    const list = [['機', '机'], ['机', '机'], ['機器', '机器'], ['軸', '轴'], ['\uf900', '岂'], ['𠮷', '吉'], ['\u33ff', '甲'], ['\ua000', '甲']] as const;
    expect(set(traditionalBitmap(list))).toEqual(['機', '軸']);
    expect(set(traditionalBitmap(list.map((p) => p.join(' ')).join('|')))).toEqual(['機', '軸']);
    // A phrase never sets the bit of its first character.
    expect(set(traditionalBitmap([['機器', '机器']]))).toEqual([]);
    // The first and last characters of the range count (U+3400 and U+9FFF stand in for any).
    expect(set(traditionalBitmap([['\u3400', '甲'], ['\u9fff', '甲']]))).toEqual(['\u3400', '\u9fff']);
    expect(Buffer.from(traditionalBitmap([]), 'base64').length).toBe((0x9fff - 0x3400 + 1) / 8);
  });
  it('leaves compatibility ideographs and the supplementary planes to OpenCC, and passes other symbols', () => {
    for (const q of ['\uf900', '\ufaff', '\u{20000}', '𠮷', '机器人𠮷']) expect(mayNeedConversion(q), q).toBe(true);
    for (const q of ['\uf8ff', 'ＡＢ', '\ufb00', '\u33ff', '㐀']) expect(mayNeedConversion(q), q).toBe(false);
  });
  it('agrees with OpenCC on every character of the plan', async () => {
    const { readFileSync } = await import('node:fs');
    const full = OpenCC.Converter({ from: 't', to: 'cn' });
    const text = readFileSync('content/sources/liaoning-2015-24.txt', 'utf8');
    for (const ch of new Set(text)) if (full(ch) !== ch) expect(mayNeedConversion(ch), ch).toBe(true);
  });
  it('the lazy converter (phrases + characters only) matches the full OpenCC t → cn converter', () => {
    const full = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const q of ['機器人', '軸承', '數控機床', '鋼鐵', '瀋陽 機器人', '盤錦 石化', '淘汰落後 水泥', '積體電路']) expect(toSimplified(q), q).toBe(full(q));
  });
  it('converts phrases as phrases where that differs from converting each character (計畫 → 计划, not 计画)', () => {
    const full = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const [q, phrase, chars] of [['計畫', '计划', '计画'], ['藉口', '借口', '藉口'], ['經濟計畫', '经济计划', '经济计画']]) {
      expect(toSimplified(q), q).toBe(phrase);
      expect(full(q)).toBe(phrase);
      expect([...q].map((c) => toSimplified(c)).join(''), q).toBe(chars);
    }
  });
});
