import type { Paragraph, Target } from '../model/schema.ts';

/**
 * Quantified commitments in a plan's text: 每年新认定省级及以上企业技术中心 50 家以上, 到 2017 年累计攻克
 * 重大关键技术 120 项, 数控化率达到 50% 以上; and dated commitments without a number (到2015年底基本
 * 淘汰落后水泥产能). The rules are about the language of plans, never about one plan:
 *
 * - a quantity is an Arabic number followed by a unit of count (家, 项, 个 …) or of measure (%, 亿元 …);
 * - it is not a commitment when it describes something else: followed by 的 (投资 10 亿元以上的项目),
 *   a measure unit followed by the noun it sizes (10 万吨空分), part of a code (i5, 3G), inside 《》 or
 *   〔〕, or in a clause that cites another document (《中国制造 2025》提出的 … 5 项重大工程);
 * - its deadline is the nearest 到/至/在 YYYY 年(底) or 每年 before it in the same sentence (else the
 *   first after it); a sentence with a deadline but no quantity is a dated commitment;
 * - Chinese numerals (七项工程, 五个方面) count the plan's own lists, not commitments, and are left out.
 */

/** Longest first, so 个百分点 wins over 个 and 亿元 over 元. */
const UNITS = ['个百分点', '万千瓦', '亿元', '万元', '万吨', '万辆', '万人', '%', '％', '家', '项', '个', '座', '条', '名', '户', '台', '套', '倍', '吨', '元'];
/** Units that count things: the noun counted may follow (5 个石化园区). */
const COUNT_UNITS = new Set(['家', '项', '个', '座', '条', '名', '户', '台', '套']);
const AFTER_WORDS = ['以上', '以下', '以内', '左右'];
/** Comparison words before a number, longest first. */
const BEFORE_WORDS = ['不少于', '不低于', '不超过', '提高到', '提升到', '达到', '累计', '超过', '新增', '突破', '降低', '下降', '增长'];

// (?<!\\d): a match never starts inside a run of digits, so a long run is read once, not once a digit.
const QUANTITY = new RegExp(`(?<!\\d)(\\d+(?:\\.\\d+)?)[ \\t]*(${UNITS.join('|')})(?:[ \\t]*(${AFTER_WORDS.join('|')}))?`, 'g');
/** 到 2017 年, 到2015年底, 至 2020 年末, 2018 年前; 每年. A bare "2014 年" is a date, not a deadline. */
const DEADLINE = /(?:(?:到|至|在)[ \t]*(\d{4})[ \t]*年[ \t]*(底|末|前)?|(\d{4})[ \t]*年[ \t]*(底|末|前))|(每年)/g;
const CLAUSE_END = /[，,；;：:。！？!?]/;
const SENTENCE_END = /[。！？!?]/;

interface Span {
  start: number;
  end: number;
}

interface Deadline extends Span {
  printed: string;
  year: number | null;
  yearEnd: boolean;
  frequency: 'annual' | null;
}

/**
 * The spans of a text between stop characters (clauses, sentences). The stops are found once, so
 * the span around any offset is a binary search: scanning from each match instead makes a long
 * paragraph with many matches quadratic.
 */
class Spans {
  private readonly text: string;
  private readonly stops: number[] = [];
  private readonly trimmed = new Map<number, Span>();
  constructor(text: string, stop: RegExp) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (stop.test(text[i])) this.stops.push(i);
  }
  /** The span around `at`: from after the stop before it to the stop at or after it. */
  around(at: number): Span {
    const k = lowerBound(this.stops, at);
    return { start: k > 0 ? this.stops[k - 1] + 1 : 0, end: k < this.stops.length ? this.stops[k] : this.text.length };
  }
  /** The span around `at` without its outer whitespace (computed once per span). */
  trimmedAround(at: number): Span {
    const s = this.around(at);
    let t = this.trimmed.get(s.start);
    if (!t) this.trimmed.set(s.start, (t = trimSpan(this.text, s)));
    return t;
  }
}

