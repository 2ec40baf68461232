import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardDrawing, findFont, fontCandidates } from '../../../src/lib/build/og-render.ts';
import { glyphPath, readTrueType } from '../../../src/lib/build/glyph-outlines.ts';
import { cardSvg, type OgCard } from '../../../src/lib/site/seo/og.ts';

const CARD: OgCard = {
  path: '/liaoning-2015-24/sectors/p2-1-3/',
  kind: '重点行业',
  context: '重点领域发展导向 › 发展先进装备制造业',
  title: '3.船舶和海洋工程装备',
  duties: [{ label: '牵头', names: ['省经济和信息化委', '省科技厅'], more: false }],
  source: '辽宁省传统工业转型升级实施方案',
  note: '辽政发〔2015〕24号 · 辽宁省人民政府',
};
// Without a CJK font (no npm install, no fonts-noto-cjk) there is nothing to draw: those tests skip.
const font = () => findFont(fontCandidates());
const pixels = (svg: string, fonts: object) => new Resvg(svg, { font: { loadSystemFonts: false, ...fonts } }).render().pixels;

describe('card text drawn as glyph outlines', { timeout: 60_000 }, () => {
  it('reads no font that is not a single glyf TrueType file (resvg draws the text then)', () => {
    expect(readTrueType(Buffer.from([0x4f, 0x54, 0x54, 0x4f, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
    expect(readTrueType(Buffer.from([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0, 0, 0, 0]))).toBeNull();
    expect(readTrueType(Buffer.from([0, 1, 0, 0]))).toBeNull();
    // The version of TrueType, but no tables.
    expect(readTrueType(Buffer.from([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });

  it('a Chinese character: its own glyph, a full em wide; 一 is one stroke across, above the baseline', (ctx) => {
    if (!font()) return ctx.skip();
    const f = readTrueType(readFileSync(font()!.files[0]))!;
    const yi = f.glyphOf('一'.codePointAt(0)!);
    expect(yi).toBeGreaterThan(0);
    expect(f.glyphOf('二'.codePointAt(0)!)).not.toBe(yi);
    expect(f.advance(yi)).toBe(f.unitsPerEm);
    // In font units, y up: one closed stroke across the em, about its middle, above the baseline.
    const em = f.unitsPerEm;
    const d = glyphPath(f, yi);
    expect(d.match(/Z/g)).toHaveLength(1);
    const xs = [...d.matchAll(/[MLQ ]?(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(xs.length).toBeGreaterThanOrEqual(4);
    for (const [x, y] of xs) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(em);
      expect(y).toBeGreaterThan(em * 0.2);
      expect(y).toBeLessThan(em * 0.7);
    }
    // 二 is two strokes; a card writes each glyph once and places every occurrence with <use>.
    expect(glyphPath(f, f.glyphOf('二'.codePointAt(0)!)).match(/Z/g)).toHaveLength(2);
    const { svg } = cardDrawing({ ...CARD, title: '一一一' }, font()!);
    // The title is bold: its glyphs are the bold font's.
    const id = `b${readTrueType(readFileSync(font()!.files[1]))!.glyphOf('一'.codePointAt(0)!)}`;
    expect(svg.match(new RegExp(`<path id="${id}" `, 'g'))).toHaveLength(1);
    expect(svg.match(new RegExp(`<use href="#${id}"`, 'g'))).toHaveLength(3);
  });

  it('the outlined card looks as resvg draws the same text in the font: the same pixels but for anti-aliasing', (ctx) => {
    if (!font()) return ctx.skip();
    const f = font()!;
    const { svg, outlined } = cardDrawing(CARD, f);
    expect(outlined).toBe(true);
    expect(svg).not.toContain('<text');
    const a = pixels(svg, {});
    const b = pixels(cardSvg(CARD, f.family), { fontFiles: f.files, defaultFontFamily: f.family });
    expect(a.length).toBe(b.length);
    let ink = 0;
    let differ = 0;
    let far = 0;
    for (let i = 0; i < a.length; i++) {
      if (b[i] < 128) ink++;
      const d = Math.abs(a[i] - b[i]);
      if (d > 0) differ++;
      if (d > 96) far++;
    }
    // The text is there (dark pixels), and drawn where and as the font draws it.
    expect(ink).toBeGreaterThan(10_000);
    expect(differ / a.length).toBeLessThan(0.01);
    expect(far).toBeLessThan(20);
  });
});

/** renderCard in a thread of its own, with the cache in `cache`: the PNG's length. */
function renderInThread(cache: string): Promise<number> {
  const code = `const { workerData, parentPort } = require('node:worker_threads');
    import(workerData.module).then(async ({ renderCard, findFont, fontCandidates }) => {
      const png = await renderCard(workerData.card, findFont(fontCandidates()));
      parentPort.postMessage(png.length);
    });`;
  const module = new URL('../../../src/lib/build/og-render.ts', import.meta.url).href;
  return new Promise((ok, fail) => {
    const w = new Worker(code, { eval: true, workerData: { module, card: CARD }, env: { ...process.env, POLICY_CACHE_DIR: cache, POLICY_OG_CACHE: '1' } });
    w.on('message', ok);
    w.on('error', fail);
  });
}

describe('the image cache, written by several renderers at once', { timeout: 120_000 }, () => {
  it('four threads render the same card into one empty cache: each gets the image, the entry is whole, no temporary file is left', async (ctx) => {
    if (!font()) return ctx.skip();
    const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const sizes = await Promise.all(Array.from({ length: 4 }, () => renderInThread(cache)));
    const entries = readdirSync(join(cache, 'og'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^[0-9a-f]{64}\.png$/);
    const png = readFileSync(join(cache, 'og', entries[0]));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(sizes).toEqual([png.length, png.length, png.length, png.length]);
  });
});
