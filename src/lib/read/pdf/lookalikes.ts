/**
 * Characters a PDF font maps to a lookalike of the ordinary Chinese character: a Kangxi radical
 * (⼯ U+2F2F for 工), a CJK radicals-supplement form (⺠ for 民) or a compatibility ideograph. A
 * reader sees 工; search and the converter's patterns would not. They are read as the ordinary
 * character, and each one is listed as a repair so nothing changes silently.
 */

const KANGXI = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/u;
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/gu;

/**
 * Radicals-supplement forms NFKC leaves alone but fonts use for the simplified character (only
 * ⻟ and ⻳ have a compatibility mapping). Forms with no one ordinary character are not listed.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长',
  '⻔': '门', '⻘': '青', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨',
  '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙',
};

/** The ordinary character for a lookalike, or null when it has none (it is then kept as printed). */
export function ordinaryCharacter(ch: string): string | null {
  if (!KANGXI.test(ch)) return null;
  const mapped = SUPPLEMENT[ch] ?? ch.normalize('NFKC');
  return mapped !== ch ? mapped : null;
}

export interface LookalikeRepair {
  /** 0-based index of the character in the original text. */
  index: number;
  before: string;
  after: string;
  reason: string;
}

/** Reads lookalikes as ordinary characters: the repaired text and one repair per character. */
export function repairLookalikes(text: string): { text: string; repairs: LookalikeRepair[] } {
  const repairs: LookalikeRepair[] = [];
  const out = text.replace(LOOKALIKE, (ch, index: number) => {
    const after = ordinaryCharacter(ch);
    if (after === null) return ch;
    const cp = ch.codePointAt(0) ?? 0;
    const kind =
      cp >= 0x2f00 && cp <= 0x2fdf ? 'a Kangxi radical' : cp >= 0x2e80 && cp <= 0x2eff ? 'a CJK radical form' : 'a CJK compatibility ideograph';
    repairs.push({ index, before: ch, after, reason: `the PDF font maps ${after} to ${kind} (U+${cp.toString(16).toUpperCase()})` });
    return after;
  });
  return { text: out, repairs };
}