/** Index of the first element of a sorted array that is >= x (the array's length when none is). */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offsets of every occurrence of a string in a text, in order. */
function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + 1)) out.push(at);
  return out;
}

/** Trims whitespace from both ends of a span. */
function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** True when `at` lies inside 《…》 or 〔…〕, given the offsets of each bracket. */
function insideBrackets(brackets: Map<string, number[]>, at: number): boolean {
  const lastAtOrBefore = (xs: number[]) => lowerBound(xs, at + 1) - 1;
  for (const [open, close] of [['《', '》'], ['〔', '〕']]) {
    const opens = brackets.get(open)!;
    const closes = brackets.get(close)!;
    const o = lastAtOrBefore(opens);
    if (o !== -1 && (lastAtOrBefore(closes) === -1 || closes[lastAtOrBefore(closes)] < opens[o])) return true;
  }
  return false;
}

export function findDeadlines(text: string): Deadline[] {
  return [...text.matchAll(DEADLINE)].map((m) => {
    const year = m[1] ?? m[3];
    const end = m[2] ?? m[4];
    return {
      start: m.index!,
      end: m.index! + m[0].length,
      printed: m[0],
      year: year ? Number(year) : null,
      yearEnd: end === '底' || end === '末',
      frequency: m[5] ? ('annual' as const) : null,
    };
  });
}

export interface Quantity extends Span {
  printed: string;
  value: number;
  unit: string;
  after: string | null;
}

/** The quantities of a text that can be commitments (see the rules above). */
export function findQuantities(text: string, clauses = new Spans(text, CLAUSE_END)): Quantity[] {
  const out: Quantity[] = [];
  const brackets = new Map(['《', '》', '〔', '〕'].map((b) => [b, occurrences(text, b)]));
  const citations = brackets.get('《')!;
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index!;
    const end = start + m[0].length;
    const unit = m[2];
    const after = m[3] ?? null;
    if (start > 0 && /[A-Za-z0-9.±+\-]/.test(text[start - 1])) continue;
    if (insideBrackets(brackets, start)) continue;
    let next = end;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
    const following = text[next] ?? '';
    if (following === '的') continue;
    if (!after && !COUNT_UNITS.has(unit) && /^[\u4e00-\u9fff]/.test(following) && !/^[等和及、]/.test(following)) continue;
    // A 《 earlier in the same clause: the clause cites another document.
    const clause = clauses.around(start);
    const k = lowerBound(citations, clause.start);
    if (k < citations.length && citations[k] < start) continue;
    out.push({ start, end, printed: m[0], value: Number(m[1]), unit, after });
  }
  return out;
}

function bound(before: string[], after: string | null): Target['bound'] {
  if (after === '以上' || before.some((w) => ['超过', '不少于', '不低于', '突破'].includes(w))) return 'at-least';
  if (after === '以下' || after === '以内' || before.includes('不超过')) return 'at-most';
  if (after === '左右') return 'about';
  return 'exact';
}

/**
 * The comparison words printed in a clause before its quantity ([from, to)), in printed order, each
 * once. A word printed inside a longer one is not read (超过 inside 不超过 would turn "at most" into
 * "at least"): longer words claim their text first. Each word's occurrences are looked up by binary
 * search in `wordsAt`, so a long clause costs no more than its few comparison words.
 */
function comparisonWords(wordsAt: Map<string, number[]>, from: number, to: number): string[] {
  const taken: { w: string; at: number }[] = [];
  for (const w of [...BEFORE_WORDS].sort((a, b) => b.length - a.length)) {
    const xs = wordsAt.get(w)!;
    for (let k = lowerBound(xs, from); k < xs.length && xs[k] + w.length <= to; k++) {
      const at = xs[k];
      if (taken.some((t) => at < t.at + t.w.length && at + w.length > t.at)) continue;
      taken.push({ w, at });
      break;
    }
  }
  return taken.sort((a, b) => a.at - b.at).map((t) => t.w);
}

/**
 * The deadline of a quantity at `at`: the last one before it in its sentence, else the first after
 * it. Deadlines are in text order and never contain a sentence end, so binary searches find them.
 */
