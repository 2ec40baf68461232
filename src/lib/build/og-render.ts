/**
 * Renders link-preview cards (og.ts) to PNG with resvg, at build time. The font is Noto Sans SC from
 * the npm package @expo-google-fonts/noto-sans-sc (a dev dependency, so `npm install` brings it
 * everywhere); Debian's fonts-noto-cjk is the fallback. Without a CJK font no image is made and no
 * page names one: the build says so once. The text is drawn as the font's glyph outlines, read once
 * per build (glyph-outlines.ts), so resvg needs no font: a card costs a fraction of what resvg's
 * own text layout cost (it reads the 10 MB font file again for every line). Rendered PNGs are cached by the SHA-256 of their inputs
 * (node_modules/.cache/policy-explorer/og, or POLICY_CACHE_DIR/og; POLICY_OG_CACHE=0 turns it off),
 * so a rebuild with unchanged content renders nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { env } from './env.ts';
import { writeCacheEntry } from './cache-write.ts';
import { cardAlt, cardSvg, type OgCard, type TextRun } from '../site/seo/og.ts';
import { glyphPath, readTrueType, type OutlineFont } from './glyph-outlines.ts';
import { ogImagePath } from '../model/routes.ts';

export interface OgFont {
  family: string;
  files: string[];
}

/** Where a CJK font may be, best first: each candidate needs every one of its files. */
export function fontCandidates(): OgFont[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const npm = (weight: string) => {
    try {
      return require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);
    } catch {
      return join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-sc', weight, `NotoSansSC_${weight}.ttf`);
    }
  };
  const debian = '/usr/share/fonts/opentype/noto';
  return [
    { family: 'Noto Sans SC', files: [npm('400Regular'), npm('700Bold')] },
    { family: 'Noto Sans CJK SC', files: [join(debian, 'NotoSansCJK-Regular.ttc'), join(debian, 'NotoSansCJK-Bold.ttc')] },
  ];
}

/** The first candidate whose files all exist; null when there is none. */
export function findFont(candidates: OgFont[]): OgFont | null {
  return candidates.find((c) => c.files.length > 0 && c.files.every((f) => existsSync(f))) ?? null;
}

export const NO_FONT_MESSAGE =
  'og:image: no CJK font found (npm install brings @expo-google-fonts/noto-sans-sc; or apt-get install fonts-noto-cjk): pages are built without link-preview images.';

let chosen: OgFont | null | undefined;
/**
 * The font of this build, looked for once. POLICY_OG_IMAGES=0 builds without images (as when no
 * font is found).
 */
export function ogFont(): OgFont | null {
  if (chosen === undefined) {
    chosen = env.ogImages() ? findFont(fontCandidates()) : null;
    if (!chosen && env.ogImages()) console.warn(NO_FONT_MESSAGE);
  }
  return chosen;
}

/** Bump when the rendering changes in a way the SVG text does not show (resvg options, outlines). */
const RENDER_VERSION = 'og-3';

const cacheDir = () =>
  env.ogCache() ? join(env.cacheDir(), 'og') : null;

const outlineFonts = new Map<string, OutlineFont | null>();
/** The font's outlines, read once per build (null for a font that is not glyf TrueType). */
function outlines(file: string): OutlineFont | null {
  if (!outlineFonts.has(file)) outlineFonts.set(file, readTrueType(readFileSync(file)));
  return outlineFonts.get(file)!;
}

/**
 * The card's SVG with its text drawn as glyph outlines when the font allows (glyph-outlines.ts: no
 * font for resvg to read again per line), else as SVG text in the font.
 */
export function cardDrawing(card: OgCard, font: OgFont): { svg: string; outlined: boolean } {
  const [regular, bold] = font.files.map(outlines);
  if (!regular || !bold) return { svg: cardSvg(card, font.family), outlined: false };
  // Each glyph's outline once, in font units, and each occurrence a <use> of it placed by its
  // run's transform: a card's SVG is a fifth of the size with every glyph written out in place.
  const defs = new Map<string, string>();
  const draw = (r: TextRun) => {
    const f = r.bold ? bold : regular;
    const s = r.size / f.unitsPerEm;
    let pen = 0;
    let uses = '';
    for (const ch of r.text) {
      const g = f.glyphOf(ch.codePointAt(0)!);
      const id = `${r.bold ? 'b' : 'r'}${g}`;
      if (!defs.has(id)) defs.set(id, `<path id="${id}" d="${glyphPath(f, g)}"/>`);
      uses += `<use href="#${id}" x="${pen}"/>`;
      pen += f.advance(g);
    }
    return `<g fill="${r.fill}" transform="translate(${r.x} ${r.y}) scale(${s} ${-s})">${uses}</g>`;
  };
  const svg = cardSvg(card, font.family, draw);
  return { svg: svg.replace(/<\/svg>$/, `<defs>${[...defs.values()].join('')}</defs>\n</svg>`), outlined: true };
}

/** The card as PNG bytes, from the cache when the same SVG was rendered with the same font before. */
export async function renderCard(card: OgCard, font: OgFont): Promise<Uint8Array> {
  const text = cardSvg(card, font.family);
  const fontId = font.files.map((f) => `${f}:${statSync(f).size}`).join('|');
  const key = createHash('sha256').update(`${RENDER_VERSION}\n${fontId}\n${text}`).digest('hex');
  const dir = cacheDir();
  const cached = dir ? join(dir, `${key}.png`) : null;
  if (cached && existsSync(cached)) return readFileSync(cached);
  // Loaded only when an image is to be drawn: a warm rebuild never loads the renderer.
  const { Resvg } = await import('@resvg/resvg-js');
  const { svg, outlined } = cardDrawing(card, font);
  const fonts = outlined ? { loadSystemFonts: false } : { fontFiles: font.files, loadSystemFonts: false, defaultFontFamily: font.family };
  const png = new Resvg(svg, { font: fonts, fitTo: { mode: 'original' } }).render().asPng();
  if (dir && cached) {
    mkdirSync(dir, { recursive: true });
    // Whole or absent, whoever else renders the same card at once (parallel builds share the cache).
    writeCacheEntry(cached, png);
  }
  return png;
}

/** What a page's head says of its card: the image's address and text, or nothing when no image is built. */
export function ogImageOf(card: OgCard): { path: string; alt: string } | undefined {
  return ogFont() ? { path: ogImagePath(card.path), alt: cardAlt(card) } : undefined;
}
