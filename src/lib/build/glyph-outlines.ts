/**
 * Glyph outlines of a TrueType font, for drawing the link-preview cards' text as paths.
 *
 * Why: resvg lays text out by reading the font file again for every text element (the font is a
 * file source, not kept in memory), and Noto Sans SC is 10 MB a weight, so a card of six lines cost
 * ≈ 150–300 ms, and 40 cards were 12 of a cold build's 20 s (profile: docs/performance.md). Read
 * once here, the outlines make each card a few paths that resvg fills without any font.
 *
 * Only what the cards need: a glyf-flavoured TrueType file (not CFF, not a collection: the caller
 * falls back to resvg's own text then), the Unicode cmap (formats 4 and 12), advance widths, simple
 * and composite glyphs. No kerning or shaping: the cards are Chinese, set solid, where neither
 * applies (Latin digits in a 文号 lose their kerning pairs, a difference of a pixel or two).
 */

export interface OutlineFont {
  unitsPerEm: number;
  /** The glyph of a code point (the font's .notdef when it has none). */
  glyphOf(codePoint: number): number;
  advance(glyph: number): number;
  /** The glyph's contours, in font units (y up): quadratic curves as on/off-curve points. */
  contours(glyph: number): Point[][];
}

export interface Point { x: number; y: number; on: boolean }

const tag = (b: Buffer, at: number) => b.toString('latin1', at, at + 4);

/** The font's outlines, or null when the file is not a single glyf-flavoured TrueType font. */
export function readTrueType(b: Buffer): OutlineFont | null {
  if (b.length < 12 || b.readUInt32BE(0) !== 0x00010000) return null;
  const tables = new Map<string, number>();
  for (let i = 0, n = b.readUInt16BE(4); i < n; i++) tables.set(tag(b, 12 + 16 * i), b.readUInt32BE(12 + 16 * i + 8));
  const [head, maxp, hhea, hmtx, loca, glyf, cmap] = ['head', 'maxp', 'hhea', 'hmtx', 'loca', 'glyf', 'cmap'].map((t) => tables.get(t));
  if ([head, maxp, hhea, hmtx, loca, glyf, cmap].some((t) => t === undefined)) return null;
  const unitsPerEm = b.readUInt16BE(head! + 18);
  const longLoca = b.readInt16BE(head! + 50) === 1;
  const numGlyphs = b.readUInt16BE(maxp! + 4);
  const numHMetrics = b.readUInt16BE(hhea! + 34);
  const lookup = cmapLookup(b, cmap!);
  if (!lookup) return null;

  const offset = (g: number) => (longLoca ? b.readUInt32BE(loca! + 4 * g) : 2 * b.readUInt16BE(loca! + 2 * g));
  const cache = new Map<number, Point[][]>();
  const contours = (g: number, depth = 0): Point[][] => {
    if (g < 0 || g >= numGlyphs || depth > 8) return [];
    const hit = cache.get(g);
    if (hit) return hit;
    const start = offset(g);
    const got = offset(g + 1) > start ? glyphContours(b, glyf! + start, (c) => contours(c, depth + 1)) : [];
    cache.set(g, got);
    return got;
  };
  return {
    unitsPerEm,
    glyphOf: (cp) => {
      const g = lookup(cp);
      return g > 0 && g < numGlyphs ? g : 0;
    },
    advance: (g) => b.readUInt16BE(hmtx! + 4 * Math.min(g, numHMetrics - 1)),
    contours: (g) => contours(g),
  };
}

/** The best Unicode cmap subtable: format 12 (all planes), else format 4 (the BMP). */
function cmapLookup(b: Buffer, cmap: number): ((cp: number) => number) | null {
  let f12: number | null = null;
  let f4: number | null = null;
  for (let i = 0, n = b.readUInt16BE(cmap + 2); i < n; i++) {
    const platform = b.readUInt16BE(cmap + 4 + 8 * i);
    const encoding = b.readUInt16BE(cmap + 6 + 8 * i);
    const at = cmap + b.readUInt32BE(cmap + 8 + 8 * i);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = b.readUInt16BE(at);
    if (format === 12) f12 ??= at;
    else if (format === 4) f4 ??= at;
  }
  if (f12 !== null) {
    const at = f12;
    const groups = b.readUInt32BE(at + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = at + 16 + 12 * mid;
        const first = b.readUInt32BE(g);
        if (cp < first) hi = mid - 1;
        else if (cp > b.readUInt32BE(g + 4)) lo = mid + 1;
        else return b.readUInt32BE(g + 8) + (cp - first);
      }
      return 0;
    };
  }
  if (f4 !== null) {
    const at = f4;
    const segs = b.readUInt16BE(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const ranges = deltas + 2 * segs;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segs; s++) {
        if (cp > b.readUInt16BE(ends + 2 * s)) continue;
        const first = b.readUInt16BE(starts + 2 * s);
        if (cp < first) return 0;
        const delta = b.readInt16BE(deltas + 2 * s);
        const range = b.readUInt16BE(ranges + 2 * s);
        if (range === 0) return (cp + delta) & 0xffff;
        const g = b.readUInt16BE(ranges + 2 * s + range + 2 * (cp - first));
        return g === 0 ? 0 : (g + delta) & 0xffff;
      }
      return 0;
    };
  }
  return null;
}

