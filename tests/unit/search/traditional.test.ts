import { describe, expect, it } from 'vitest';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import * as OpenCC from 'opencc-js';
import { mayNeedConversion, traditionalBitmap } from '../../../src/lib/search/traditional.ts';
import { TRADITIONAL_BITMAP } from '../../../src/lib/search/traditional-bitmap.ts';
import { toSimplified } from '../../../src/scripts/search/t2s.ts';

describe('traditional characters', () => {
  it('stored bitmap is current with the installed OpenCC dictionary', () => {
    expect(TRADITIONAL_BITMAP).toBe(traditionalBitmap(TSCharacters));
  });
  it('flags queries with a character that converts, and only those', () => {
    for (const q of ['機器人', '軸承', '數控機床', '鋼鐵', '質監局']) expect(mayNeedConversion(q), q).toBe(true);
    for (const q of ['机器人', '轴承', '数控机床', '钢铁', 'MES', '3D 电视', '中国制造2025']) expect(mayNeedConversion(q), q).toBe(false);
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
});
