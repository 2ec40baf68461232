/**
 * Traditional-character copies (portal pages served in 繁體, machine-converted) print the same
 * notations as simplified ones: 牽頭/負責, 責任單位, 第一條, 國辦發〔2019〕6號. Recognisers match a
 * folded view of a line, one simplified character for each printed one, so every offset they find
 * is an offset into the printed text, which is kept as printed.
 */
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const CJK = /[\u3400-\u9fff]/;
const folded = new Map<string, string>();

/** The simplified form of one character, or the character itself when OpenCC changes its length. */
export function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const s = CJK.test(ch) ? toSimplified(ch) : ch;
    out = s.length === ch.length ? s : ch;
    folded.set(ch, out);
  }
  return out;
}

/** The line as recognisers read it: each character simplified, the length unchanged. */
export function fold(text: string): string {
  let out = '';
  let changed = false;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f !== ch) changed = true;
    out += f;
  }
  return changed ? out : text;
}

/**
 * True when the text is a traditional-character copy: many of its characters change under t→s
 * (an OCR slip in a simplified text changes one or two). Then no character is "corrected".
 */
export function isTraditional(text: string): boolean {
  let cjk = 0;
  let changed = 0;
  for (const ch of text) {
    if (!CJK.test(ch)) continue;
    cjk++;
    if (foldChar(ch) !== ch) changed++;
  }
  return changed >= 20 && changed >= cjk * 0.02;
}
