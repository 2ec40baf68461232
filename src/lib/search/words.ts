/**
 * Reading a topic word by word. Readers type topics of several words run together
 * (机器人产业发展) or in another order than the plan prints them; the plan's words are then found
 * one by one: a run is cut where its pieces are known words (of the plan's text or of the site's
 * vocabulary), longest first, and when the words are not all in one place, most of them are.
 * Pure; the same code serves the answer finder, the search page and the tests.
 */

/** Words that carry no topic of their own: dropped when a run is cut into words. */
export const STOP_WORDS: readonly string[] = [
  '的', '了', '和', '与', '及', '以及', '或', '等', '是', '在', '对', '把', '被', '将', '从', '向', '为', '于', '有', '要', '也', '还', '都',
  '方面', '问题', '工作', '情况', '相关', '有关', '事情', '事项', '事宜', '这个', '那个', '这些', '那些', '一下', '怎么', '如何', '什么', '哪些', '怎样', '多少', '呢', '吗', '啊', '请问',
];
const STOP = new Set(STOP_WORDS);
export const isStopWord = (w: string) => STOP.has(w);

/** Longest piece tried when cutting a run. */
const MAX_PIECE = 8;

export interface Piece {
  text: string;
  /** True when `known` accepted it; an unknown piece is a run of characters no known word starts. */
  known: boolean;
}

/**
 * Cuts a run of text into known words, longest first from the left (forward maximum matching);
 * characters that start no known word of two characters or more are gathered into unknown pieces.
 * Stop words are dropped.
 */
export function cutKnown(run: string, known: (s: string) => boolean): Piece[] {
  const chars = [...run];
  const out: Piece[] = [];
  let unknown = '';
  for (let i = 0; i < chars.length; ) {
    let len = 0;
    for (let l = Math.min(MAX_PIECE, chars.length - i); l >= 2; l--) {
      if (known(chars.slice(i, i + l).join(''))) {
        len = l;
        break;
      }
    }
    if (len === 0) {
      unknown += chars[i];
      i++;
      continue;
    }
    if (unknown) out.push({ text: unknown, known: false });
    unknown = '';
    out.push({ text: chars.slice(i, i + len).join(''), known: true });
    i += len;
  }
  if (unknown) out.push({ text: unknown, known: false });
  return out.filter((p) => !STOP.has(p.text));
}

/**
 * Smaller sets of the words, most words first, each in the reader's order: all but one, all but
 * two … down to single words (at most 6 words are combined; more are cut to their first 6).
 */
export function* fewerWords(words: string[]): Generator<string[]> {
  const ws = words.slice(0, 6);
  for (let k = ws.length - 1; k >= 1; k--) yield* combinations(ws, k);
}

function* combinations<T>(xs: T[], k: number, from = 0, acc: T[] = []): Generator<T[]> {
  if (acc.length === k) {
    yield acc;
    return;
  }
  for (let i = from; i <= xs.length - (k - acc.length); i++) yield* combinations(xs, k, i + 1, [...acc, xs[i]]);
}
