/**
 * Which characters change when a query is converted from traditional to simplified Chinese, as a
 * bitmap over U+3400–U+9FFF, so that the converter (OpenCC's dictionaries, about 20 KB gzip) is
 * fetched only for a query that needs it. The bitmap is derived from OpenCC's TSCharacters
 * dictionary by `traditionalBitmap`; a unit test checks that the stored copy is current.
 */
import { TRADITIONAL_BITMAP } from './traditional-bitmap.ts';

const FIRST = 0x3400;
const LAST = 0x9fff;

/** Builds the bitmap (base64) from an OpenCC dictionary ("繁 简|…" or [[繁, 简], …]). */
export function traditionalBitmap(dict: string | readonly (readonly [string, string])[]): string {
  const pairs = typeof dict === 'string' ? dict.split('|').map((l) => l.split(' ') as [string, string]) : dict;
  // Stryker disable next-line ArithmeticOperator: the range holds 0x6C00 code points, a multiple of 8, so ±1 before ceil(/8) gives the same length.
  const bits = new Uint8Array(Math.ceil((LAST - FIRST + 1) / 8));
  for (const [from, to] of pairs) {
    const cp = from.codePointAt(0)!;
    if ([...from].length !== 1 || from === to) continue;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: dropping this guard is harmless, a typed array ignores writes outside its bounds.
    if (cp < FIRST || cp > LAST) continue;
    // Stryker disable next-line ArithmeticOperator: FIRST (0x3400) is a multiple of 8, so (cp + FIRST) & 7 equals (cp - FIRST) & 7.
    bits[(cp - FIRST) >> 3] |= 1 << ((cp - FIRST) & 7);
  }
  return Buffer.from(bits).toString('base64');
}

let decoded: Uint8Array | null = null;
function bits(): Uint8Array {
  decoded ??= Uint8Array.from(atob(TRADITIONAL_BITMAP), (c) => c.charCodeAt(0));
  return decoded;
}

/** True when some character of `s` may change under traditional → simplified conversion. */
export function mayNeedConversion(s: string): boolean {
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    // Stryker disable next-line EqualityOperator: U+3400 and U+9FFF do not convert, so moving either edge into the else branch gives the same answer.
    if (cp >= FIRST && cp <= LAST) {
      // Stryker disable next-line ArithmeticOperator: FIRST is a multiple of 8, so (cp + FIRST) & 7 equals (cp - FIRST) & 7.
      if (bits()[(cp - FIRST) >> 3] & (1 << ((cp - FIRST) & 7))) return true;
    } else if ((cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000) {
      return true; // compatibility ideographs and supplementary planes: let OpenCC decide
    }
  }
  return false;
}
