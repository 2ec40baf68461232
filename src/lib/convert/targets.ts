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

const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)[ \\t]*(${UNITS.join('|')})(?:[ \\t]*(${AFTER_WORDS.join('|')}))?`, 'g');
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

function spanAround(text: string, at: number, stop: RegExp): Span {
  let start = at;
  while (start > 0 && !stop.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !stop.test(text[end])) end++;
  return { start, end };
}

/** Trims whitespace from both ends of a span. */
function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** True when `at` lies inside 《…》 or 〔…〕. */
function insideBrackets(text: string, at: number): boolean {
  for (const [open, close] of [['《', '》'], ['〔', '〕']]) {
    const o = text.lastIndexOf(open, at);
    if (o !== -1 && text.lastIndexOf(close, at) < o) return true;
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
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index!;
    const end = start + m[0].length;
    const unit = m[2];
    const after = m[3] ?? null;
    if (start > 0 && /[A-Za-z0-9.±+\-]/.test(text[start - 1])) continue;
    if (insideBrackets(text, start)) continue;
    const rest = text.slice(end).replace(/^[ \t]+/, '');
    if (rest.startsWith('的')) continue;
    if (!after && !COUNT_UNITS.has(unit) && /^[\u4e00-\u9fff]/.test(rest) && !/^[等和及、]/.test(rest)) continue;
    const clause = spanAround(text, start, CLAUSE_END);
    if (text.slice(clause.start, start).includes('《')) continue;
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
 * The comparison words of a clause before its number, in printed order, each once. Read left to
 * right taking the longest word at each position, so 不超过 is not also read as 超过 (which would
 * turn "at most" into "at least").
 */
function comparisonWords(prefix: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < prefix.length; ) {
    const w = BEFORE_WORDS.find((x) => prefix.startsWith(x, i));
    if (!w) {
      i++;
      continue;
    }
    if (!out.includes(w)) out.push(w);
    i += w.length;
  }
  return out;
}

function nearestDeadline(deadlines: Deadline[], sentence: Span, at: number): Deadline | null {
  const inSentence = deadlines.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  return inSentence.filter((d) => d.end <= at).at(-1) ?? inSentence.find((d) => d.start >= at) ?? null;
}

/** The commitments of one paragraph, in text order. */
export function paragraphTargets(p: Pick<Paragraph, 'id' | 'text'>): Target[] {
  const text = p.text;
  const deadlines = findDeadlines(text);
  const quantities = findQuantities(text);
  const found: Omit<Target, 'id'>[] = [];
  for (const q of quantities) {
    const clause = trimSpan(text, spanAround(text, q.start, CLAUSE_END));
    const sentence = spanAround(text, q.start, SENTENCE_END);
    const d = nearestDeadline(deadlines, sentence, q.start);
    const prefix = text.slice(clause.start, q.start);
    const before = comparisonWords(prefix);
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
  for (const d of deadlines) {
    if (d.frequency) continue;
    const sentence = spanAround(text, d.start, SENTENCE_END);
    if (quantities.some((q) => q.start >= sentence.start && q.end <= sentence.end)) continue;
    const clause = trimSpan(text, spanAround(text, d.start, CLAUSE_END));
    const own = text.slice(clause.start, clause.end).replace(d.printed, '').replace(/^[ \t]*(计划|力争|争取)?/, '');
    // "到 2020 年，…" alone in its clause: the commitment is the rest of the sentence.
    const span = own.trim().length >= 4 ? clause : trimSpan(text, { start: Math.min(sentence.end, clause.end + 1), end: sentence.end });
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