/** One glyph's contours: a simple glyph's points, or a composite's components placed. */
function glyphContours(b: Buffer, at: number, component: (g: number) => Point[][]): Point[][] {
  const n = b.readInt16BE(at);
  let p = at + 10;
  if (n >= 0) {
    const ends: number[] = [];
    for (let i = 0; i < n; i++, p += 2) ends.push(b.readUInt16BE(p));
    const count = n > 0 ? ends[n - 1] + 1 : 0;
    p += 2 + b.readUInt16BE(p);
    const flags: number[] = [];
    while (flags.length < count) {
      const f = b[p++];
      flags.push(f);
      if (f & 8) for (let r = b[p++]; r > 0; r--) flags.push(f);
    }
    const coords = (short: number, same: number) => {
      const out: number[] = [];
      let v = 0;
      for (const f of flags) {
        if (f & short) v += f & same ? b[p++] : -b[p++];
        else if (!(f & same)) {
          v += b.readInt16BE(p);
          p += 2;
        }
        out.push(v);
      }
      return out;
    };
    const xs = coords(2, 16);
    const ys = coords(4, 32);
    const result: Point[][] = [];
    let first = 0;
    for (const end of ends) {
      result.push(Array.from({ length: end - first + 1 }, (_, k) => ({ x: xs[first + k], y: ys[first + k], on: (flags[first + k] & 1) === 1 })));
      first = end + 1;
    }
    return result;
  }
  // Composite: each component is another glyph, moved (and perhaps scaled).
  const result: Point[][] = [];
  for (let more = true; more; ) {
    const flags = b.readUInt16BE(p);
    const g = b.readUInt16BE(p + 2);
    p += 4;
    let dx: number;
    let dy: number;
    if (flags & 1) {
      dx = b.readInt16BE(p);
      dy = b.readInt16BE(p + 2);
      p += 4;
    } else {
      dx = b.readInt8(p);
      dy = b.readInt8(p + 1);
      p += 2;
    }
    const f2dot14 = () => {
      const v = b.readInt16BE(p) / 16384;
      p += 2;
      return v;
    };
    let [a, bb, c, d] = [1, 0, 0, 1];
    if (flags & 8) a = d = f2dot14();
    else if (flags & 0x40) [a, d] = [f2dot14(), f2dot14()];
    else if (flags & 0x80) [a, bb, c, d] = [f2dot14(), f2dot14(), f2dot14(), f2dot14()];
    // Point-matching placement (ARGS_ARE_XY_VALUES unset) is rare in CJK fonts: placed unmoved.
    if (!(flags & 2)) dx = dy = 0;
    for (const contour of component(g)) result.push(contour.map((q) => ({ x: a * q.x + c * q.y + dx, y: bb * q.x + d * q.y + dy, on: q.on })));
    more = (flags & 0x20) !== 0;
  }
  return result;
}

const num = (v: number) => String(Math.round(v * 10) / 10);

/**
 * SVG path data of one glyph in font units, y up, as `<use>` draws it under a transform that
 * places and scales it (og-render.ts: each glyph of a card written once).
 */
export function glyphPath(font: OutlineFont, glyph: number): string {
  return font.contours(glyph).map((contour) => contourPath(contour, (q) => [q.x, q.y])).join('');
}

/** One closed quadratic contour: two off-curve points in a row imply the on-curve one between them. */
function contourPath(points: Point[], at: (p: Point) => [number, number]): string {
  if (points.length === 0) return '';
  const mid = (p: Point, q: Point): Point => ({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2, on: true });
  // Start on an on-curve point (or, when there is none, between the first two off-curve ones).
  const k = points.findIndex((p) => p.on);
  const ring = k >= 0 ? [...points.slice(k), ...points.slice(0, k)] : [mid(points[0], points[1] ?? points[0]), ...points];
  const xy = (p: Point) => at(p).map(num).join(' ');
  let d = `M${xy(ring[0])}`;
  let control: Point | null = null;
  for (const p of [...ring.slice(1), ring[0]]) {
    if (p.on) {
      d += control ? `Q${xy(control)} ${xy(p)}` : `L${xy(p)}`;
      control = null;
    } else {
      if (control) d += `Q${xy(control)} ${xy(mid(control, p))}`;
      control = p;
    }
  }
  return `${d}Z`;
}
