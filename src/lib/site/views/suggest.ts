/**
 * The 404 page's suggestions: the published addresses nearest to a mistyped one. Edit distance on
 * the normalised path, so a dropped letter (/task/), a wrong number (p3-33) or a missing trailing
 * slash each find the page meant.
 */

/** A requested address as the manifest writes paths: no query or anchor, lower case, trailing slash. */
export function normalisePath(raw: string): string {
  let p = raw.split(/[?#]/)[0].toLowerCase();
  try {
    p = decodeURIComponent(p);
  } catch {
    // A malformed escape: compare the address as typed.
  }
  if (!p.startsWith('/')) p = `/${p}`;
  p = p.replace(/\/index\.html?$/, '/').replace(/\/{2,}/g, '/');
  return p.endsWith('/') ? p : `${p}/`;
}

/** Levenshtein distance, two rows; the paths are short. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

/**
 * Up to `n` published pages nearest to the requested path, nearest first (ties in the given order).
 * Only pages within a third of the path's length in edits: beyond that a suggestion is a guess.
 */
export function nearestPaths(requested: string, pages: string[], n = 3): string[] {
  const target = normalisePath(requested);
  const limit = Math.max(2, Math.floor(target.length / 3));
  return pages
    .map((p, i) => ({ p, i, d: editDistance(target, p) }))
    .filter((x) => x.d <= limit && x.p !== target)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.p);
}

/**
 * A missing address that is a word rather than a page (/guangfu, /光伏, /robot): the word to offer
 * a search for, as typed: Chinese as it is, Latin letters lower-cased (pinyin or English). Null for
 * an address of more than one segment or with other characters: that is a mistyped page.
 */
export function wordOfPath(raw: string): { han: string } | { latin: string } | null {
  const segments = normalisePath(raw).split('/').filter(Boolean);
  if (segments.length !== 1) return null;
  const word = segments[0].replace(/\.html?$/, '');
  if (/^\p{Script=Han}{1,12}$/u.test(word)) return { han: word };
  if (/^[a-z]{2,30}$/.test(word)) return { latin: word };
  return null;
}

/**
 * The words of the site's vocabulary (most frequent first) read as the given run of pinyin
 * syllables, tones left out: guangfu → 光伏. `py` maps a syllable to the characters read so
 * (the /search-vocab.json table); at most `n` words.
 */
export function wordsForPinyin(letters: string, vocab: { words: string[]; py: Record<string, string> }, n = 3): string[] {
  const readings = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(vocab.py)) for (const ch of chars) readings.set(ch, [...(readings.get(ch) ?? []), syllable]);
  // Does `chars` from character i read as `letters` from position at?
  const reads = (chars: string[], i: number, at: number): boolean =>
    i === chars.length ? at === letters.length : (readings.get(chars[i]) ?? []).some((s) => letters.startsWith(s, at) && reads(chars, i + 1, at + s.length));
  const out: string[] = [];
  for (const w of vocab.words) {
    const chars = [...w];
    if (chars.length * 6 < letters.length || chars.length > letters.length) continue;
    if (reads(chars, 0, 0) && !out.includes(w)) out.push(w);
    if (out.length === n) break;
  }
  return out;
}