function nearestDeadline(deadlines: Deadline[], starts: number[], ends: number[], sentence: Span, at: number): Deadline | null {
  const first = lowerBound(starts, sentence.start);
  const before = lowerBound(ends, at + 1) - 1;
  if (before >= first) return deadlines[before];
  const after = lowerBound(starts, at);
  return after < deadlines.length && deadlines[after].start < sentence.end ? deadlines[after] : null;
}

/** The sentence around `at` from `from` on, trimmed; its trimmed end is shared by every `from`. */
function restOfSentence(text: string, sentences: Spans, from: number, at: number): Span {
  const end = sentences.around(at).end;
  let start = Math.min(end, from);
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end: Math.max(start, sentences.trimmedAround(at).end) };
}

/** The commitments of one paragraph, in text order. */
export function paragraphTargets(p: Pick<Paragraph, 'id' | 'text'>): Target[] {
  const text = p.text;
  const clauses = new Spans(text, CLAUSE_END);
  const sentences = new Spans(text, SENTENCE_END);
  const deadlines = findDeadlines(text);
  const deadlineStarts = deadlines.map((d) => d.start);
  const deadlineEnds = deadlines.map((d) => d.end);
  const quantities = findQuantities(text, clauses);
  const quantityStarts = quantities.map((q) => q.start);
  const wordsAt = new Map(BEFORE_WORDS.map((w) => [w, occurrences(text, w)]));
  const found: Omit<Target, 'id'>[] = [];
  for (const q of quantities) {
    const clause = clauses.trimmedAround(q.start);
    const sentence = sentences.around(q.start);
    const d = nearestDeadline(deadlines, deadlineStarts, deadlineEnds, sentence, q.start);
    const before = comparisonWords(wordsAt, clause.start, q.start);
    found.push({
      paragraph: p.id,
      phrase: text.slice(clause.start, clause.end),
      start: clause.start,
      end: clause.end,
      quantity: q.printed,
      value: q.value,
      unit: q.unit,
      comparison: [...before, ...(q.after ? [q.after] : [])],
      bound: bound(before, q.after),
      deadline: d ? d.printed.trim() : null,
      year: d?.year ?? null,
      yearEnd: d?.yearEnd ?? false,
      frequency: d?.frequency ?? null,
    });
  }
  // A sentence with a dated deadline and no quantity is a dated commitment.
  const nonWhitespace = new Map<number, number>();
  for (const d of deadlines) {
    if (d.frequency) continue;
    const sentence = sentences.around(d.start);
    const k = lowerBound(quantityStarts, sentence.start);
    if (k < quantities.length && quantities[k].start < sentence.end) continue;
    const clause = clauses.trimmedAround(d.start);
    if (!nonWhitespace.has(clause.start)) nonWhitespace.set(clause.start, text.slice(clause.start, clause.end).replace(/\s+/g, '').length);
    // With six characters more than the deadline, at least four are left once it and a leading
    // 计划/力争/争取 are removed; only short clauses are worth the exact test.
    const long = nonWhitespace.get(clause.start)! >= d.printed.replace(/\s+/g, '').length + 6;
    const own = long ? '' : text.slice(clause.start, clause.end).replace(d.printed, '').replace(/^[ \t]*(计划|力争|争取)?/, '');
    // "到 2020 年，…" alone in its clause: the commitment is the rest of the sentence.
    const span = long || own.trim().length >= 4 ? clause : restOfSentence(text, sentences, clause.end + 1, d.start);
    if (span.end <= span.start) continue;
    found.push({
      paragraph: p.id,
      phrase: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      quantity: null,
      value: null,
      unit: null,
      comparison: [],
      bound: null,
      deadline: d.printed.trim(),
      year: d.year,
      yearEnd: d.yearEnd,
      frequency: null,
    });
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((t, i) => ({ id: `${p.id}-t${i + 1}`, ...t }));
}

/** The commitments of every paragraph, in document order. */
export function findTargets(paragraphs: Iterable<Pick<Paragraph, 'id' | 'text'>>): Target[] {
  return [...paragraphs].flatMap(paragraphTargets);
}
